import type { Paragraph, Table } from 'docx';
import type { Lang, Report } from '../domain/model.js';
import { printable } from '../domain/printable.js';
import { INDICATORS } from '../domain/indicators.js';
import { formatLongDate } from '../domain/calendar.js';
import { gap, heading1, heading2, note, paragraph, SIZE, table, TEXT_WIDTH, type Cell } from './docx-parts.js';
import type { DocxContext } from './docx-round.js';
import { DW } from './docx-words.js';
import { issueLine } from './issue-line.js';
import { labelOf } from './labels.js';
import { targetText } from './report-rows.js';
import { shortDate } from './docx-charts.js';
import { optionItems } from './option-words.js';
import { overTimeSections, type SectionTable } from './section-rows.js';
import { word } from './words.js';

type Block = Paragraph | Table;
/** The appendix is on landscape pages: its tables (sources, file hashes) are wide. */
const W = TEXT_WIDTH.landscape;

/** Column widths (percent of the page) of the appendix's sections. */
const SECTION_WIDTHS: Partial<Record<SectionTable['id'], number[]>> = {
  comparison: [8, 26, 9, 12, 15, 30],
  revisions: [20, 13, 20, 9, 9, 29],
};

/**
 * The comparison with published figures (--compare) and the re-deliveries (--revisions latest):
 * the rows every format shows (section-rows.ts), as Word tables.
 */
function sections(report: Report, ctx: DocxContext): Block[] {
  const { lang } = ctx;
  return overTimeSections(report, lang, ctx.nationalOnly).flatMap((s) => {
    const widths = SECTION_WIDTHS[s.id];
    if (!widths) return [];
    const head = heading2(s.title);
    if (s.rows.length === 0) return [head];
    const rows: Cell[][] = s.rows.map((r) => r.map((c) => (c.date ? shortDate(c.date, lang) : c.text)));
    return [head, table({ header: s.head, rows, widths, align: s.align.map((a) => (a === 'right' ? 'r' : 'l')), width: W, size: SIZE.note }), gap()];
  });
}

function definitions(lang: Lang): Block[] {
  return [heading2(word('definitionsTitle', lang)), table({
    header: [word('indicator', lang), word('formula', lang), word('unit', lang)],
    rows: INDICATORS.map((d) => [labelOf(d, lang), d.formula[lang], d.unit[lang]]),
    widths: [32, 56, 12], align: ['l', 'l', 'l'], width: W, size: SIZE.note,
  })];
}

/** Provenance: tool and definitions, options, waiting rules, every input with its SHA-256, and the issues. */
function sources(report: Report, ctx: DocxContext): Block[] {
  const { lang, nationalOnly } = ctx;
  const out: Block[] = [heading2(word('sources', lang))];
  out.push(paragraph(`${DW.madeWith[lang]} ${report.tool.name} ${report.tool.version}, ${word('definitions', lang)} ${report.definitions_version}. ${word('target', lang)}: ${targetText(report, lang)}.`));
  out.push(table({
    header: [DW.option[lang], word('value', lang)],
    rows: optionItems(report, lang).map((o) => [o.label, o.value]),
    widths: [30, 70], align: ['l', 'l'], width: W,
  }), gap());
  for (const round of report.rounds) {
    if (round.waiting_rule) out.push(paragraph(`${word('waitingRule', lang)} ${formatLongDate(round.peildatum, lang)}: ${round.waiting_rule.description}`));
  }
  out.push(table({
    header: [word('file', lang), 'SHA-256'],
    rows: report.inputs.map((i) => [printable(i.path), i.sha256]),
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
  return [heading1(DW.appendix[ctx.lang]), ...sections(report, ctx), ...definitions(ctx.lang), gap(), ...sources(report, ctx)];
}
