import type { Paragraph, Table } from 'docx';
import type { FieldKey, Lang, Report } from '../domain/model.js';
import { indicator, INDICATORS } from '../domain/indicators.js';
import { formatLongDate } from '../domain/calendar.js';
import { FIELD_BY_KEY } from '../domain/fields.js';
import { gap, heading1, heading2, note, paragraph, SIZE, table, TEXT_WIDTH, type Cell } from './docx-parts.js';
import { shortDate } from './docx-charts.js';
import type { DocxContext } from './docx-round.js';
import { DW } from './docx-words.js';
import { issueLine } from './issue-line.js';
import { labelOf } from './labels.js';
import { AT_LEAST, formatNumber, NOT_AVAILABLE } from './numbers.js';
import { targetText } from './report-rows.js';
import { OVER_TIME_WORDS as T, VERDICT_WORDS } from './table-over-time.js';
import { word } from './words.js';

type Block = Paragraph | Table;
/** The appendix is on landscape pages: its tables (sources, file hashes) are wide. */
const W = TEXT_WIDTH.landscape;

/** Published figures (--compare) against the computed ones, at the published decimals. */
function comparison(report: Report, lang: Lang): Block[] {
  if (!report.comparison) return [];
  const rows: Cell[][] = report.comparison.map((c) => {
    const def = indicator(c.indicator);
    const pct = def.display === 'percent' ? '%' : '';
    const computed = c.computed === null ? NOT_AVAILABLE : `${c.lower_bound ? `${AT_LEAST[lang]} ` : ''}${formatNumber(c.computed, c.decimals + 2, lang)}${pct}`;
    return [shortDate(c.peildatum, lang), labelOf(def, lang), `${formatNumber(c.published, c.decimals, lang)}${pct}`, computed, c.verdict === null ? T.notComputed[lang] : VERDICT_WORDS[c.verdict][lang], c.source];
  });
  return [heading2(T.comparison[lang]), table({
    header: [T.peildatum[lang], T.indicator[lang], T.published[lang], T.computed[lang], T.verdict[lang], T.source[lang]],
    rows, widths: [8, 26, 9, 12, 15, 30], align: ['l', 'l', 'r', 'r', 'l', 'l'], width: W, size: SIZE.note,
  }), gap()];
}

function revisionFigure(field: string, value: number | null, lang: Lang): string {
  if (value === null) return NOT_AVAILABLE;
  const type = FIELD_BY_KEY.get(field as FieldKey)?.type;
  if (type === 'percent') return formatNumber(value, 1, lang, true);
  return formatNumber(value, type === 'fte' ? 1 : 0, lang);
}

/** What re-deliveries changed (--revisions latest). */
function revisions(report: Report, ctx: DocxContext): Block[] {
  const { lang } = ctx;
  if (!report.revisions) return [];
  const head = heading2(`${T.revisions[lang]}: ${report.revisions.length}`);
  if (report.revisions.length === 0) return [head];
  const rows: Cell[][] = report.revisions.map((r) => [
    r.gi, formatLongDate(r.peildatum, lang), FIELD_BY_KEY.get(r.field as FieldKey)?.label[lang] ?? r.field,
    revisionFigure(r.field, r.old, lang), revisionFigure(r.field, r.new, lang), `${r.old_file ?? ''} → ${r.new_file ?? ''}`,
  ]);
  return [head, table({
    header: [T.gi[lang], T.peildatum[lang], T.field[lang], T.old[lang], T.new[lang], T.files[lang]],
    rows, widths: [20, 13, 20, 9, 9, 29], align: ['l', 'l', 'l', 'r', 'r', 'l'], width: W,
  }), gap()];
}

function definitions(lang: Lang): Block[] {
  return [heading2(word('definitionsTitle', lang)), table({
    header: [word('indicator', lang), word('formula', lang), word('unit', lang)],
    rows: INDICATORS.map((d) => [labelOf(d, lang), d.formula[lang], d.unit[lang]]),
    widths: [32, 56, 12], align: ['l', 'l', 'l'], width: W, size: SIZE.note,
  })];
}

/** An option as the user typed it: --norm, --alleen-landelijk. */
function optionRow(key: string, value: string | number | boolean | null, lang: Lang): Cell[] {
  const name = key === 'compare_sha256' ? DW.compareHash[lang] : `--${key.replace(/_/gu, '-')}`;
  const shown = value === null ? DW.notGiven[lang] : typeof value === 'boolean' ? word(value ? 'yes' : 'no', lang)
    : typeof value === 'number' ? formatNumber(value, Number.isInteger(value) ? 0 : 2, lang) : value;
  return [name, shown];
}

/** A publication lists inputs by file name only: no local folders. */
const shownPath = (p: string, nationalOnly: boolean): string => (nationalOnly ? p.slice(p.lastIndexOf('/') + 1) : p);

/** Provenance: tool and definitions, options, waiting rules, every input with its SHA-256, and the issues. */
function sources(report: Report, ctx: DocxContext): Block[] {
  const { lang, nationalOnly } = ctx;
  const out: Block[] = [heading2(word('sources', lang))];
  out.push(paragraph(`${DW.madeWith[lang]} ${report.tool.name} ${report.tool.version}, ${word('definitions', lang)} ${report.definitions_version}. ${word('target', lang)}: ${targetText(report, lang)}.`));
  out.push(table({
    header: [DW.option[lang], word('value', lang)],
    rows: Object.keys(report.options).sort().map((k) => optionRow(k, report.options[k] ?? null, lang)),
    widths: [30, 70], align: ['l', 'l'], width: W,
  }), gap());
  for (const round of report.rounds) {
    if (round.waiting_rule) out.push(paragraph(`${word('waitingRule', lang)} ${formatLongDate(round.peildatum, lang)}: ${round.waiting_rule.description}`));
  }
  out.push(table({
    header: [word('file', lang), 'SHA-256'],
    rows: report.inputs.map((i) => [shownPath(i.path, nationalOnly), i.sha256]),
    widths: [50, 50], align: ['l', 'l'], width: W, size: SIZE.note,
  }), gap());
  // Issues name GIs' files and cells: not in a publication (--alleen-landelijk).
  if (!nationalOnly && report.issues.length > 0) {
    out.push(heading2(word('issues', lang)));
    for (const i of report.issues) out.push(note(`${word(i.severity, lang)}: ${issueLine(i, lang, false)}`));
  }
  return out;
}

/** The closing chapter: comparison, re-deliveries, definitions and provenance. */
export function appendixChapter(report: Report, ctx: DocxContext): Block[] {
  return [heading1(DW.appendix[ctx.lang]), ...comparison(report, ctx.lang), ...revisions(report, ctx), ...definitions(ctx.lang), gap(), ...sources(report, ctx)];
}
