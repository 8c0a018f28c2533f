import type { Lang, Report, Round } from '../domain/model.js';
import { indicator, INDICATORS } from '../domain/indicators.js';
import { formatLongDate } from '../domain/calendar.js';
import { formatIndicator } from './numbers.js';
import { esc } from './html-escape.js';
import { barChartSvg, lineChartSvg, type ChartItem, type LinePoint } from './svg.js';
import { labelOf } from './labels.js';
import { normText, shownValue } from './report-rows.js';
import { sectionTexts, type SectionTable } from './section-rows.js';
import { word } from './words.js';

/** A table with real header cells; `num` marks the columns aligned right. */
export function htmlTable(header: readonly string[], rows: readonly string[][], num: readonly boolean[], caption?: string): string {
  const th = header.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((cell, i) => (i === 0 ? `<th scope="row">${esc(cell)}</th>` : `<td${num[i] ? ' class="num"' : ''}>${esc(cell)}</td>`)).join('')}</tr>`);
  return [`<table>${caption ? `<caption>${esc(caption)}</caption>` : ''}`, `<thead><tr>${th}</tr></thead>`, '<tbody>', ...body, '</tbody>', '</table>'].join('\n');
}

/** A section (changes, target over time, re-deliveries, comparison) under its heading; a section without rows is its heading alone. */
export function htmlSection(section: SectionTable, heading: 'h2' | 'h3'): string[] {
  const [head = [], ...rows] = sectionTexts(section);
  const table = rows.length ? [htmlTable(head, rows, section.align.map((a) => a === 'right'))] : [];
  return [`<${heading}>${esc(section.title)}</${heading}>`, ...table];
}

function describe(title: string, items: readonly ChartItem[], extra = ''): string {
  return `${title}: ${items.map((i) => `${i.label} ${i.shown}`).join('; ')}${extra}.`;
}

/**
 * The workload of every expected GI against the target line, with its data table beside it;
 * nothing when no GI has a workload that round (the per-GI table already shows the gaps).
 */
export function workloadChart(report: Report, round: Round, lang: Lang, n: number): string[] {
  const def = indicator('organisatieworkload');
  const items: ChartItem[] = round.expected.map((gi) => {
    const v = round.gis.find((g) => g.gi === gi)?.indicators[def.id]?.value ?? null;
    return { label: gi, value: v, shown: formatIndicator(v, def, 'gi', lang) };
  });
  if (items.every((i) => i.value === null)) return [];
  const norm = normText(report, lang);
  const title = `${def.label[lang]} ${lang === 'nl' ? 'per GI' : 'by GI'}, ${formatLongDate(round.peildatum, lang)}`;
  const targetLabel = `${word('target', lang)} ${norm}`;
  const svg = barChartSvg({
    id: `workload-${n}`, title, desc: describe(title, items, `; ${targetLabel}`), items, lang,
    target: { value: report.options.norm, label: targetLabel },
  });
  const table = htmlTable([word('gi', lang), def.unit[lang]], items.map((i) => [i.label, i.shown]), [false, true], word('chartData', lang));
  return [`<div class="chart">\n<figure>\n<figcaption>${esc(title)}</figcaption>\n${svg}\n</figure>\n${table}\n</div>`];
}

/** Each national indicator over the peildata (only with several), each with its data table. */
export function trendCharts(report: Report, lang: Lang): string[] {
  return INDICATORS.flatMap((def, n) => {
    const items: LinePoint[] = report.rounds.map((r) => {
      const v = r.national[def.id];
      return { date: r.peildatum, label: formatLongDate(r.peildatum, lang), value: v?.value ?? null, shown: shownValue(v?.value ?? null, v?.lower_bound, def, 'national', lang) };
    });
    if (items.filter((i) => i.value !== null).length < 2) return [];
    const title = labelOf(def, lang);
    const svg = lineChartSvg({ id: `trend-${n}`, title, desc: describe(title, items), points: items, lang, percent: def.display === 'percent', gapLabel: word('noFigure', lang) });
    const table = htmlTable([word('peildatum', lang), title], items.map((i) => [i.label, i.shown]), [false, true], word('chartData', lang));
    return [`<div class="chart">\n<figure>\n<figcaption>${esc(title)}</figcaption>\n${svg}\n</figure>\n${table}\n</div>`];
  });
}
