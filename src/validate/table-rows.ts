/**
 * The closed world of a table: every data row is a registered GI, a total that adds up, a row
 * without figures (a section heading, a footnote, a spacer), or an error. Nothing else is ever
 * counted, so a `Eindtotaal` or `Nederland` row can never become a fourteenth GI.
 */
import type { FigureKey, Figures, Issue, RawRecord } from '../domain/model.js';
import { FIGURE_KEYS, fieldDef, normaliseLabel } from '../domain/fields.js';
import { makeIssue } from '../domain/issues.js';
import { readFigure, readGiName, type FileContext } from './parse-field.js';
import type { GiRegister } from '../domain/gi-register.js';
import type { ParsedRecord } from './submission.js';
import { checkTotalFormulas, totalMatches, type TotalScope } from './table-totals.js';

/** Labels of total rows, after normaliseLabel. Checked, never counted. */
const TOTAL_LABELS = new Set([
  'totaal', 'totalen', 'totaal landelijk', 'landelijk', 'landelijk totaal', 'totaal nederland', 'nederland',
  'eindtotaal', 'generaal totaal', 'totaal generaal', 'som', 'subtotaal', 'total', 'totals', 'grand total',
  'national total', 'sum', 'subtotal', 'alle gi s', 'totaal alle gi s', 'totaal gi s',
]);
/** Label beginnings of totals: "Totaal regionale GI's", "Subtotaal landelijk werkende GI's". */
const TOTAL_PREFIXES = ['totaal ', 'subtotaal ', 'eindtotaal ', 'generaal totaal ', 'total ', 'subtotal ', 'grand total '];

/** A total label, and whether it is a subtotal (checked against its own block first). */
export function totalLabelKind(label: string): 'total' | 'subtotal' | null {
  const text = normaliseLabel(label);
  if (!TOTAL_LABELS.has(text) && !TOTAL_PREFIXES.some((p) => text.startsWith(p))) return null;
  return text.startsWith('subtota') ? 'subtotal' : 'total';
}

/** A row of the table once its figures are read (totals and rows that are not a GI). */
export interface FigureRow {
  raw: RawRecord;
  label: string | null;
  figures: Figures;
  /** Figures that could not be read (an error was reported). */
  failed: Set<FigureKey>;
}

export interface TableContext {
  ctx: FileContext;
  register: GiRegister;
  /** Parse a registered GI's row into a record (the submission route). */
  parseGiRow: (raw: RawRecord) => ParsedRecord | null;
}

/** A row with figures and a name that is neither a GI nor a total label: a total by its sums, or an error. */
interface OtherEntry { kind: 'other'; row: FigureRow; verdict?: 'total' | 'unknown' }

type Entry =
  | { kind: 'gi'; record: ParsedRecord; monitor: boolean }
  | { kind: 'total'; row: FigureRow; sub: boolean }
  | OtherEntry;

function hasFigures(raw: RawRecord): boolean {
  return FIGURE_KEYS.some((k) => {
    const v = raw.cells[k]?.value;
    return v !== undefined && v.kind !== 'empty' && !(v.kind === 'text' && v.text.trim() === '');
  });
}

function readRow(raw: RawRecord, label: string | null, ctx: FileContext, issues: Issue[]): FigureRow {
  const figures = Object.fromEntries(FIGURE_KEYS.map((k) => [k, null])) as Figures;
  const failed = new Set<FigureKey>();
  for (const key of FIGURE_KEYS) {
    const cell = raw.cells[key];
    if (!cell) continue;
    const reading = readFigure(cell, key, ctx);
    issues.push(...reading.issues.filter((i) => i.severity !== 'info'));
    if (reading.issues.some((i) => i.severity === 'error')) failed.add(key);
    figures[key] = reading.value;
  }
  return { raw, label, figures, failed };
}

/** Classify and read every data row of one table; only registered GIs' rows come back as records. */
export function readTableRows(rows: readonly RawRecord[], t: TableContext): { records: ParsedRecord[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const entries: Entry[] = [];
  for (const raw of rows) {
    const giCell = raw.cells.gi;
    const name = giCell ? readGiName(giCell) : { value: null, issues: [] };
    const label = name.value;
    const match = label === null ? null : t.register.match(label);
    if (match?.known) {
      const record = t.parseGiRow(raw);
      if (record) entries.push({ kind: 'gi', record, monitor: match.entry.monitor });
      continue;
    }
    const total = label === null ? null : totalLabelKind(label);
    if (total) {
      entries.push({ kind: 'total', row: readRow(raw, label, t.ctx, issues), sub: total === 'subtotal' });
      continue;
    }
    if (!hasFigures(raw)) {
      // A section heading, a footnote or a spacer: said, never counted.
      if (label !== null) issues.push(makeIssue('info', 'row/skipped-no-figures', giCell?.place ?? raw.place, { field: 'gi', value: label }));
      continue;
    }
    issues.push(...name.issues);
    entries.push({ kind: 'other', row: readRow(raw, label, t.ctx, issues) });
  }
  checkTotals(entries, t, issues);
  const records = entries.flatMap((e) => (e.kind === 'gi' ? [e.record] : []));
  return { records, issues };
}

/**
 * Where the rows and the blocks of a table are, worked out once: checking many totals (or many
 * rows that might be totals) then costs a pass over the rows each, never a rescan of the table.
 */
interface TableIndex {
  entries: readonly Entry[];
  /** Positions of the GI rows and of the rows with an unknown name, in order. */
  rows: number[];
  /** For each position, the position just after the last total row before it (0 when none). */
  blockStart: number[];
  /** For each position, the position of the first total row after it (the table's length when none). */
  blockEnd: number[];
}

function indexTable(entries: readonly Entry[]): TableIndex {
  const rows: number[] = [];
  const blockStart: number[] = [];
  const blockEnd: number[] = new Array<number>(entries.length).fill(entries.length);
  let start = 0;
  entries.forEach((e, i) => {
    if (e.kind !== 'total') rows.push(i);
    blockStart.push(start);
    if (e.kind === 'total') start = i + 1;
  });
  let end = entries.length;
  for (let i = entries.length - 1; i >= 0; i--) {
    blockEnd[i] = end;
    if (entries[i]?.kind === 'total') end = i;
  }
  return { entries, rows, blockStart, blockEnd };
}

/**
 * The GI rows a total at position `at` may add up: the whole table, the block before it, the block
 * after it, each with and without the GIs outside the monitor. Rows with an unknown name count as
 * GI rows here (`countsAsGi`): the name is already an error, and the total should not fail because of it.
 */
function scopesOf(table: TableIndex, at: number, countsAsGi: (e: OtherEntry) => boolean = (e) => e.verdict === 'unknown'): TotalScope[] {
  const { entries } = table;
  const all: { figures: Figures; monitor: boolean; at: number }[] = [];
  for (const i of table.rows) {
    const e = entries[i];
    if (e?.kind === 'gi') all.push({ figures: e.record.figures, monitor: e.monitor, at: i });
    else if (e?.kind === 'other' && i !== at && countsAsGi(e)) all.push({ figures: e.row.figures, monitor: true, at: i });
  }
  const own = entries[at];
  const start = table.blockStart[at] ?? 0;
  const end = table.blockEnd[at] ?? entries.length;
  const spans: { where: TotalScope['where']; rows: typeof all }[] = [
    { where: 'table', rows: all },
    { where: 'above', rows: all.filter((r) => r.at >= start && r.at < at) },
    { where: 'below', rows: all.filter((r) => r.at > at && r.at < end) },
  ];
  // A subtotal belongs to its block: try that first, so that the note names it.
  if (own?.kind === 'total' && own.sub) spans.push(...spans.splice(0, 1));
  const scopes: TotalScope[] = [];
  for (const span of spans) {
    if (span.rows.length === 0) continue;
    const monitorOnly = span.rows.filter((r) => r.monitor);
    scopes.push({ where: span.where, outsideMonitor: monitorOnly.length < span.rows.length ? 'included' : 'none', records: span.rows });
    if (monitorOnly.length < span.rows.length && monitorOnly.length > 0) {
      scopes.push({ where: span.where, outsideMonitor: 'excluded', records: monitorOnly });
    }
  }
  return scopes;
}

function countAndFteKeys(row: FigureRow): FigureKey[] {
  return FIGURE_KEYS.filter((k) => {
    const type = fieldDef(k).type;
    return (type === 'count' || type === 'fte') && row.figures[k] !== null;
  });
}

/** The non-empty subsets of a few rows, the largest first; beyond six rows only all of them. */
function subsetsLargestFirst<T>(items: readonly T[]): T[][] {
  if (items.length > 6) return [[...items]];
  const all: T[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask++) all.push(items.filter((_, i) => (mask & (1 << i)) !== 0));
  return all.sort((a, b) => b.length - a.length);
}

/** At most this many rows with an unknown name are retried as misspelt GI rows (a table has 13 GIs and Nidos). */
const MAX_RETRIED_ROWS = 20;

/** A total only when every delivered count and fte (at least two) is the sum of at least two GI rows. */
const mayBeTotal = (row: FigureRow): boolean => row.failed.size === 0 && countAndFteKeys(row).length >= 2;

function totalBySums(row: FigureRow, scopes: readonly TotalScope[]): TotalScope | undefined {
  if (!mayBeTotal(row)) return undefined;
  return scopes.find((s) => s.records.length >= 2 && totalMatches(row, s).length === 0);
}

function checkTotals(entries: Entry[], t: TableContext, issues: Issue[]): void {
  // First the rows without a known name: a total by their sums, or an error. Only then the
  // labelled totals, which may count the unknown rows (see scopesOf).
  const others = entries.flatMap((entry, at) => (entry.kind === 'other' ? [{ entry, at }] : []));
  const table = indexTable(entries);
  const decide = (entry: OtherEntry, at: number, countsAsGi: (e: OtherEntry) => boolean): boolean => {
    if (!mayBeTotal(entry.row)) return false;
    const scope = totalBySums(entry.row, scopesOf(table, at, countsAsGi));
    if (!scope) return false;
    entry.verdict = 'total';
    issues.push(...acceptTotal(entry.row, scope, 'row/total-by-sums', entry.row.raw.cells.gi?.place ?? entry.row.raw.place));
    return true;
  };
  // Against the GI rows alone first. Then each row that matched nothing again, counting some of the
  // other undecided rows as (misspelt) GI rows: a total must add up whether a misspelt GI stands
  // above or below it, beside a second total or not, and the misspelt name stays the one error.
  for (const { entry, at } of others) decide(entry, at, () => false);
  // Each retry sums the table again: with more unknown names than a table has GIs, the names are not
  // misspellings of a few GIs, every one of them is an error already, and retrying would cost
  // time quadratic in the rows.
  const undecided = others.filter((o) => !o.entry.verdict).length;
  for (const { entry, at } of undecided > MAX_RETRIED_ROWS ? [] : others) {
    if (entry.verdict) continue;
    const pending = others.filter((o) => o.entry !== entry && !o.entry.verdict).map((o) => o.entry);
    for (const subset of subsetsLargestFirst(pending)) {
      const counted = new Set(subset);
      if (decide(entry, at, (e) => counted.has(e))) break;
    }
  }
  for (const { entry } of others) {
    if (entry.verdict) continue;
    entry.verdict = 'unknown';
    const { row } = entry;
    const place = row.raw.cells.gi?.place ?? row.raw.place;
    if (row.label === null) {
      issues.push(makeIssue('error', 'row/missing-gi', place, { field: 'gi', expected: 'gi' }));
      continue;
    }
    const match = t.register.match(row.label);
    issues.push(makeIssue('error', 'gi/unknown', place, {
      field: 'gi', value: row.label, expected: 'known-gi', params: !match.known && match.nearest ? { nearest: match.nearest } : {},
    }));
  }
  entries.forEach((entry, at) => {
    if (entry.kind !== 'total' || entry.row.failed.size > 0) return;
    const { row } = entry;
    const scopes = scopesOf(table, at);
    const matched = scopes.find((s) => totalMatches(row, s).length === 0);
    if (matched) issues.push(...acceptTotal(row, matched, 'row/total-checked', row.raw.cells.gi?.place ?? row.raw.place));
    else issues.push(...mismatchIssues(row, scopes));
  });
}

function acceptTotal(row: FigureRow, scope: TotalScope, type: 'row/total-checked' | 'row/total-by-sums', place: RawRecord['place']): Issue[] {
  const formulas = checkTotalFormulas(row, scope);
  return [
    makeIssue('info', type, place, {
      field: 'gi', value: row.label,
      params: { rows: scope.records.length, where: scope.where, outside: scope.outsideMonitor, unchecked: formulas.unchecked.join(',') },
    }),
    ...formulas.issues,
  ];
}

/** Every column of a total that adds up to nothing it could stand for: errors on the total's cells. */
function mismatchIssues(row: FigureRow, scopes: readonly TotalScope[]): Issue[] {
  // Against the scope it comes closest to, so that the message points at the columns that are off.
  const ranked = scopes.map((s) => ({ s, off: totalMatches(row, s) })).sort((a, b) => a.off.length - b.off.length);
  const best = ranked[0];
  if (!best) return [];
  return best.off.map(({ key, sum }) => makeIssue('error', 'row/total-mismatch', row.raw.cells[key]?.place ?? row.raw.place, {
    field: key, value: row.figures[key], expected: 'sum-of-rows',
    params: { sum, rows: best.s.records.length, label: row.label ?? '' },
  }));
}
