import type { FieldCell, FigureKey, Figures, FileRecords, Issue, Place, RawRecord } from '../domain/model.js';
import { FIELDS, FIGURE_KEYS, fieldDef, normaliseLabel } from '../domain/fields.js';
import { makeIssue, placeOfFile } from '../domain/issues.js';
import { nearestField } from './nearest-label.js';
import { readDate, readFigure, readGiName, type FileContext } from './parse-field.js';
import { detectNotation, majorityNotation, type Notation, type NumberText, type PercentStyle } from './parse-value.js';
import type { GiRegister } from '../domain/gi-register.js';
import { readTableRows } from './table-rows.js';
import { checkRepeatedFields } from './repeated-fields.js';

/** A record whose values have been read, with where each figure sits (for rule messages). */
export interface ParsedRecord {
  giAsGiven: string | null;
  giPlace: Place;
  peildatum: string | null;
  /** The delivery date, when given (decides between re-deliveries). */
  aanleverdatum: string | null;
  figures: Figures;
  places: Partial<Record<FigureKey, Place>>;
  warned: Set<FigureKey>;
  /** Fields whose value could not be read (an error was reported): rules do not pile on. */
  failed: Set<FigureKey>;
  source: Place;
}

export interface ParseOptions {
  /** --decimal: the notation of hand-written numbers, instead of detecting it per file. */
  notation: Notation | null;
  /** --peildatum: for tables without a peildatum column or label. */
  peildatum: string | null;
  /** Decides which table rows are GIs (closed world: see table-rows.ts). */
  register: GiRegister;
}

/** Headers of a notes column: read as notes, never as figures. */
const NOTE_HEADERS = new Set(['opmerking', 'opmerkingen', 'toelichting', 'notitie', 'notities', 'bron', 'note', 'notes', 'remark', 'remarks', 'comment', 'comments', 'source']);

const emptyFigures = (): Figures => Object.fromEntries(FIGURE_KEYS.map((k) => [k, null])) as Figures;

/** The hand-written numbers of the figure cells; counts say more about the notation (never fractional). */
function figureTexts(records: readonly RawRecord[]): NumberText[] {
  return records.flatMap((r) => FIGURE_KEYS.flatMap((k) => {
    const v = r.cells[k]?.value;
    return v?.kind === 'text' ? [{ text: v.text, whole: fieldDef(k).type === 'count' }] : [];
  }));
}

/** Read every record of one file in the file's notation, and check what only a whole file shows. */
export function parseFile(file: FileRecords, options: ParseOptions): { records: ParsedRecord[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const all = file.sheets.flatMap((s) => s.records);
  let notation = options.notation;
  if (notation === null) {
    const texts = figureTexts(all);
    const detected = detectNotation(texts);
    if (detected === 'mixed') {
      // Most numbers show the file's notation: the others become located errors with a fix
      // (cell/wrong-notation), so the file is refused either way. Without a majority there is
      // nothing to point at, and the whole file is refused.
      notation = majorityNotation(texts);
      if (notation === null) issues.push(makeIssue('error', 'file/mixed-notation', placeOfFile(file.file), { expected: 'one-notation' }));
    } else notation = detected;
  }
  const ctx: FileContext = { notation, date1904: file.date1904 };
  const styles = new Map<FigureKey, { style: PercentStyle; place: Place; written: string | number | null }[]>();
  const records: ParsedRecord[] = [];

  for (const sheet of file.sheets) {
    for (const u of sheet.unknown) {
      if (NOTE_HEADERS.has(normaliseLabel(u.text))) {
        issues.push(makeIssue('info', 'column/notes', u.place, { value: u.text }));
        continue;
      }
      if (u.text === '') {
        issues.push(makeIssue('error', 'column/no-header-figures', u.place));
        continue;
      }
      const nearest = nearestField(u.text, FIELDS);
      // Numbers under a header that names no field would be lost silently: refused, not ignored.
      issues.push(makeIssue(u.figures ? 'error' : 'warning', u.figures ? 'column/unknown-figures' : 'column/unknown', u.place, { value: u.text, params: nearest ? { nearest } : {} }));
    }
    // A blank cell of a peildatum column (or a form's blank peildatum) is an error of that row; a
    // table without a peildatum column, a filled-in label or --peildatum is one error, not one per row.
    const perRow = sheet.layout === 'form' || sheet.records.some((r) => r.cells.peildatum);
    let undated = false;
    const parseGiRow = (raw: RawRecord): ParsedRecord | null => {
      const parsed = parseRecord(raw, sheet.peildatum, options.peildatum, ctx, issues, styles);
      const dateCell = raw.cells.peildatum ?? sheet.peildatum;
      if (!parsed || options.peildatum || (dateCell && dateCell.value.kind !== 'empty')) return parsed;
      if (perRow) issues.push(makeIssue('error', 'row/missing-peildatum', raw.cells.peildatum?.place ?? raw.place, { field: 'peildatum', expected: 'date', params: { empty: 'yes' } }));
      else undated = true;
      return parsed;
    };
    if (sheet.layout === 'table') {
      const table = readTableRows(sheet.records, { ctx, register: options.register, parseGiRow });
      issues.push(...table.issues);
      records.push(...table.records);
    } else {
      for (const raw of sheet.records) {
        const parsed = parseGiRow(raw);
        if (parsed) records.push(parsed);
      }
    }
    if (undated) {
      const place = sheet.peildatum?.place ?? { ...placeOfFile(file.file), sheet: sheet.sheet };
      issues.push(makeIssue('error', 'row/missing-peildatum', place, { field: 'peildatum', expected: 'date', params: sheet.peildatum ? { empty: 'yes' } : {} }));
    }
  }
  for (const [key, seen] of styles) {
    const bare = seen.find((s) => s.style === 'bare');
    if (bare && seen.some((s) => s.style === 'fraction')) {
      issues.push(makeIssue('error', 'field/mixed-percent-style', bare.place, { field: key, expected: 'one-percent-style' }));
    }
    // Among percentages written with a % sign, a bare 0,9 or 1 is 0,9% as much as 90%: never a guess.
    const fraction = seen.find((s) => s.style === 'fraction');
    if (fraction && seen.some((s) => s.style === 'explicit')) {
      issues.push(makeIssue('error', 'field/fraction-among-percents', fraction.place, { field: key, value: fraction.written, expected: 'one-percent-style' }));
    }
  }
  return { records, issues };
}

function parseRecord(
  raw: RawRecord, sheetPeildatum: FieldCell | null, optionPeildatum: string | null, ctx: FileContext,
  issues: Issue[], styles: Map<FigureKey, { style: PercentStyle; place: Place; written: string | number | null }[]>,
): ParsedRecord | null {
  const giCell = raw.cells.gi;
  const gi = giCell ? readGiName(giCell) : { value: null, issues: [] };
  issues.push(...gi.issues);
  const figures = emptyFigures();
  const places: ParsedRecord['places'] = {};
  const warned = new Set<FigureKey>();
  const failed = new Set<FigureKey>();
  let delivered = 0;
  for (const key of FIGURE_KEYS) {
    const cell = raw.cells[key];
    if (!cell) continue;
    places[key] = cell.place;
    const reading = readFigure(cell, key, ctx);
    issues.push(...reading.issues);
    if (reading.issues.some((i) => i.severity === 'warning')) warned.add(key);
    if (reading.issues.some((i) => i.severity === 'error')) failed.add(key);
    figures[key] = reading.value;
    if (reading.value !== null) delivered++;
    if (reading.percentStyle && reading.value !== 0) {
      const list = styles.get(key) ?? [];
      list.push({ style: reading.percentStyle, place: cell.place, written: cell.value.kind === 'text' ? cell.value.text : cell.value.kind === 'number' ? cell.value.number : null });
      styles.set(key, list);
    }
  }
  // A table row with neither a GI nor any figure is a note or spacer, not a submission.
  if (gi.value === null && delivered === 0 && gi.issues.length === 0 && raw.layout === 'table') return null;
  if (gi.value === null && gi.issues.length === 0) issues.push(makeIssue('error', 'row/missing-gi', giCell?.place ?? raw.place, { field: 'gi', expected: 'gi' }));
  // An unfilled form (e.g. the template as sent out) is not a delivery of nothing by accident: say so.
  if (delivered === 0 && failed.size === 0) issues.push(makeIssue('warning', 'submission/no-figures', raw.place));

  const dateCell = raw.cells.peildatum ?? sheetPeildatum;
  let peildatum: string | null = null;
  if (dateCell && dateCell.value.kind !== 'empty') {
    const d = readDate(dateCell, ctx);
    issues.push(...d.issues);
    peildatum = d.value;
  } else if (optionPeildatum) {
    peildatum = optionPeildatum;
  }
  issues.push(...checkRepeatedFields(raw.cells, raw.duplicates ?? [], ctx));
  // A Peildatum label above the table and a peildatum column that say different dates: neither wins.
  if (raw.cells.peildatum && raw.cells.peildatum.value.kind !== 'empty' && sheetPeildatum && sheetPeildatum.value.kind !== 'empty') {
    issues.push(...checkRepeatedFields({ peildatum: sheetPeildatum }, [raw.cells.peildatum], ctx).filter((i) => i.severity === 'error'));
  }
  let aanleverdatum: string | null = null;
  const deliveryCell = raw.cells.aanleverdatum;
  if (deliveryCell && deliveryCell.value.kind !== 'empty') {
    const d = readDate(deliveryCell, ctx, 'aanleverdatum');
    issues.push(...d.issues);
    aanleverdatum = d.value;
  }
  return { giAsGiven: gi.value, giPlace: giCell?.place ?? raw.place, peildatum, aanleverdatum, figures, places, warned, failed, source: raw.place };
}
