import { Paragraph, Table, TableCell, TableRow, WidthType, BorderStyle } from 'docx';
import type { Lang, Report } from '../domain/model.js';
import { INDICATORS } from '../domain/indicators.js';
import { gap, heading1, heading2, note, table, TEXT_WIDTH, type Cell } from './docx-parts.js';
import { trendChart, shortDate, type DrawingIds } from './docx-charts.js';
import type { DocxContext } from './docx-round.js';
import { DW } from './docx-words.js';
import { labelOf } from './labels.js';
import { shownValue } from './report-rows.js';
import { overTimeSections } from './section-rows.js';
import { word } from './words.js';

/** Indicators as rows, peildata as columns: the table of the letters' appendix. */
function trendTable(report: Report, lang: Lang): Table {
  const rows: Cell[][] = INDICATORS.map((def) => [labelOf(def, lang), ...report.rounds.map((r) => {
    const v = r.national[def.id];
    return shownValue(v?.value ?? null, v?.lower_bound, def, 'national', lang);
  })]);
  const n = report.rounds.length;
  return table({
    header: [word('indicator', lang), ...report.rounds.map((r) => shortDate(r.peildatum, lang))],
    rows, widths: [40, ...report.rounds.map(() => 60 / n)], align: ['l', ...report.rounds.map(() => 'r' as const)], width: TEXT_WIDTH.portrait,
  });
}

/**
 * The target over time — GIs above it per peildatum and (unless a publication) each GI's workload
 * minus the target — from the rows every format shows (section-rows.ts), with short dates.
 */
function targetBlock(report: Report, lang: Lang, nationalOnly: boolean): (Paragraph | Table)[] {
  const target = overTimeSections(report, lang, nationalOnly).find((s) => s.id === 'target');
  if (!target) return [];
  const n = report.rounds.length;
  return [heading2(target.title), table({
    header: target.head.map((h, i) => { const iso = target.headDates?.[i]; return iso ? shortDate(iso, lang) : h; }),
    rows: target.rows.map((r) => r.map((c) => c.text)),
    widths: [40, ...report.rounds.map(() => 60 / n)], align: target.align.map((a) => (a === 'right' ? 'r' : 'l')), width: TEXT_WIDTH.portrait,
  }), gap()];
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

/** The trend charts three in a row, in a borderless layout table, so that they fill one page. */
function chartGrid(report: Report, lang: Lang, ids: DrawingIds): (Paragraph | Table)[] {
  const defs = INDICATORS.filter((d) => d.trendSentence).sort((a, b) => (a.trendSentence?.order ?? 0) - (b.trendSentence?.order ?? 0));
  const third = Math.floor(TEXT_WIDTH.portrait / 3);
  const charts = defs.flatMap((def) => {
    const c = trendChart(report, def, lang, ids, { width: 205, height: 165 });
    return c ? [c] : [];
  });
  if (charts.length === 0) return [];
  const rows: TableRow[] = [];
  for (let i = 0; i < charts.length; i += 3) {
    rows.push(new TableRow({
      cantSplit: true,
      children: [charts[i], charts[i + 1], charts[i + 2]].map((c) => new TableCell({
        width: { size: third, type: WidthType.DXA },
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
        children: [new Paragraph({ children: c ? [c] : [] })],
      })),
    }));
  }
  const borders = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };
  return [heading2(DW.charts[lang], true), note(DW.chartNote[lang]), new Table({ width: { size: third * 3, type: WidthType.DXA }, columnWidths: [third, third, third], borders, rows })];
}

/** With several peildata: the trend table, the target over time, and a chart per key figure. */
export function trendChapter(report: Report, ctx: DocxContext, ids: DrawingIds): (Paragraph | Table)[] {
  if (report.rounds.length < 2) return [];
  const { lang } = ctx;
  return [
    heading1(DW.trendTitle[lang]),
    heading2(DW.trendTable[lang]), trendTable(report, lang), note(DW.trendNote[lang]),
    ...targetBlock(report, lang, ctx.nationalOnly),
    ...chartGrid(report, lang, ids),
  ];
}
