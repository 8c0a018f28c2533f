/** Excel's grid: a reference beyond it is no part of any real workbook. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

export interface CellRef {
  row: number;
  col: number;
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Column letters as a 1-based number (A = 1, XFD = 16,384). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** An A1-style reference (no `$`) inside Excel's grid; null otherwise. */
export function parseCellRef(ref: string): CellRef | null {
  const m = /^([A-Z]{1,3})(\d{1,7})$/u.exec(ref);
  if (!m) return null;
  const col = columnNumber(m[1] ?? '');
  const row = Number(m[2]);
  return row >= 1 && row <= EXCEL_MAX_ROWS && col <= EXCEL_MAX_COLUMNS ? { row, col } : null;
}

/** `A1:B2` or a single cell, inside Excel's grid; null otherwise. */
export function parseRange(ref: string): CellRange | null {
  const [from, to, ...rest] = ref.split(':');
  if (from === undefined || rest.length > 0) return null;
  const a = parseCellRef(from);
  const b = to === undefined ? a : parseCellRef(to);
  if (!a || !b) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

export const rangeArea = (r: CellRange): number => (r.bottom - r.top + 1) * (r.right - r.left + 1);
