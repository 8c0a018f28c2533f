import { printable } from '../domain/messages.js';
import type { Lang, Report, Round } from '../domain/model.js';
import { FIGURE_KEYS } from '../domain/fields.js';
import { formatIndicator } from './numbers.js';
import { FIELD_SHORT, GI_COLUMN_DEFS, labelOf, shortLabel, STATUS_MARK } from './labels.js';
import { issueLine } from './issue-line.js';
import { nationalRows, optionPairs, perGiRows, roundTitle, submittedInMonitor, targetText } from './report-rows.js';
import { coverageText, word } from './words.js';

export interface MarkdownOptions {
  lang: Lang;
  nationalOnly?: boolean;
}

/** Text inside a pipe-table cell: markup characters are escaped, so a GI name stays a name. */
export function mdText(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/gu, (c) => `\\${c}`).replace(/\r?\n/gu, ' ');
}

function table(header: readonly string[], align: readonly ('l' | 'r')[], rows: readonly string[][]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header.map(mdText)), line(align.map((a) => (a === 'r' ? '---:' : ':---'))), ...rows.map((r) => line(r.map(mdText)))];
}

function roundSection(round: Round, lang: Lang, nationalOnly: boolean): string[] {
  const out = [`## ${mdText(roundTitle(round, lang))}`, ''];
  out.push(`### ${word('national', lang)} (${coverageText(submittedInMonitor(round), round.expected.length, lang)})`, '');
  out.push(...table(
    [word('indicator', lang), word('value', lang), word('coverage', lang), word('missing', lang)], ['l', 'r', 'r', 'l'],
    nationalRows(round, lang).map((r) => [labelOf(r.def, lang), r.shown, r.coverage, r.value.value === null ? '' : r.value.missing.join(', ')]),
  ), '');
  if (round.waiting_rule) out.push(`${word('waitingRule', lang)}: ${mdText(round.waiting_rule.description)}`, '');
  if (nationalOnly) return out;
  const defs = GI_COLUMN_DEFS;
  out.push(`### ${word('perGi', lang)}`, '');
  out.push(...table([word('gi', lang), ...defs.map((d) => shortLabel(d, lang))], ['l', ...defs.map(() => 'r' as const)],
    perGiRows(round, lang).map(({ shownName, result: g }) =>
      [shownName, ...defs.map((d) => formatIndicator(g?.indicators[d.id]?.value ?? null, d, 'gi', lang))])), '');
  out.push(`### ${word('delivery', lang)}`, '');
  out.push(...table([word('gi', lang), ...FIGURE_KEYS.map((k) => FIELD_SHORT[k][lang])], ['l', ...FIGURE_KEYS.map(() => 'l' as const)],
    round.aanleverstatus.map((d) => [d.gi, ...FIGURE_KEYS.map((k) => STATUS_MARK[d.fields[k]])])), '');
  out.push(mdText(word('deliveryLegend', lang)), '');
  return out;
}

/** A Markdown report with pipe tables, for pandoc (docx, pdf) and for reading as it is. */
export function renderMarkdown(report: Report, options: MarkdownOptions): string {
  const { lang } = options;
  const nationalOnly = Boolean(options.nationalOnly);
  const out = [`# ${word('title', lang)}`, ''];
  for (const round of report.rounds) out.push(...roundSection(round, lang, nationalOnly));
  out.push(`${word('target', lang)}: ${targetText(report, lang)}. ${mdText(word('notDelivered', lang))}.`, '');
  out.push(`## ${word('sources', lang)}`, '');
  out.push(...table([word('file', lang), 'SHA-256'], ['l', 'l'], report.inputs.map((i) => [printable(i.path), i.sha256])), '');
  out.push(`${word('tool', lang)} ${mdText(`${report.tool.name} ${report.tool.version}`)}, ${word('definitions', lang)} ${report.definitions_version}. ${word('options', lang)}: ${mdText(optionPairs(report).map(([k, v]) => `${k}=${v}`).join(', '))}.`, '');
  if (!nationalOnly && report.issues.length > 0) {
    out.push(`## ${word('issues', lang)}`, '');
    for (const i of report.issues) out.push(`- ${word(i.severity, lang)}: ${mdText(issueLine(i, lang, false))}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
