import type { Paragraph, Table } from 'docx';
import type { DeliveryRow, Lang, Report, Round } from '../domain/model.js';
import { compareNames } from '../domain/order.js';
import { formatLongDate } from '../domain/calendar.js';
import { gap, heading1, heading2, note, SIZE, table, TEXT_WIDTH } from './docx-parts.js';
import type { DocxContext } from './docx-round.js';
import { DW } from './docx-words.js';
import { formatIndicator } from './numbers.js';
import { FIELD_SHORT, GI_COLUMN_DEFS, shortLabel } from './labels.js';
import { FIGURE_KEYS } from '../domain/fields.js';
import { perGiRows, summariseDelivery } from './report-rows.js';
import { word } from './words.js';

/** The per-GI figures of one round: every expected GI (one that sent nothing shows –), then those outside the monitor. */
function perGiTable(round: Round, ctx: DocxContext): Table {
  const { lang } = ctx;
  const defs = GI_COLUMN_DEFS;
  return table({
    header: [word('gi', lang), ...defs.map((d) => shortLabel(d, lang))],
    rows: perGiRows(round, lang).map(({ shownName, result: g }) => [shownName, ...defs.map((d) => formatIndicator(g?.indicators[d.id]?.value ?? null, d, 'gi', lang))]),
    widths: [22, ...defs.map(() => 78 / defs.length)],
    align: ['l', ...defs.map(() => 'r' as const)],
    width: TEXT_WIDTH.landscape,
  });
}

/** A GI's delivery in one round, in a few words: "14/14", or what to chase. */
function deliveryCell(row: DeliveryRow | undefined, lang: Lang): string {
  if (!row) return '';
  const d = summariseDelivery(row, lang);
  if (!d.submitted) return word('notSubmitted', lang);
  const parts = [`${d.delivered}/${d.total}`];
  // A round of counts only: name the few fields that came rather than the many that did not.
  const came = FIGURE_KEYS.filter((k) => row.fields[k] !== 'ontbreekt').map((k) => FIELD_SHORT[k][lang]);
  if (d.missing.length > came.length) parts.push(`${DW.onlyDelivered[lang]}: ${came.join(', ')}`);
  else if (d.missing.length) parts.push(`${word('missingFields', lang).toLowerCase()}: ${d.missing.join(', ')}`);
  if (d.warned.length) parts.push(`${word('warnedFields', lang).toLowerCase()}: ${d.warned.join(', ')}`);
  return parts.join('; ');
}

/** The aanleverstatus of every round in one table: GIs as rows, peildata as columns. */
function deliveryTable(report: Report, ctx: DocxContext): Table {
  const { lang } = ctx;
  const names = [...new Set(report.rounds.flatMap((r) => r.aanleverstatus.map((d) => d.gi)))].sort(compareNames);
  const n = report.rounds.length;
  return table({
    header: [word('gi', lang), ...report.rounds.map((r) => formatLongDate(r.peildatum, lang))],
    rows: names.map((gi) => [gi, ...report.rounds.map((r) => deliveryCell(r.aanleverstatus.find((d) => d.gi === gi), lang))]),
    widths: [20, ...report.rounds.map(() => 80 / n)], align: ['l', ...report.rounds.map(() => 'l' as const)], width: TEXT_WIDTH.landscape, size: SIZE.note,
  });
}

/** The landscape chapter (wide tables): the per-GI table of every peildatum, then the aanleverstatus of all. */
export function perGiChapter(report: Report, ctx: DocxContext): (Paragraph | Table)[] {
  const { lang } = ctx;
  const out: (Paragraph | Table)[] = [heading1(DW.perGiTitle[lang])];
  for (const round of report.rounds) {
    out.push(heading2(`${word('perGi', lang)} — ${formatLongDate(round.peildatum, lang)}`), perGiTable(round, ctx), gap());
  }
  out.push(heading2(word('delivery', lang)), deliveryTable(report, ctx), note(DW.deliveryNote[lang]));
  return out;
}
