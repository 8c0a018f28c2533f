import type { Cell, CellValue, Workbook, Worksheet } from 'exceljs';
import type { RawCell, RawSheet, RawValue } from '../domain/model.js';
import { isoFromUtcDate } from '../domain/calendar.js';
import type { SheetDates } from './zip-guard.js';

export interface WorkbookContent {
  date1904: boolean;
  /** The workbook's keywords property: jbmonitor's own reports carry REPORT_MARK there. */
  keywords: string;
  sheets: RawSheet[];
}

/** Worksheet parts exceljs would expand cell by cell and jbmonitor never uses (a validation on `A:XFD` is 17 billion cells). */
const IGNORED_NODES = ['dataValidations'];

/**
 * Read every sheet of an .xlsx/.xlsm workbook into raw cells. Uses exceljs's full reader, which
 * keeps merged cells, formula results and the 1904 date system. Formulas are never evaluated:
 * we take the result Excel saved, or report that there is none. `dates` holds the `t="d"` cells
 * the zip guard found (by sheet and cell): exceljs reads their text as a serial number.
 */
export async function readXlsx(buffer: Uint8Array, file: string, dates: SheetDates = new Map()): Promise<WorkbookContent> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook: Workbook = new ExcelJS.Workbook();
  // Defined names are expanded into every cell they cover while loading ($A$1:$XFD$1048576: 17
  // billion); jbmonitor reads no defined name, so this workbook keeps none. (Print areas and
  // titles never reach this setter: exceljs turns them into page setup text.)
  Object.defineProperty(workbook.definedNames, 'model', { get: () => [], set: () => undefined });
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer, { ignoreNodes: IGNORED_NODES });
  const date1904 = Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904);
  const sheets = workbook.worksheets.map((ws) => readWorksheet(ws, file, dates.get(ws.name)));
  return { date1904, sheets, keywords: typeof workbook.keywords === 'string' ? workbook.keywords : '' };
}

function readWorksheet(ws: Worksheet, file: string, dates: Map<string, string> | undefined): RawSheet {
  const rows: RawCell[][] = [];
  const hiddenRows: number[] = [];
  const columns = new Set<number>();
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: RawCell[] = [];
    if (row.hidden) hiddenRows.push(rowNumber);
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A merged range holds its value in the top-left cell only; the others echo it. One that
      // spans rows is kept, empty, so that a figure merged over two GI rows is not read as one GI's.
      if (cell.isMerged && cell.master.address !== cell.address) {
        if (Number(cell.master.row) !== rowNumber) cells.push({ row: rowNumber, col: colNumber, value: { kind: 'empty' }, mergedWith: cell.master.address });
        return;
      }
      const iso = dates?.get(cell.address);
      const value = iso === undefined ? toRawValue(withCachedResult(cell), cell.numFmt) : { kind: 'date' as const, iso };
      if (value.kind !== 'empty') cells.push({ row: rowNumber, col: colNumber, value });
    });
    if (cells.length > 0) rows[rowNumber - 1] = cells;
    for (const c of cells) columns.add(c.col);
  });
  const hiddenColumns = [...columns].filter((c) => ws.getColumn(c).hidden).sort((a, b) => a - b);
  const withCells = hiddenRows.filter((r) => (rows[r - 1]?.length ?? 0) > 0);
  return { file, sheet: ws.name, hidden: ws.state !== 'visible', rows: densify(rows), hiddenRows: withCells, hiddenColumns };
}

/**
 * A formula cell's value with its cached result. exceljs's `cell.value` leaves out a falsy result
 * (a SUM of blanks saved as `<v>0</v>`, FALSE, an empty string), which would read as a formula
 * without a result; its cell model keeps it.
 */
function withCachedResult(cell: Cell): CellValue {
  const value = cell.value;
  const cached = (cell as unknown as { model?: { result?: unknown } }).model?.result;
  if (value === null || typeof value !== 'object' || !('formula' in value || 'sharedFormula' in value)) return value;
  if ('result' in value && value.result !== undefined) return value;
  return cached === undefined ? value : ({ ...value, result: cached } as CellValue);
}

function densify(rows: RawCell[][]): RawCell[][] {
  return Array.from({ length: rows.length }, (_, i) => rows[i] ?? []);
}

export function toRawValue(value: CellValue | undefined, numFmt: string | undefined): RawValue {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number') return { kind: 'number', number: value, percent: isPercentFormat(numFmt) };
  if (typeof value === 'string') return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: value };
  if (typeof value === 'boolean') return { kind: 'boolean', bool: value };
  if (value instanceof Date) {
    const iso = isoFromUtcDate(value);
    return iso ? { kind: 'date', iso } : { kind: 'error', text: '#DATE' };
  }
  if ('error' in value) return { kind: 'error', text: String(value.error) };
  if ('richText' in value) return toRawValue(value.richText.map((r) => r.text).join(''), numFmt);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) {
      const formula = (value as { formula?: string; sharedFormula?: string });
      return { kind: 'formula-without-result', formula: `=${formula.formula ?? formula.sharedFormula ?? ''}` };
    }
    return toRawValue(result as CellValue, numFmt);
  }
  if ('text' in value) return toRawValue(String(value.text), numFmt);
  return { kind: 'empty' };
}

function isPercentFormat(numFmt: string | undefined): boolean {
  // Ignore quoted literals and escaped characters: only a bare % scales the value.
  return numFmt !== undefined && /%/u.test(numFmt.replace(/"[^"]*"|\\./gu, ''));
}
