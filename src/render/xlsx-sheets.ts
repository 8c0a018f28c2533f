import { printable } from '../domain/messages.js';
import type ExcelJS from 'exceljs';
import type { DeliveryStatus, Lang, Report } from '../domain/model.js';
import { word } from './words.js';
import { addRow, finishSheet, setNumber } from './xlsx-cells.js';
import { FIGURE_KEYS } from '../domain/fields.js';
import { FIELD_SHORT, labelOf, statusWord } from './labels.js';
import { issueLine } from './issue-line.js';
import { optionPairs, PER_GI_DEFS, perGiRows } from './report-rows.js';

export function addPerGiSheet(wb: ExcelJS.Workbook, report: Report, lang: Lang): void {
  const ws = wb.addWorksheet(word('perGi', lang));
  addRow(ws, [word('peildatum', lang), word('gi', lang), ...PER_GI_DEFS.map((d) => labelOf(d, lang))]);
  for (const round of report.rounds) {
    for (const { shownName, result: g } of perGiRows(round, lang)) {
      const row = addRow(ws, [round.peildatum, shownName]);
      PER_GI_DEFS.forEach((def, i) => {
        const v = g?.indicators[def.id];
        setNumber(row.getCell(i + 3), v?.value, def, 'gi', lang, v?.lower_bound);
      });
    }
  }
  finishSheet(ws, 1, 2, 24);
}

const FILL: Record<DeliveryStatus, string> = { geleverd: 'FFE2EFDA', ontbreekt: 'FFF8D7DA', waarschuwing: 'FFFFF2CC' };

/** The GI × field matrix per peildatum, coloured so the gaps stand out. */
export function addDeliverySheet(wb: ExcelJS.Workbook, report: Report, lang: Lang): void {
  const ws = wb.addWorksheet(word('delivery', lang));
  addRow(ws, [word('peildatum', lang), word('gi', lang), ...FIGURE_KEYS.map((k) => FIELD_SHORT[k][lang])]);
  for (const round of report.rounds) {
    for (const d of round.aanleverstatus) {
      const row = addRow(ws, [round.peildatum, d.gi, ...FIGURE_KEYS.map((k) => statusWord(d.fields[k], lang))]);
      FIGURE_KEYS.forEach((k, i) => {
        row.getCell(i + 3).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[d.fields[k]] } };
      });
    }
  }
  finishSheet(ws, 1, 2, 48);
}

/** Provenance: tool, definitions, options, every input with its SHA-256, and the issues. */
export function addSourcesSheet(wb: ExcelJS.Workbook, report: Report, lang: Lang, nationalOnly: boolean): void {
  const ws = wb.addWorksheet(word('sources', lang));
  addRow(ws, [word('setting', lang), word('value', lang)]);
  addRow(ws, [word('tool', lang), `${report.tool.name} ${report.tool.version}`]);
  addRow(ws, [word('definitionsVersion', lang), report.definitions_version]);
  for (const [k, v] of optionPairs(report)) addRow(ws, [`${word('options', lang)}: ${k}`, v]);
  for (const round of report.rounds) {
    if (round.waiting_rule) addRow(ws, [`${word('waitingRule', lang)} ${round.peildatum}`, round.waiting_rule.description]);
  }
  addRow(ws, []);
  addRow(ws, [word('file', lang), 'SHA-256']).font = { bold: true };
  for (const input of report.inputs) addRow(ws, [printable(input.path), input.sha256]);
  // Issues name GIs' files and cells: not in a publication (--alleen-landelijk).
  if (!nationalOnly && report.issues.length > 0) {
    addRow(ws, []);
    addRow(ws, [word('issues', lang)]).font = { bold: true };
    for (const i of report.issues) addRow(ws, [word(i.severity, lang), issueLine(i, lang, false)]);
  }
  finishSheet(ws, 1, 1, 80);
}
