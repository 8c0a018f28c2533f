import { printable } from '../domain/messages.js';
import type ExcelJS from 'exceljs';
import type { DeliveryStatus, Lang, Report } from '../domain/model.js';
import { word } from './words.js';
import { addRow, finishSheet, setDate, setNumber } from './xlsx-cells.js';
import { FIGURE_KEYS } from '../domain/fields.js';
import { FIELD_SHORT, labelOf, statusWord } from './labels.js';
import { issueLine } from './issue-line.js';
import { PER_GI_DEFS, perGiRows } from './report-rows.js';
import { changeSection, dateCell, overTimeSections, type SectionCell, type SectionNumber } from './section-rows.js';
import { NOT_AVAILABLE } from './numbers.js';
import { optionItems } from './option-words.js';

export function addPerGiSheet(wb: ExcelJS.Workbook, report: Report, lang: Lang): void {
  const ws = wb.addWorksheet(word('perGi', lang));
  addRow(ws, [word('peildatum', lang), word('gi', lang), ...PER_GI_DEFS.map((d) => labelOf(d, lang))]);
  for (const round of report.rounds) {
    for (const { shownName, result: g } of perGiRows(round, lang)) {
      const row = addRow(ws, [null, shownName]);
      setDate(row.getCell(1), round.peildatum, lang);
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
      const row = addRow(ws, [null, d.gi, ...FIGURE_KEYS.map((k) => statusWord(d.fields[k], lang))]);
      setDate(row.getCell(1), round.peildatum, lang);
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
  for (const o of optionItems(report, lang)) addRow(ws, [`${word('options', lang)}: ${o.label}`, o.value]);
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

/** The number format of a section's number: the display of the other formats, the cell keeping full precision. */
export function sectionNumberFormat(n: SectionNumber): string {
  const fraction = n.decimals > 0 ? `.${'0'.repeat(n.decimals)}` : '';
  const quoted = (t: string | undefined) => (t ? `"${t}"` : '');
  const one = `${quoted(n.prefix)}${n.percent ? `0${fraction}%` : `#,##0${fraction}`}${quoted(n.suffix)}`;
  return n.signed ? `+${one};-${one};${one}` : one;
}

/** A sheet of section rows: numbers as numbers with their format, peildata as dates, "–" (no figure) as an empty cell. */
function addSectionSheet(wb: ExcelJS.Workbook, name: string, head: readonly string[], rows: readonly SectionCell[][], lang: Lang, headDates: readonly (string | null)[] = []): void {
  const ws = wb.addWorksheet(name);
  const header = addRow(ws, head);
  headDates.forEach((iso, i) => { if (iso) setDate(header.getCell(i + 1), iso, lang); });
  for (const cells of rows) {
    const row = addRow(ws, cells.map((c) => (c.number || c.date || c.text === NOT_AVAILABLE ? null : c.text)));
    cells.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      if (c.date) setDate(cell, c.date, lang);
      if (!c.number) return;
      cell.value = c.number.value;
      cell.numFmt = sectionNumberFormat(c.number);
    });
  }
  finishSheet(ws, 1, 1, 60);
}

/**
 * The sections the terminal table shows beside the figures, one sheet each: the changes of every
 * round (with its peildatum), the target over time, the re-deliveries and the comparison.
 */
export function addSectionSheets(wb: ExcelJS.Workbook, report: Report, lang: Lang, nationalOnly: boolean): void {
  const changes = report.rounds.flatMap((round) => {
    const section = changeSection(round, lang);
    return section ? [{ peildatum: round.peildatum, section }] : [];
  });
  const first = changes[0]?.section;
  if (first) {
    addSectionSheet(wb, first.sheet, [word('peildatum', lang), ...first.head],
      changes.flatMap(({ peildatum, section }) => section.rows.map((r) => [dateCell(peildatum), ...r])), lang);
  }
  for (const section of overTimeSections(report, lang, nationalOnly)) addSectionSheet(wb, section.sheet, section.head, section.rows, lang, section.headDates);
}

