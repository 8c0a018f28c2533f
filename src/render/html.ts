import { printable } from '../domain/messages.js';
import { REPORT_MARK, type Lang, type Report, type Round } from '../domain/model.js';
import { FIGURE_KEYS } from '../domain/fields.js';
import { formatIndicator } from './numbers.js';
import { esc } from './html-escape.js';
import { htmlSection, htmlTable, trendCharts, workloadChart } from './html-parts.js';
import { changeSection, overTimeSections } from './section-rows.js';
import { HTML_STYLE } from './html-style.js';
import { FIELD_ABBR, FIELD_SHORT, GI_COLUMN_DEFS, shortLabel, STATUS_MARK, statusWord } from './labels.js';
import { issueLine } from './issue-line.js';
import { perGiRows, roundTitle, submittedInMonitor, targetText } from './report-rows.js';
import { nationalTable, partialNote } from './publication.js';
import { optionsSentence } from './option-words.js';
import { coverageText, word } from './words.js';

export interface HtmlOptions {
  lang: Lang;
  nationalOnly?: boolean;
}

function deliveryTable(round: Round, lang: Lang): string {
  const head = [`<th scope="col">${esc(word('gi', lang))}</th>`, ...FIGURE_KEYS.map((k) => `<th scope="col" title="${esc(FIELD_SHORT[k][lang])}">${esc(FIELD_ABBR[k][lang])}</th>`)].join('');
  const rows = round.aanleverstatus.map((d) => `<tr><th scope="row">${esc(d.gi)}</th>${FIGURE_KEYS.map((k) => {
    const s = d.fields[k];
    return `<td class="status ${s}" title="${esc(statusWord(s, lang))}">${esc(STATUS_MARK[s])}</td>`;
  }).join('')}</tr>`);
  return [`<table class="delivery">`, `<thead><tr>${head}</tr></thead>`, '<tbody>', ...rows, '</tbody>', '</table>', `<p class="note">${esc(word('deliveryLegend', lang))}</p>`].join('\n');
}

function roundSection(report: Report, round: Round, n: number, lang: Lang, nationalOnly: boolean): string[] {
  const out = [`<h2>${esc(roundTitle(round, lang))}</h2>`];
  out.push(`<h3>${esc(`${word('keyFigures', lang)} — ${word('national', lang)} (${coverageText(submittedInMonitor(round), round.expected.length, lang)})`)}</h3>`);
  const national = nationalTable(round, lang, nationalOnly);
  out.push(htmlTable(national.header, national.rows, national.numeric));
  const note = nationalOnly ? partialNote(round, lang) : null;
  if (note) out.push(`<p class="note">${esc(note)}</p>`);
  if (round.waiting_rule) out.push(`<p class="note">${esc(`${word('waitingRule', lang)}: ${round.waiting_rule.description}`)}</p>`);
  const changes = changeSection(round, lang);
  if (changes) out.push(...htmlSection(changes, 'h3'));
  if (nationalOnly) return out;
  const defs = GI_COLUMN_DEFS;
  out.push(`<h3>${esc(word('perGi', lang))}</h3>`);
  // Short headers keep the table within a printed page; the units are in the national table above.
  out.push(htmlTable([word('gi', lang), ...defs.map((d) => shortLabel(d, lang))], perGiRows(round, lang).map(({ shownName, result: g }) =>
    [shownName, ...defs.map((d) => formatIndicator(g?.indicators[d.id]?.value ?? null, d, 'gi', lang))]), [false, ...defs.map(() => true)]));
  out.push(...workloadChart(report, round, lang, n));
  out.push(`<h3>${esc(word('delivery', lang))}</h3>`, deliveryTable(round, lang));
  return out;
}

function sourcesSection(report: Report, lang: Lang, nationalOnly: boolean): string[] {
  const out = [`<h2>${esc(word('sources', lang))}</h2>`];
  out.push(`<p>${esc(`${word('target', lang)}: ${targetText(report, lang)}. ${word('notDelivered', lang)}.`)}</p>`);
  out.push(htmlTable([word('file', lang), 'SHA-256'], report.inputs.map((i) => [printable(i.path), i.sha256]), [false, false]));
  out.push(`<p>${esc(`${word('tool', lang)} ${report.tool.name} ${report.tool.version}, ${word('definitions', lang)} ${report.definitions_version}. ${word('options', lang)}: ${optionsSentence(report, lang)}.`)}</p>`);
  if (!nationalOnly && report.issues.length > 0) {
    out.push(`<h2>${esc(word('issues', lang))}</h2>`, '<ul>', ...report.issues.map((i) => `<li>${esc(`${word(i.severity, lang)}: ${issueLine(i, lang, false)}`)}</li>`), '</ul>');
  }
  return out;
}

/**
 * One self-contained page (no external assets, no script): key figures and their changes, the
 * per-GI table, the aanleverstatus and SVG charts (each with its data table), then the sections
 * the terminal table shows after the rounds. Every text is escaped.
 */
export function renderHtml(report: Report, options: HtmlOptions): string {
  const { lang } = options;
  const nationalOnly = Boolean(options.nationalOnly);
  const body: string[] = [`<h1>${esc(word('title', lang))}</h1>`];
  report.rounds.forEach((round, n) => body.push(...roundSection(report, round, n, lang, nationalOnly)));
  if (report.rounds.length > 1) body.push(`<h2>${esc(word('trend', lang))}</h2>`, ...trendCharts(report, lang));
  for (const section of overTimeSections(report, lang, nationalOnly)) body.push(...htmlSection(section, 'h2'));
  body.push(...sourcesSection(report, lang, nationalOnly));
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${REPORT_MARK} ${esc(report.tool.version)}">`,
    `<title>${esc(word('title', lang))}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
