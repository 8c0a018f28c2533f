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

/**
 * A peildatum as a real date cell (an Excel serial day, from UTC so the time zone never shifts
 * it), shown as "1 december 2022"; the locale tag keeps Dutch month names in any Excel.
 */
const DATE_FORMAT: Record<Lang, string> = { nl: '[$-413]d mmmm yyyy', en: '[$-809]d mmmm yyyy' };

export function setDate(cell: ExcelJS.Cell, iso: string, lang: Lang): void {
  const [y, m, d] = iso.split('-').map(Number);
  cell.value = new Date(Date.UTC(y ?? 1900, (m ?? 1) - 1, d ?? 1));
  cell.numFmt = DATE_FORMAT[lang];
}

/** Add a row of text (neutralised) and numbers as they are. */
export function addRow(ws: ExcelJS.Worksheet, values: readonly (string | number | null)[]): ExcelJS.Row {
  return ws.addRow(values.map((v) => (typeof v === 'string' ? neutraliseFormula(v) : v)));
}

/** A header wraps rather than widening its column beyond this (its full label stays visible). */
const HEADER_WIDTH = 16;

/**
 * A bold header row that wraps (the full label, over several lines), frozen, repeated on every
 * printed page; column widths fitted to the longest value (capped); printed on A4 landscape,
 * one page wide.
 */
export function finishSheet(ws: ExcelJS.Worksheet, headerRows = 1, freezeColumns = 0, maxWidth = 60): void {
  for (let r = 1; r <= headerRows; r++) {
    const row = ws.getRow(r);
    row.font = { bold: true };
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  ws.views = [{ state: 'frozen', xSplit: freezeColumns, ySplit: headerRows }];
  ws.columns.forEach((col) => {
    let width = 8;
    col.eachCell?.({ includeEmpty: false }, (cell) => {
      const v = cell.value;
      const header = Number(cell.row) <= headerRows;
      const text = typeof v === 'string' ? v : '';
      const longestWord = Math.max(0, ...text.split(' ').map((w) => w.length));
      const len = v instanceof Date ? 18
        : typeof v === 'number' ? (cell.numFmt?.startsWith('"') ? 18 : 12)
          : header ? Math.max(Math.min(text.length, HEADER_WIDTH), longestWord) + 2
            : typeof v === 'string' ? v.length + 2 : 8;
      width = Math.max(width, len);
    });
    col.width = Math.min(width, maxWidth);
  });
  // A4 (paper size 9), landscape, as wide as one page and as long as it takes; the header rows on every page.
  ws.pageSetup = { ...ws.pageSetup, paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `1:${headerRows}` };
}
