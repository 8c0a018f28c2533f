/**
 * The BSN guard: a case-level file must carry pseudonyms only. One random 9-digit number in 11
 * passes the elfproef, so a single value proves nothing; a column does: at least 20 values of
 * which at least 90% are 9 digits (zero-padded; also written 123.456.782, 123 456 782 or
 * BSN123456782) passing the elfproef.
 */
import type { CaseValue } from '../domain/case-rows.js';
import { isBsnLike, passesElfproef } from '../domain/bsn.js';

export { passesElfproef };

export const BSN_MIN_VALUES = 20;
export const BSN_MIN_SHARE = 0.9;

/** A cell that could be a BSN, in any of the notations of domain/bsn.ts (a workbook number zero-padded to nine). */
export function looksLikeBsn(v: CaseValue): boolean {
  return isBsnLike(v);
}

/** Counts per column while rows stream past; the verdict comes at the end of the file. */
export class BsnGuard {
  private values = new Float64Array(16);
  private bsnLike = new Float64Array(16);

  /**
   * Count one row. `skip` (sorted) names columns whose values were already read as dates or
   * measure types: those cannot be nine bare digits, so a good row need not check them.
   */
  observe(row: readonly CaseValue[], skip: readonly number[] = []): void {
    if (row.length > this.values.length) this.grow(row.length);
    let k = 0;
    for (let c = 0; c < row.length; c++) {
      if (k < skip.length && skip[k] === c) {
        k++;
        continue;
      }
      const v = row[c];
      if (v === null || v === undefined || v === '') continue;
      this.values[c] = (this.values[c] ?? 0) + 1;
      if (looksLikeBsn(v)) this.bsnLike[c] = (this.bsnLike[c] ?? 0) + 1;
    }
  }

  private grow(n: number): void {
    const values = new Float64Array(n);
    const bsnLike = new Float64Array(n);
    values.set(this.values);
    bsnLike.set(this.bsnLike);
    this.values = values;
    this.bsnLike = bsnLike;
  }

  /** The columns (0-based) that look like BSNs, with their counts. */
  suspectColumns(): { column: number; values: number; bsnLike: number }[] {
    const out: { column: number; values: number; bsnLike: number }[] = [];
    for (let c = 0; c < this.values.length; c++) {
      const n = this.values[c] ?? 0;
      const b = this.bsnLike[c] ?? 0;
      if (n >= BSN_MIN_VALUES && b / n >= BSN_MIN_SHARE) out.push({ column: c, values: n, bsnLike: b });
    }
    return out;
  }
}
