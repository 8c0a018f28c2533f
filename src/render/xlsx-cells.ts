import type ExcelJS from 'exceljs';
import type { Lang } from '../domain/model.js';
import type { IndicatorDef } from '../domain/indicators.js';
import type { Level } from './numbers.js';
import { neutraliseFormula } from './safe-text.js';

/**
 * Cell helpers for the xlsx report: numbers stay numbers (full precision) and only their number
 * format changes the display; text from inputs is neutralised so no spreadsheet runs it.
 */

const AT_LEAST_CODE: Record<Lang, string> = { nl: '"ten minste "', en: '"at least "' };

/** A locale-independent number format code: Excel shows it with the reader's separators. */
export function numberFormatOf(def: IndicatorDef, level: Level, lang: Lang, lowerBound: boolean): string {
  const d = def.decimals[level];
  const fraction = d > 0 ? `.${'0'.repeat(d)}` : '';
  const code = def.display === 'percent' ? `0${fraction}%` : `#,##0${fraction}`;
  return lowerBound ? `${AT_LEAST_CODE[lang]}${code}` : code;
}

export function setNumber(cell: ExcelJS.Cell, value: number | null | undefined, def: IndicatorDef, level: Level, lang: Lang, lowerBound = false): void {
  if (value === null || value === undefined) return;
  cell.value = value;
  cell.numFmt = numberFormatOf(def, level, lang, lowerBound);
}

/** Add a row of text (neutralised) and numbers as they are. */
export function addRow(ws: ExcelJS.Worksheet, values: readonly (string | number | null)[]): ExcelJS.Row {
  return ws.addRow(values.map((v) => (typeof v === 'string' ? neutraliseFormula(v) : v)));
}

/** A bold header row, frozen, with column widths fitted to the longest text (capped). */
export function finishSheet(ws: ExcelJS.Worksheet, headerRows = 1, freezeColumns = 0, maxWidth = 60): void {
  for (let r = 1; r <= headerRows; r++) ws.getRow(r).font = { bold: true };
  ws.views = [{ state: 'frozen', xSplit: freezeColumns, ySplit: headerRows }];
  ws.columns.forEach((col) => {
    let width = 8;
    col.eachCell?.({ includeEmpty: false }, (cell) => {
      const v = cell.value;
      const len = typeof v === 'number' ? (cell.numFmt?.startsWith('"') ? 18 : 12) : typeof v === 'string' ? v.length + 2 : 8;
      width = Math.max(width, len);
    });
    col.width = Math.min(width, maxWidth);
  });
}
