import { printable } from '../domain/messages.js';
import type { Lang, Report, Round } from '../domain/model.js';
import { FIGURE_KEYS } from '../domain/fields.js';
import { formatIndicator } from './numbers.js';
import { FIELD_SHORT, GI_COLUMN_DEFS, shortLabel, STATUS_MARK } from './labels.js';
import { issueLine } from './issue-line.js';
import { perGiRows, roundTitle, submittedInMonitor, targetText } from './report-rows.js';
import { changeSection, overTimeSections, sectionTexts, type SectionTable } from './section-rows.js';
import { nationalTable, partialNote } from './publication.js';
import { optionsSentence } from './option-words.js';
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

/** A section (changes, target over time, re-deliveries, comparison) under its heading; a section without rows is its heading alone. */
function section(s: SectionTable, level: string): string[] {
  const [head = [], ...rows] = sectionTexts(s);
  return [`${level} ${mdText(s.title)}`, '', ...(rows.length ? [...table(head, s.align.map((a) => (a === 'right' ? 'r' : 'l')), rows), ''] : [])];
}

function roundSection(round: Round, lang: Lang, nationalOnly: boolean): string[] {
  const out = [`## ${mdText(roundTitle(round, lang))}`, ''];
  out.push(`### ${word('national', lang)} (${coverageText(submittedInMonitor(round), round.expected.length, lang)})`, '');
  const national = nationalTable(round, lang, nationalOnly);
  out.push(...table(national.header, national.numeric.map((n) => (n ? 'r' : 'l')), national.rows), '');
  const note = nationalOnly ? partialNote(round, lang) : null;
  if (note) out.push(mdText(note), '');
  if (round.waiting_rule) out.push(`${word('waitingRule', lang)}: ${mdText(round.waiting_rule.description)}`, '');
  const changes = changeSection(round, lang);
  if (changes) out.push(...section(changes, '###'));
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
  for (const s of overTimeSections(report, lang, nationalOnly)) out.push(...section(s, '##'));
  out.push(`${word('target', lang)}: ${targetText(report, lang)}. ${mdText(word('notDelivered', lang))}.`, '');
  out.push(`## ${word('sources', lang)}`, '');
  out.push(...table([word('file', lang), 'SHA-256'], ['l', 'l'], report.inputs.map((i) => [printable(i.path), i.sha256])), '');
  out.push(`${word('tool', lang)} ${mdText(`${report.tool.name} ${report.tool.version}`)}, ${word('definitions', lang)} ${report.definitions_version}. ${word('options', lang)}: ${mdText(optionsSentence(report, lang))}.`, '');
  if (!nationalOnly && report.issues.length > 0) {
    out.push(`## ${word('issues', lang)}`, '');
    for (const i of report.issues) out.push(`- ${word(i.severity, lang)}: ${mdText(issueLine(i, lang, false))}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
