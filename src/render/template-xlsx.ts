import type { CellValue, DataValidation, Worksheet } from 'exceljs';
import type { FieldType } from '../domain/fields.js';
import { neutraliseFormula } from './safe-text.js';
import { TEMPLATE_TEXT, templateRows, type TemplateOptions } from './template-rows.js';
import { workbookBytes } from './office-bytes.js';

/** The first row of the fields on the form (row 4 holds Veld | Waarde | Toelichting). */
export const TEMPLATE_FIRST_FIELD_ROW = 5;

type Lang = TemplateOptions['lang'];

/** Excel's input check on a value cell, by field type: what the reader would refuse, Excel refuses first. */
function validationFor(type: FieldType, lang: Lang, listRange: string): DataValidation {
  const nl = lang === 'nl';
  const common = { allowBlank: true, showErrorMessage: true, showInputMessage: true, errorStyle: 'stop' as const, errorTitle: nl ? 'Ongeldige waarde' : 'Invalid value' };
  switch (type) {
    case 'count':
      return { ...common, type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], error: nl ? 'Vul een geheel getal van 0 of meer in.' : 'Enter a whole number of 0 or more.' };
    case 'fte': case 'days':
      return { ...common, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], error: nl ? 'Vul een getal van 0 of meer in.' : 'Enter a number of 0 or more.' };
    case 'percent':
      return { ...common, type: 'decimal', operator: 'between', formulae: [0, 1], error: nl ? 'Vul een percentage van 0% tot en met 100% in.' : 'Enter a percentage from 0% to 100%.' };
    case 'date':
      return { ...common, type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(2000, 0, 1))], error: nl ? 'Vul een datum in, bijv. 1-12-2022.' : 'Enter a date, e.g. 1-12-2022.' };
    case 'gi':
      // A range on the lists sheet: inline lists are capped at 255 characters (exceljs #667).
      return { ...common, type: 'list', formulae: [listRange], error: nl ? 'Kies de GI uit de lijst.' : 'Choose the GI from the list.' };
  }
}

const NUMBER_FORMAT: Partial<Record<FieldType, string>> = { percent: '0.0%', date: 'd-m-yyyy', fte: '#,##0.0', days: '#,##0.0', count: '#,##0' };

function fillForm(ws: Worksheet, o: TemplateOptions, listRange: string): void {
  const t = TEMPLATE_TEXT;
  ws.getCell('A1').value = t.title[o.lang];
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = t.intro[o.lang];
  const header = ws.getRow(4);
  header.values = [t.field[o.lang], t.value[o.lang], t.help[o.lang]];
  header.font = { bold: true };
  let r = TEMPLATE_FIRST_FIELD_ROW;
  for (const row of templateRows(o.lang)) {
    ws.getCell(r, 1).value = neutraliseFormula(row.label);
    const value = ws.getCell(r, 2);
    value.dataValidation = { ...validationFor(row.def.type, o.lang, listRange), promptTitle: row.def.label[o.lang], prompt: row.help.slice(0, 255) };
    const fmt = NUMBER_FORMAT[row.def.type];
    if (fmt) value.numFmt = fmt;
    value.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
    value.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
    const prefill: CellValue = row.def.key === 'gi' ? o.gi : row.def.key === 'peildatum' && o.peildatum ? new Date(`${o.peildatum}T00:00:00Z`) : null;
    if (prefill !== null) value.value = prefill;
    ws.getCell(r, 3).value = neutraliseFormula(row.help);
    ws.getCell(r, 3).alignment = { wrapText: true, vertical: 'top' };
    r++;
  }
  ws.getColumn(1).width = 48;
  ws.getColumn(2).width = 34;
  ws.getColumn(3).width = 80;
  ws.views = [{ state: 'frozen', ySplit: 4 }];
}

/** The uitvraag workbook: the form, an instructions sheet and a hidden lists sheet for the GI dropdown. */
export async function renderTemplateXlsx(o: TemplateOptions): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  // Fixed metadata: nothing of the machine or the clock in the file.
  wb.creator = 'jbmonitor';
  wb.created = new Date(Date.UTC(2000, 0, 1));
  wb.modified = new Date(Date.UTC(2000, 0, 1));
  const t = TEMPLATE_TEXT;
  const form = wb.addWorksheet(t.formSheet[o.lang]);
  const instructions = wb.addWorksheet(t.instructionsSheet[o.lang]);
  const lists = wb.addWorksheet(t.listsSheet[o.lang], { state: 'hidden' });
  o.giNames.forEach((name, i) => { lists.getCell(i + 1, 1).value = neutraliseFormula(name); });
  const listRange = `'${t.listsSheet[o.lang]}'!$A$1:$A$${Math.max(1, o.giNames.length)}`;
  fillForm(form, o, listRange);
  // One sentence per row in column A only: the reader must never take this sheet for a form.
  t.instructions[o.lang].forEach((line, i) => {
    instructions.getCell(i + 1, 1).value = line;
    if (i === 0) instructions.getCell(1, 1).font = { bold: true };
  });
  instructions.getColumn(1).width = 110;
  // Reproducible bytes: the same template every time (exceljs alone stamps zip dates).
  return workbookBytes(wb);
}
