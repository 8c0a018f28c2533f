import type { FieldCell, FieldKey, Place, RawCell, RawRecord, RawSheet, SheetRecords } from '../domain/model.js';
import { matchField, normaliseLabel } from '../domain/fields.js';

/** A table header needs this many distinct fields in one row; a form this many labelled rows. */
const MIN_HEADER_FIELDS = 3;
const MIN_FORM_LABELS = 2;
/** Header rows sit near the top, below any title rows. */
const HEADER_SEARCH_ROWS = 50;

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Where a cell sits: A1 cell for workbooks; row and column (header text or letter) for CSV. */
export function placeOf(sheet: RawSheet, row: number, col: number, header?: string): Place {
  if (sheet.sheet === null) return { file: sheet.file, sheet: null, cell: null, row, column: header ?? columnLetter(col) };
  return { file: sheet.file, sheet: sheet.sheet, cell: `${columnLetter(col)}${row}`, row, column: columnLetter(col) };
}

function cellText(cell: RawCell | undefined): string | null {
  return cell?.value.kind === 'text' ? cell.value.text : null;
}

/** Recognise the layout of a sheet: a table (header row, one row per GI) or a form (label | value). */
export function findRecords(sheet: RawSheet): SheetRecords | null {
  // Merged copies matter only in a table's field columns; labels and forms read the values.
  const plain = { ...sheet, rows: sheet.rows.map((row) => row.filter((c) => !c.mergedWith)) };
  return findTable(sheet, plain) ?? findForm(plain);
}

/** The field of each header cell; a field's second column is kept apart, to be compared with the first. */
function headerFields(row: readonly RawCell[]): { columns: Map<number, FieldKey>; repeated: Map<number, FieldKey> } {
  const columns = new Map<number, FieldKey>();
  const repeated = new Map<number, FieldKey>();
  const seen = new Set<FieldKey>();
  for (const cell of row) {
    const text = cellText(cell);
    const key = text === null ? null : matchField(text);
    if (!key) continue;
    if (seen.has(key)) repeated.set(cell.col, key);
    else columns.set(cell.col, key);
    seen.add(key);
  }
  return { columns, repeated };
}

function findTable(sheet: RawSheet, plain: RawSheet): SheetRecords | null {
  const limit = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = sheet.rows[r] ?? [];
    const { columns, repeated } = headerFields(row);
    if (columns.size < MIN_HEADER_FIELDS) continue;
    const result: SheetRecords = {
      file: sheet.file, sheet: sheet.sheet, layout: 'table', records: [],
      peildatum: findLabelledValue(plain, 0, r, 'peildatum'), unknown: [],
    };
    const headerText = new Map<number, string>();
    for (const cell of row) {
      const text = cellText(cell) ?? '';
      headerText.set(cell.col, text);
      if (!columns.has(cell.col) && !repeated.has(cell.col)) result.unknown.push({ text, place: placeOf(sheet, cell.row, cell.col, text), figures: false });
    }
    for (let d = r + 1; d < sheet.rows.length; d++) {
      const dataRow = sheet.rows[d] ?? [];
      if (dataRow.length === 0) continue;
      const record: RawRecord = { layout: 'table', place: { ...placeOf(sheet, d + 1, 1), cell: null, column: null }, cells: {} };
      for (const cell of dataRow) {
        const key = columns.get(cell.col);
        if (key) record.cells[key] = { key, value: cell.value, place: placeOf(sheet, cell.row, cell.col, headerText.get(cell.col)), ...(cell.mergedWith ? { mergedWith: cell.mergedWith } : {}) };
        const again = repeated.get(cell.col);
        if (again) (record.duplicates ??= []).push({ key: again, value: cell.value, place: placeOf(sheet, cell.row, cell.col, headerText.get(cell.col)) });
      }
      // Every row with a cell in a field column goes on: validate/table-rows.ts decides whether it
      // is a GI, a total, a heading or an error.
      if (Object.keys(record.cells).length > 0) result.records.push(record);
    }
    // An unknown column that holds numbers is a figure the table would lose: validate refuses it.
    for (const u of result.unknown) {
      const col = row.find((c) => c.row === u.place.row && headerText.get(c.col) === u.text)?.col;
      u.figures = col !== undefined && sheet.rows.slice(r + 1).some((dataRow) => dataRow.some((c) => c.col === col && looksNumeric(c)));
    }
    // So is a column of numbers whose header cell was left empty.
    const headed = new Set(row.map((c) => c.col));
    const headless = new Set<number>();
    for (const dataRow of sheet.rows.slice(r + 1)) for (const c of dataRow) if (!headed.has(c.col) && looksNumeric(c)) headless.add(c.col);
    for (const col of [...headless].sort((a, b) => a - b)) result.unknown.push({ text: '', place: placeOf(sheet, r + 1, col), figures: true });
    return result;
  }
  return null;
}

/** A number, or text that reads as one (1.194; 81,2%): the stuff figures are made of. */
function looksNumeric(cell: RawCell): boolean {
  if (cell.value.kind === 'number') return true;
  return cell.value.kind === 'text' && /^[-+]?\d[\d.,]*\s*%?$/u.test(cell.value.text.trim());
}

/** A `label | value` pair in rows [from, to) whose label names `key`. */
function findLabelledValue(sheet: RawSheet, from: number, to: number, key: FieldKey): FieldCell | null {
  for (let r = from; r < to; r++) {
    const row = sheet.rows[r] ?? [];
    const i = row.findIndex((c) => cellText(c) !== null && matchField(cellText(c) ?? '') === key);
    const label = row[i];
    if (i >= 0 && label) {
      const valueCell = row[i + 1];
      return valueCell
        ? { key, value: valueCell.value, place: placeOf(sheet, valueCell.row, valueCell.col) }
        : { key, value: { kind: 'empty' }, place: placeOf(sheet, label.row, label.col + 1) };
    }
  }
  return null;
}

/** Headers of a form's value column ("Veld | Waarde | Toelichting" in the uitvraag template). */
const VALUE_HEADERS = new Set(['waarde', 'value', 'waarden', 'values']);

/**
 * A form may say which column holds the values: a `Waarde` header above them. Then a cell
 * beside an empty value (the explanation column) is never taken for the value.
 */
function formValueColumn(sheet: RawSheet): { row: number; col: number } | null {
  for (const row of sheet.rows.slice(0, HEADER_SEARCH_ROWS)) {
    if (row.length < 2) continue;
    const header = row.slice(1).find((c) => VALUE_HEADERS.has(normaliseLabel(cellText(c) ?? '')));
    if (header && row[0] && cellText(row[0]) !== null && matchField(cellText(row[0]) ?? '') === null) return { row: header.row, col: header.col };
  }
  return null;
}

/**
 * Without a `Waarde` header: the column where most labelled rows have their second cell. Rows hold
 * only non-empty cells, so "the cell after the label" would take a number from a column further to
 * the right when the value itself is empty.
 */
function usualValueColumn(sheet: RawSheet): number | null {
  const counts = new Map<number, number>();
  for (const row of sheet.rows) {
    const label = cellText(row[0]);
    const second = row[1];
    if (label === null || matchField(label) === null || !second) continue;
    counts.set(second.col, (counts.get(second.col) ?? 0) + 1);
  }
  let best: { col: number; n: number } | null = null;
  for (const [col, n] of [...counts].sort(([a], [b]) => a - b)) if (!best || n > best.n) best = { col, n };
  return best?.col ?? null;
}

function findForm(sheet: RawSheet): SheetRecords | null {
  const record: RawRecord = { layout: 'form', place: { file: sheet.file, sheet: sheet.sheet, cell: null, row: null, column: null }, cells: {} };
  const unknown: SheetRecords['unknown'] = [];
  const valueColumn = formValueColumn(sheet);
  const valueCol = valueColumn?.col ?? usualValueColumn(sheet);
  let labels = 0;
  for (const row of sheet.rows) {
    const first = row[0];
    const label = cellText(first);
    if (!first || label === null || first.row === valueColumn?.row) continue;
    const key = matchField(label);
    const valueCell = valueCol === null ? undefined : row.find((c) => c.col === valueCol);
    if (key === null) {
      // A label with a value beside it that names no field: a typo would otherwise vanish silently.
      if (valueCell) unknown.push({ text: label, place: placeOf(sheet, first.row, first.col, label), figures: looksNumeric(valueCell) });
      continue;
    }
    const cell: FieldCell = valueCell
      ? { key, value: valueCell.value, place: placeOf(sheet, valueCell.row, valueCell.col, label) }
      : { key, value: { kind: 'empty' }, place: placeOf(sheet, first.row, valueCol ?? first.col + 1, label) };
    // A label given twice (a correction row, a hidden row): kept, so that validate can compare them.
    if (record.cells[key]) (record.duplicates ??= []).push(cell);
    else {
      labels++;
      record.cells[key] = cell;
    }
    // Another number in the same row (a previous round, a second GI of a transposed table) is a
    // second value of the field: compared like a repeated label, never silently left out.
    for (const other of row.slice(1)) {
      if (other === valueCell || !looksNumeric(other)) continue;
      (record.duplicates ??= []).push({ key, value: other.value, place: placeOf(sheet, other.row, other.col, label) });
    }
  }
  if (labels < MIN_FORM_LABELS) return null;
  return { file: sheet.file, sheet: sheet.sheet, layout: 'form', records: [record], peildatum: null, unknown };
}
