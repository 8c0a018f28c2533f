import { printable } from '../domain/messages.js';
import type { Lang, Report, Round } from '../domain/model.js';
import { formatLongDate } from '../domain/calendar.js';
import { alignColumns } from './align-columns.js';
import { formatIndicator, formatNumber } from './numbers.js';
import { PLAIN, type Style } from './style.js';
import { coverageText, word } from './words.js';
import { renderChangeBlock, renderOverTimeSections } from './table-over-time.js';
import { GI_COLUMN_DEFS, labelOf, shortLabel } from './labels.js';
import { nationalRows, submittedInMonitor, summariseDelivery } from './report-rows.js';

export interface TableOptions {
  lang: Lang;
  style?: Style;
  /** Leave out the per-GI parts (for publication). */
  nationalOnly?: boolean;
}

function nationalBlock(round: Round, lang: Lang, style: Style): string[] {
  const rows: string[][] = [[word('indicator', lang), word('value', lang), word('coverage', lang), word('missing', lang)]];
  // Without a value there is nothing to qualify: the coverage 0/13 says enough.
  for (const r of nationalRows(round, lang)) rows.push([labelOf(r.def, lang), r.shown, r.coverage, r.value.value === null ? '' : r.value.missing.join(', ')]);
  return alignColumns(rows, ['left', 'right', 'right', 'left'], (text, r) => (r === 0 ? style.bold(text) : text));
}

function giBlock(round: Round, lang: Lang, style: Style): string[] {
  const defs = GI_COLUMN_DEFS;
  const rows: string[][] = [[word('gi', lang), ...defs.map((d) => shortLabel(d, lang))]];
  for (const g of round.gis) {
    const name = g.outside_national ? `${g.gi} (${word('outsideNational', lang)})` : g.registered ? g.gi : `${g.gi} (${word('unregistered', lang)})`;
    rows.push([name, ...defs.map((d) => formatIndicator(g.indicators[d.id]?.value ?? null, d, 'gi', lang))]);
  }
  const missing = round.expected.filter((e) => !round.gis.some((g) => g.gi === e));
  for (const m of missing) rows.push([m, ...defs.map(() => '–')]);
  return alignColumns(rows, ['left', ...defs.map(() => 'right' as const)], (text, r) => (r === 0 ? style.bold(text) : text));
}

/** The aanleverstatus as a list per GI: how much arrived, and what to chase. */
function deliveryBlock(round: Round, lang: Lang, style: Style): string[] {
  const rows: string[][] = [[word('gi', lang), word('deliveredCount', lang), word('missingFields', lang), word('warnedFields', lang)]];
  for (const row of round.aanleverstatus) {
    const d = summariseDelivery(row, lang);
    rows.push([d.gi, `${d.delivered}/${d.total}`, d.submitted ? d.missing.join(', ') : word('notSubmitted', lang), d.warned.join(', ')]);
  }
  return alignColumns(rows, ['left', 'right', 'left', 'left'], (text, r) => (r === 0 ? style.bold(text) : text));
}

/** The terminal report: national block first, then per GI, then provenance. */
export function renderTable(report: Report, options: TableOptions): string {
  const { lang } = options;
  const style = options.style ?? PLAIN;
  const out: string[] = [];
  if (!report.valid) {
    out.push(style.error(word('invalid', lang)));
    return `${out.join('\n')}\n`;
  }
  for (const round of report.rounds) {
    out.push(style.bold(`${word('title', lang)} — ${word('peildatum', lang).toLowerCase()} ${formatLongDate(round.peildatum, lang)}`), '');
    out.push(style.bold(`${word('national', lang)} (${coverageText(submittedInMonitor(round), round.expected.length, lang)})`));
    out.push(...nationalBlock(round, lang, style), '');
    if (round.waiting_rule) out.push(`${word('waitingRule', lang)}: ${round.waiting_rule.description}`, '');
    out.push(...renderChangeBlock(round, lang, style));
    if (!options.nationalOnly) {
      out.push(style.bold(word('perGi', lang)));
      out.push(...giBlock(round, lang, style), '');
      out.push(style.bold(word('delivery', lang)));
      out.push(...deliveryBlock(round, lang, style), '');
    }
  }
  out.push(...renderOverTimeSections(report, lang, style, Boolean(options.nationalOnly)));
  out.push(`${word('target', lang)}: ${formatNumber(report.options.norm, Number.isInteger(report.options.norm) ? 0 : 1, lang)} ${word('targetText', lang)}. ${word('notDelivered', lang)}.`);
  out.push(`${word('sources', lang)}:`);
  for (const input of report.inputs) out.push(`  ${printable(input.path)}  sha256:${input.sha256}`);
  out.push(`${word('tool', lang)} ${report.tool.name} ${report.tool.version}, ${word('definitions', lang)} ${report.definitions_version}.`);
  return `${out.join('\n')}\n`;
}
