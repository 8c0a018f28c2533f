/**
 * The per-row work of case-level files: header recognition, the BSN guard, the fast path, the
 * duplicate index and the tally. The readers push rows in; nothing here touches the disk.
 */
import type { Issue, Place } from '../domain/model.js';
import type { CaseTally } from './tally.js';
import { BsnGuard, looksLikeBsn } from './bsn-guard.js';
import { caseColumnsOf, CASE_FIELD_BY_KEY, CASE_FIELDS, type CaseColumns } from '../domain/case-fields.js';
import { newCaseRow, readCaseRow } from './row.js';
import type { CaseRowSink, CaseValue } from '../domain/case-rows.js';
import { CaseValueReader, isBlank } from './values.js';
import type { DuplicateIndex } from './duplicates.js';
import { makeIssue, placeOfFile } from '../domain/issues.js';
import { nearestField } from '../validate/nearest-label.js';
import { resolveGi } from '../validate/gi.js';
import type { GiRegister } from '../domain/gi-register.js';
import { columnLetter } from '../read/layout.js';
import { HEADER_SEARCH_ROWS } from './sniff.js';
import { IssueCap } from '../domain/issue-cap.js';
import { CASE_YEARS } from '../domain/calendar.js';
import type { explainCaseRow as ExplainCaseRow } from './schema.js';

/** Shared by all case files of a run: duplicates are found across files. */
export interface CaseRun {
  tally: CaseTally;
  duplicates: DuplicateIndex;
  register: GiRegister;
  /** Each sheet's first duplicate-index id: an id is that plus the row number. */
  segments: { first: number; file: string; sheet: string | null }[];
  nextId: number;
  /** The first case file of each GI, for messages and provenance. */
  giSource: Map<string, Place>;
  /** Whether each GI is in the register, and in the monitor. */
  giStatus: Map<string, { registered: boolean; monitor: boolean }>;
  rows: number;
  /** Says what is wrong with a row the fast path refused (the zod schema, schema.ts). */
  explain: typeof ExplainCaseRow;
}

/** Without these a row cannot be counted at all. */
const REQUIRED_COLUMNS = ['gi', 'maatregel', 'startdatum'] as const;

interface SheetState {
  name: string | null;
  columns: CaseColumns | null;
  /** A required column (GI, maatregel, startdatum) is missing: rows are not read, only guarded. */
  incomplete: boolean;
  /** Columns a good row has read as dates or measure types: the BSN guard skips them. */
  typed: number[];
  header: (string | null)[];
  rowsSeen: number;
  bsn: BsnGuard;
  base: number;
  maxRow: number;
}

export class CaseFileSink implements CaseRowSink {
  private readonly cap: IssueCap;
  private readonly reader: CaseValueReader;
  private readonly parsed = newCaseRow();
  private readonly giCache = new Map<string, number>();
  private readonly giColumnsMarked = new Set<number>();
  private lastGi = '';
  private lastGiIndex = 0;
  private state: SheetState | null = null;
  private sheetsWithHeader = 0;

  constructor(private readonly file: string, private readonly run: CaseRun, date1904 = false) {
    this.reader = new CaseValueReader(date1904);
    this.cap = new IssueCap(file);
  }

  /** The issues so far (all of them once finish() has run). */
  get issues(): Issue[] {
    return this.cap.issues;
  }

  sheet(name: string | null, hidden = false): void {
    this.endSheet();
    // A hidden sheet is read like a visible one (its rows count): said, so that rows nobody sees in Excel are not counted unnoticed.
    if (hidden && name !== null) this.report(makeIssue('warning', 'sheet/hidden-read', { ...placeOfFile(this.file), sheet: name }, { params: { sheet: name } }));
    this.state = { name, columns: null, incomplete: false, typed: [], header: [], rowsSeen: 0, bsn: new BsnGuard(), base: this.run.nextId, maxRow: 0 };
    this.run.segments.push({ first: this.run.nextId, file: this.file, sheet: name });
  }

  private place(rowNumber: number, col: number | null): Place {
    const s = this.state;
    if (!s || s.name === null) return { file: this.file, sheet: null, cell: null, row: rowNumber, column: col === null ? null : s?.header[col] ?? columnLetter(col + 1) };
    return { file: this.file, sheet: s.name, cell: col === null ? null : `${columnLetter(col + 1)}${rowNumber}`, row: rowNumber, column: col === null ? null : columnLetter(col + 1) };
  }

  private report(issue: Issue): void {
    this.cap.add(issue);
  }

  row(values: CaseValue[], rowNumber: number): void {
    const s = this.state;
    if (!s) return;
    if (rowNumber > s.maxRow) s.maxRow = rowNumber;
    s.rowsSeen++;
    if (s.columns === null) {
      if (s.rowsSeen <= HEADER_SEARCH_ROWS) this.tryHeader(values, rowNumber);
      return;
    }
    const cols = s.columns;
    if (s.incomplete || !readCaseRow(values, cols, this.reader, this.parsed)) {
      s.bsn.observe(values);
      if (s.incomplete || values.every(isBlank)) return;
      this.explain(values, rowNumber, cols);
      return;
    }
    s.bsn.observe(values, s.typed);
    this.run.rows++;
    const r = this.parsed;
    // Registers are mostly sorted by GI: comparing with the previous row's name is cheaper than hashing it.
    let gi = r.gi === this.lastGi ? this.lastGiIndex : this.giCache.get(r.gi);
    if (gi === undefined) {
      // A BSN where the GI's name belongs names no GI, and must never become one in a report.
      if (looksLikeBsn(r.gi)) {
        this.report(makeIssue('error', 'case/bsn-value', this.place(rowNumber, cols.gi), { field: 'gi' }));
        return;
      }
      gi = this.giIndexOf(r.gi, rowNumber, cols);
    }
    this.lastGi = r.gi;
    this.lastGiIndex = gi;
    const id = s.base + rowNumber;
    const first = this.run.duplicates.add(r.clientHash[0] ?? 0, r.clientHash[1] ?? 0, r.start, gi * 4 + r.type, id);
    if (first !== 0) {
      this.report(makeIssue('error', 'case/duplicate', this.place(rowNumber, null), { expected: 'one-row-per-measure', params: this.describeId(first) }));
      return;
    }
    this.run.tally.add(gi, r.type, r);
  }

  private tryHeader(values: readonly CaseValue[], rowNumber: number): void {
    const s = this.state;
    if (!s) return;
    const texts = values.map((v) => (typeof v === 'string' ? v.trim() : null));
    const found = caseColumnsOf(texts);
    if (!found) return;
    this.sheetsWithHeader++;
    s.columns = found.columns;
    s.header = texts;
    const c = found.columns;
    s.typed = [c.maatregel, c.startdatum, c.einddatum, c.toewijzingsdatum, c.interne_wachtlijst_sinds, c.interne_wachtlijst_tot].filter((i) => i >= 0).sort((a, b) => a - b);
    for (const col of found.unknown) {
      const nearestCase = nearestField(texts[col] ?? '', CASE_FIELDS);
      this.report(makeIssue('warning', 'column/unknown', this.place(rowNumber, col), { value: texts[col] ?? '', params: nearestCase ? { nearestCase } : {} }));
    }
    const missing = REQUIRED_COLUMNS.filter((key) => found.columns[key] < 0);
    for (const key of missing) {
      const label = CASE_FIELD_BY_KEY.get(key)?.label.nl ?? key;
      this.report(makeIssue('error', 'case/missing-column', this.place(rowNumber, null), { field: key, params: { column: label } }));
    }
    s.incomplete = missing.length > 0;
  }

  private giIndexOf(given: string, rowNumber: number, cols: CaseColumns): number {
    const { name, registered, monitor, issues } = resolveGi(given, this.place(rowNumber, cols.gi), this.run.register, given);
    for (const issue of issues) this.report(issue);
    const index = this.run.tally.giIndex(name);
    if (!this.run.giSource.has(name)) this.run.giSource.set(name, placeOfFile(this.file));
    this.run.giStatus.set(name, { registered, monitor });
    if (!this.giColumnsMarked.has(index)) {
      this.giColumnsMarked.add(index);
      this.run.tally.markColumns(index, { start: cols.toewijzingsdatum >= 0, internal: cols.interne_wachtlijst_sinds >= 0 });
    }
    this.giCache.set(given, index);
    return index;
  }

  private explain(values: readonly CaseValue[], rowNumber: number, cols: CaseColumns): void {
    const problems = this.run.explain(values, cols, this.reader);
    if (problems.length === 0) throw new Error(`case row ${rowNumber} failed the fast path but passes the schema`);
    for (const p of problems) {
      const at = this.place(rowNumber, cols[p.field] >= 0 ? cols[p.field] : null);
      this.report(makeIssue('error', p.type, at, {
        field: p.field, value: p.value,
        expected: p.type === 'case/unknown-type' ? 'measure-type' : p.type === 'case/date' || p.type === 'case/date-range' ? 'date' : null,
        params: p.type === 'case/date-range' ? { from: CASE_YEARS.from, to: CASE_YEARS.to } : p.other ? { other: p.other } : {},
      }));
    }
  }

  /** The file (and sheet) and row of a duplicate-index id. */
  private describeId(id: number): { otherFile: string; otherRow: number } {
    const segs = this.run.segments;
    let at = 0;
    for (let i = 0; i < segs.length; i++) if ((segs[i]?.first ?? 0) <= id) at = i;
    const seg = segs[at];
    if (!seg) return { otherFile: '', otherRow: id };
    return { otherFile: [seg.file, seg.sheet].filter(Boolean).join(' › '), otherRow: id - seg.first };
  }

  private endSheet(): void {
    const s = this.state;
    if (!s) return;
    this.run.nextId = s.base + s.maxRow + 1;
    for (const suspect of s.bsn.suspectColumns()) {
      this.issues.push(makeIssue('error', 'case/bsn-column', { ...this.place(1, null), row: null, column: s.header[suspect.column] ?? columnLetter(suspect.column + 1) }, {
        params: { values: suspect.values, share: Math.round((suspect.bsnLike / suspect.values) * 1000) / 10 },
      }));
    }
    this.state = null;
  }

  /** Close the file: the BSN verdicts, the summaries of capped issue types, the serial-date note. */
  finish(): Issue[] {
    this.endSheet();
    if (this.sheetsWithHeader === 0) this.issues.push(makeIssue('error', 'file/no-fields', placeOfFile(this.file)));
    this.issues.push(...this.cap.summaries());
    if (this.reader.serialSeen) this.issues.push(makeIssue('info', 'case/date-serial', placeOfFile(this.file)));
    return this.issues;
  }
}
