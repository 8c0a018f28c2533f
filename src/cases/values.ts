/**
 * Reading one cell of a case-level register on the fast path: dates to day numbers, measure
 * names to types. Caches make the millionth row cheap: registers repeat their dates and names.
 */
import { dayNumberFromExcelSerial, dayNumberFromIso, isoFromUtcDate } from '../domain/calendar.js';
import { NO_DATE } from '../domain/waiting-rule.js';
import { matchMeasure } from '../domain/case-fields.js';
import type { CaseValue } from '../domain/case-rows.js';
import { parseDateText } from '../validate/parse-value.js';

const MS_PER_DAY = 86_400_000;
const CACHE_LIMIT = 100_000;

/** Not a date: NaN. Empty: NO_DATE (+Infinity). */
export const BAD_DATE = Number.NaN;

export function isBlank(v: CaseValue): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== 'string') return false;
  if (v.length === 0) return true;
  const first = v.charCodeAt(0);
  return (first === 32 || first === 9 || first === 160) && v.trim() === '';
}

/** Text of a cell, trimmed; null when blank. */
export function cellText(v: CaseValue): string | null {
  if (isBlank(v)) return null;
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  // A date cell shows its time of day too: a time where a date is expected is refused, and said so.
  if (v instanceof Date) return isoFromUtcDate(v)?.replace('T', ' ') ?? '';
  return String(v);
}

export class CaseValueReader {
  private readonly dates = new Map<string, number>();
  private readonly measures = new Map<string, number>();
  /** Set when a workbook gave a date as a bare number (an Excel serial): said once per file. */
  serialSeen = false;

  constructor(private readonly date1904 = false) {}

  /** A day number, NO_DATE when empty, BAD_DATE when the cell is not a date. */
  date(v: CaseValue): number {
    if (typeof v === 'string') {
      if (isBlank(v)) return NO_DATE;
      let n = this.dates.get(v);
      if (n === undefined) {
        n = parseDateCell(v);
        if (this.dates.size >= CACHE_LIMIT) this.dates.clear();
        this.dates.set(v, n);
      }
      return n;
    }
    if (v instanceof Date) {
      // A date cell with a time of day (a serial with a fraction) is not a date: never cut to its day.
      const t = v.getTime();
      return Number.isFinite(t) && t % MS_PER_DAY === 0 ? t / MS_PER_DAY : BAD_DATE;
    }
    if (typeof v === 'number') {
      this.serialSeen = true;
      return Number.isInteger(v) ? dayNumberFromExcelSerial(v, this.date1904) ?? BAD_DATE : BAD_DATE;
    }
    return v === null || v === undefined ? NO_DATE : BAD_DATE;
  }

  /** 0 OTS, 1 voogdij, 2 JR; -1 unknown or empty. */
  measure(v: CaseValue): number {
    if (typeof v !== 'string') return -1;
    let t = this.measures.get(v);
    if (t === undefined) {
      t = matchMeasure(v) ?? -1;
      if (this.measures.size < CACHE_LIMIT) this.measures.set(v, t);
    }
    return t;
  }
}

/** A hand-written date; Excel serial numbers written as text are refused (they would be a guess). */
function parseDateCell(text: string): number {
  const t = text.trim();
  if (t.length === 10 && t.charCodeAt(4) === 45 && t.charCodeAt(7) === 45) {
    const n = dayNumberFromIso(t);
    if (n !== null) return n;
  }
  const d = parseDateText(t);
  if (!d.ok || d.fromSerial) return BAD_DATE;
  return dayNumberFromIso(d.iso) ?? BAD_DATE;
}
