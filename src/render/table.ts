import { printable } from '../domain/messages.js';
import type { Lang, Report, Round } from '../domain/model.js';
import { formatLongDate } from '../domain/calendar.js';
import { fitColumns, wrapText, type Cell } from './fit-columns.js';
import { formatIndicator, formatNumber } from './numbers.js';
import { PLAIN, type Style } from './style.js';
import { coverageText, word } from './words.js';
import { renderChangeBlock, renderOverTimeSections } from './table-over-time.js';
import { GI_COLUMN_DEFS, shortLabel } from './labels.js';
import { submittedInMonitor, summariseDelivery } from './report-rows.js';
import { nationalTable, partialNote } from './publication.js';

export interface TableOptions {
  lang: Lang;
  style?: Style;
  /** The terminal's width; null or absent (a file, a pipe): the full layout. */
  width?: number | null;
  /** Leave out the per-GI parts (for publication). */
  nationalOnly?: boolean;
}

/** Bold headers; the width of the terminal (null: the full layout). */
interface Layout {
  style: Style;
  width: number | null;
}

const bold = (style: Style) => (text: string, r: number) => (r === 0 ? style.bold(text) : text);

function nationalBlock(round: Round, lang: Lang, layout: Layout, nationalOnly: boolean): string[] {
  const t = nationalTable(round, lang, nationalOnly);
  const note = nationalOnly ? partialNote(round, lang) : null;
  // On a narrow terminal a label gives way to its short name from the registry.
  const rows: Cell[][] = [t.header, ...t.rows.map((r, i) => [[r[0] ?? '', t.defs[i]?.short[lang] ?? ''], ...r.slice(1)])];
  const lines = fitColumns(rows, t.numeric.map((n) => (n ? 'right' : 'left')), { width: layout.width, wrap: t.numeric.map((n) => !n), decorate: bold(layout.style), spillLast: !nationalOnly });
  return note ? [...lines, ...(layout.width === null ? [note] : wrapText(note, layout.width))] : lines;
}

function giBlock(round: Round, lang: Lang, layout: Layout): string[] {
  const defs = GI_COLUMN_DEFS;
  const rows: Cell[][] = [[word('gi', lang), ...defs.map((d) => [shortLabel(d, lang), d.giAbbr?.[lang] ?? shortLabel(d, lang)])]];
  for (const g of round.gis) {
    const name = g.outside_national ? `${g.gi} (${word('outsideNational', lang)})` : g.registered ? g.gi : `${g.gi} (${word('unregistered', lang)})`;
    rows.push([name, ...defs.map((d) => formatIndicator(g.indicators[d.id]?.value ?? null, d, 'gi', lang))]);
  }
  const missing = round.expected.filter((e) => !round.gis.some((g) => g.gi === e));
  for (const m of missing) rows.push([m, ...defs.map(() => '–')]);
  return fitColumns(rows, ['left', ...defs.map(() => 'right' as const)], { width: layout.width, wrap: [true], decorate: bold(layout.style) });
}

/** The aanleverstatus as a list per GI: how much arrived, and what to chase. */
function deliveryBlock(round: Round, lang: Lang, layout: Layout): string[] {
  const rows: string[][] = [[word('gi', lang), word('deliveredCount', lang), word('missingFields', lang), word('warnedFields', lang)]];
  for (const row of round.aanleverstatus) {
    const d = summariseDelivery(row, lang);
    rows.push([d.gi, `${d.delivered}/${d.total}`, d.submitted ? d.missing.join(', ') : word('notSubmitted', lang), d.warned.join(', ')]);
  }
  return fitColumns(rows, ['left', 'right', 'left', 'left'], { width: layout.width, wrap: [true, false, true, true], decorate: bold(layout.style) });
}

/** A line of prose, wrapped at spaces on a terminal. */
const paragraph = (text: string, width: number | null): string[] => (width === null ? [text] : wrapText(text, width));

/** The terminal report: national block first, then per GI, then provenance. */
export function renderTable(report: Report, options: TableOptions): string {
  const { lang } = options;
  const style = options.style ?? PLAIN;
  const layout: Layout = { style, width: options.width ?? null };
  const out: string[] = [];
  if (!report.valid) {
    out.push(style.error(word('invalid', lang)));
    return `${out.join('\n')}\n`;
  }
  for (const round of report.rounds) {
    out.push(style.bold(`${word('title', lang)} — ${word('peildatum', lang).toLowerCase()} ${formatLongDate(round.peildatum, lang)}`), '');
    out.push(style.bold(`${word('national', lang)} (${coverageText(submittedInMonitor(round), round.expected.length, lang)})`));
    out.push(...nationalBlock(round, lang, layout, Boolean(options.nationalOnly)), '');
    if (round.waiting_rule) out.push(...paragraph(`${word('waitingRule', lang)}: ${round.waiting_rule.description}`, layout.width), '');
    out.push(...renderChangeBlock(round, lang, style, layout.width));
    if (!options.nationalOnly) {
      out.push(style.bold(word('perGi', lang)));
      out.push(...giBlock(round, lang, layout), '');
      out.push(style.bold(word('delivery', lang)));
      out.push(...deliveryBlock(round, lang, layout), '');
    }
  }
  out.push(...renderOverTimeSections(report, lang, style, Boolean(options.nationalOnly), layout.width));
  out.push(...paragraph(`${word('target', lang)}: ${formatNumber(report.options.norm, Number.isInteger(report.options.norm) ? 0 : 1, lang)} ${word('targetText', lang)}. ${word('notDelivered', lang)}.`, layout.width));
  out.push(`${word('sources', lang)}:`);
  for (const input of report.inputs) {
    const path = printable(input.path);
    const line = `  ${path}  sha256:${input.sha256}`;
    // Too wide for the terminal: the hash on a line of its own, never broken.
    out.push(...(layout.width === null || line.length <= layout.width ? [line] : [`  ${path}`, `    sha256:${input.sha256}`]));
  }
  out.push(`${word('tool', lang)} ${report.tool.name} ${report.tool.version}, ${word('definitions', lang)} ${report.definitions_version}.`);
  return `${out.join('\n')}\n`;
}
