import ExcelJS from 'exceljs';
import { REPORT_MARK, type Lang, type Report } from '../domain/model.js';
import { INDICATORS } from '../domain/indicators.js';
import { word } from './words.js';
import { addRow, finishSheet, setDate, setNumber } from './xlsx-cells.js';
import { addDeliverySheet, addPerGiSheet, addSectionSheets, addSourcesSheet } from './xlsx-sheets.js';
import { documentDay, workbookBytes } from './office-bytes.js';
import { labelOf } from './labels.js';

export interface XlsxOptions {
  lang: Lang;
  nationalOnly?: boolean;
}

/**
 * The workbook: Landelijk, Per GI, Aanleverstatus, Trend (several peildata), the sections beside
 * the figures (Veranderingen, Streefwaarde, Herleveringen, Vergelijking, when present), Definities, Bronnen.
 * Cells hold full-precision numbers; number formats only change the display, and a lower bound
 * is marked by its format ("ten minste "#,##0), so the cell stays numeric.
 */
export async function renderXlsx(report: Report, options: XlsxOptions): Promise<Uint8Array> {
  const { lang } = options;
  const wb = new ExcelJS.Workbook();
  wb.creator = report.tool.name;
  // The mark of a jbmonitor report: read back among the inputs, the workbook is skipped.
  wb.keywords = REPORT_MARK;
  addNationalSheet(wb, report, lang, Boolean(options.nationalOnly));
  if (!options.nationalOnly) {
    addPerGiSheet(wb, report, lang);
    addDeliverySheet(wb, report, lang);
  }
  if (report.rounds.length > 1) addTrendSheet(wb, report, lang);
  addSectionSheets(wb, report, lang, Boolean(options.nationalOnly));
  addDefinitionsSheet(wb, lang);
  addSourcesSheet(wb, report, lang, Boolean(options.nationalOnly));
  return workbookBytes(wb, documentDay(report.rounds.map((r) => r.peildatum)));
}

function addNationalSheet(wb: ExcelJS.Workbook, report: Report, lang: Lang, nationalOnly: boolean): void {
  const ws = wb.addWorksheet(word('national', lang));
  // A publication names no GI: no column of missing GIs (the counts say how many delivered).
  const missingHeader = nationalOnly ? [] : [word('missing', lang)];
  addRow(ws, [word('peildatum', lang), word('indicator', lang), word('value', lang), word('unit', lang), word('atLeastHeader', lang), word('giCount', lang), word('giTotal', lang), ...missingHeader]);
  for (const round of report.rounds) {
    for (const def of INDICATORS) {
      const v = round.national[def.id];
      if (!v) continue;
      const row = addRow(ws, [null, labelOf(def, lang), null, def.unit[lang], v.lower_bound ? word('yes', lang) : word('no', lang), v.gi_count, v.gi_total, ...(nationalOnly ? [] : [v.value === null || v.missing.length === 0 ? null : v.missing.join(', ')])]);
      setDate(row.getCell(1), round.peildatum, lang);
      setNumber(row.getCell(3), v.value, def, 'national', lang, v.lower_bound);
    }
  }
  finishSheet(ws, 1, 2);
}

function addTrendSheet(wb: ExcelJS.Workbook, report: Report, lang: Lang): void {
  const ws = wb.addWorksheet(word('trend', lang));
  const header = addRow(ws, [word('indicator', lang)]);
  report.rounds.forEach((r, i) => setDate(header.getCell(i + 2), r.peildatum, lang));
  for (const def of INDICATORS) {
    const row = addRow(ws, [labelOf(def, lang)]);
    report.rounds.forEach((round, i) => {
      const v = round.national[def.id];
      setNumber(row.getCell(i + 2), v?.value, def, 'national', lang, v?.lower_bound);
    });
  }
  finishSheet(ws, 1, 1);
}

function addDefinitionsSheet(wb: ExcelJS.Workbook, lang: Lang): void {
  const ws = wb.addWorksheet(word('definitionsTitle', lang));
  addRow(ws, ['id', word('indicator', lang), word('formula', lang), word('unit', lang), word('decimals', lang)]);
  for (const def of INDICATORS) addRow(ws, [def.id, def.label[lang], def.formula[lang], def.unit[lang], `${def.decimals.national} / ${def.decimals.gi}`]);
  finishSheet(ws, 1, 1, 90);
}
