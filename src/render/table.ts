import type { Lang, Report, ReportIssue, Round } from '../domain/model.js';
import { formatLongDate } from '../domain/calendar.js';
import { INDICATORS, indicator, type IndicatorDef } from '../domain/indicators.js';
import { alignColumns } from './columns.js';
import { AT_LEAST, formatIndicator, formatNumber } from './format.js';
import { PLAIN, type Style } from './style.js';
import { coverageText, word } from './words.js';
import { renderChangeBlock, renderOverTimeSections } from './table-over-time.js';
import { issueLine } from '../domain/messages.js';
import { submittedInMonitor, summariseDelivery } from './view.js';

export interface TableOptions {
  lang: Lang;
  style?: Style;
  /** Leave out the per-GI parts (for publication). */
  nationalOnly?: boolean;
}

/** The columns of the per-GI table on a terminal: the figures an analyst checks first. */
export const GI_TABLE_COLUMNS = [
  'formatie_fte', 'beschikbare_fte', 'beschikbaarheid', 'maatregelen_totaal', 'organisatieworkload',
  'wachtlijst_start', 'interne_wachtlijst', 'personeelsverloop', 'ziekteverzuim',
] as const;

function nationalBlock(round: Round, lang: Lang, style: Style): string[] {
  const rows: string[][] = [[word('indicator', lang), word('value', lang), word('coverage', lang), word('missing', lang)]];
  for (const def of INDICATORS) {
    const v = round.national[def.id];
    if (!v) continue;
    const shown = formatIndicator(v.value, def, 'national', lang);
    const value = v.lower_bound ? `${AT_LEAST[lang]} ${shown}` : shown;
    // Without a value there is nothing to qualify: the coverage 0/13 says enough.
    rows.push([labelOf(def, lang), value, coverageText(v.gi_count, v.gi_total, lang), v.value === null ? '' : v.missing.join(', ')]);
  }
  return alignColumns(rows, ['left', 'right', 'right', 'left'], (text, r) => (r === 0 ? style.bold(text) : text));
}

/** Units worth naming after a label; counts of measures, children and GIs speak for themselves. */
const NAMED_UNITS = new Set(['fte', 'dagen', 'maatregelen per fte']);

export function labelOf(def: IndicatorDef, lang: Lang): string {
  return NAMED_UNITS.has(def.unit.nl) ? `${def.label[lang]} (${def.unit[lang]})` : def.label[lang];
}

function giBlock(round: Round, lang: Lang, style: Style): string[] {
  const defs = GI_TABLE_COLUMNS.map(indicator);
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

const SHORT: Record<string, { nl: string; en: string }> = {
  formatie_fte: { nl: 'Formatie', en: 'Establishment' },
  beschikbare_fte: { nl: 'Beschikbaar', en: 'Available' },
  beschikbaarheid: { nl: 'Beschikb.', en: 'Avail.' },
  maatregelen_totaal: { nl: 'Maatregelen', en: 'Measures' },
  organisatieworkload: { nl: 'Workload', en: 'Workload' },
  wachtlijst_start: { nl: 'Wachtl. start', en: 'Wait start' },
  interne_wachtlijst: { nl: 'Int. wachtl.', en: 'Wait int.' },
  personeelsverloop: { nl: 'Verloop', en: 'Turnover' },
  ziekteverzuim: { nl: 'Verzuim', en: 'Sickness' },
};

export function shortLabel(def: IndicatorDef, lang: Lang): string {
  return SHORT[def.id]?.[lang] ?? def.label[lang];
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
  for (const input of report.inputs) out.push(`  ${input.path}  sha256:${input.sha256}`);
  out.push(`${word('tool', lang)} ${report.tool.name} ${report.tool.version}, ${word('definitions', lang)} ${report.definitions_version}.`);
  return `${out.join('\n')}\n`;
}

/** Problems grouped by file, one line each: "fout: file › sheet › B7: message". */
export function renderIssues(issues: readonly ReportIssue[], lang: Lang, style: Style = PLAIN): string {
  const lines = issues.map((i) => {
    const label = word(i.severity, lang);
    const tag = i.severity === 'error' ? style.error(label) : i.severity === 'warning' ? style.warn(label) : style.dim(label);
    return `${tag}: ${issueLine(i, lang)}`;
  });
  return lines.length ? `${lines.join('\n')}\n` : '';
}
