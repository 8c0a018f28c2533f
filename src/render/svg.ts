import type { Lang } from '../domain/model.js';
import { esc } from './html-escape.js';
import { datePositions, layoutLabels, lineHeight, shortDateLabels, textWidth, tickLabel, valueAxis, type Axis } from './chart-axes.js';

/**
 * Hand-written SVG charts: deterministic (coordinates at one decimal), no script, readable
 * colours. Every chart carries a <title> and a <desc> as its text alternative; the page puts the
 * data table beside it. Axes, ticks and label layout come from chart-axes.ts.
 */

export interface ChartItem {
  label: string;
  value: number | null;
  /** The value as the reader sees it (formatted in the report language). */
  shown: string;
}

const FONT = 11;
const INK = '#111111';
const MUTED = '#444444';
const GRID = '#d9d9d9';
const SERIES = '#1f4e79';
const TARGET = '#b00020';

const c = (n: number): string => (Math.round(n * 10) / 10).toFixed(1);

function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${c(x)}" y="${c(y)}" font-size="${FONT}"${attrs ? ` ${attrs}` : ''}>${esc(content)}</text>`;
}

function frame(id: string, width: number, height: number, title: string, desc: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${Math.ceil(width)}" height="${Math.ceil(height)}" viewBox="0 0 ${Math.ceil(width)} ${Math.ceil(height)}" font-family="Arial, Helvetica, sans-serif" aria-labelledby="${id}-t ${id}-d">`,
    `<title id="${id}-t">${esc(title)}</title>`,
    `<desc id="${id}-d">${esc(desc)}</desc>`,
    `<rect x="0" y="0" width="${Math.ceil(width)}" height="${Math.ceil(height)}" fill="#ffffff"/>`,
    ...body,
    '</svg>',
  ].join('\n');
}

/** The labels of a value axis, formatted once so their widths can be measured. */
function axisLabels(axis: Axis, lang: Lang, percent: boolean): string[] {
  return axis.ticks.map((t) => tickLabel(axis, t, lang, percent));
}

export interface BarChart {
  id: string;
  title: string;
  desc: string;
  lang: Lang;
  items: readonly ChartItem[];
  target?: { value: number; label: string };
  percent?: boolean;
}

/**
 * Horizontal bars from zero, one per item, on a value axis with ticks and gridlines; the value
 * stands at the end of each bar ("–" where there is none) and a dashed line marks the target.
 */
export function barChartSvg(chart: BarChart): string {
  const percent = Boolean(chart.percent);
  const labelWidth = Math.ceil(Math.max(100, ...chart.items.map((i) => textWidth(i.label, FONT))) + 10);
  const valueRoom = Math.ceil(Math.max(30, ...chart.items.map((i) => textWidth(i.shown, FONT))) + 8);
  const plot = 260;
  const row = 22;
  const top = 10;
  const bottom = top + chart.items.length * row;
  const axis = valueAxis([...chart.items.map((i) => i.value ?? 0), chart.target?.value ?? 0], { percent });
  const x = (v: number) => labelWidth + ((v - axis.lo) / (axis.hi - axis.lo)) * plot;
  const ticks = axisLabels(axis, chart.lang, percent);
  const layout = layoutLabels(ticks, axis.ticks.map(x), FONT);
  const width = labelWidth + plot + Math.max(valueRoom, textWidth(ticks[ticks.length - 1] ?? '', FONT) / 2 + 4);
  const body: string[] = [];
  axis.ticks.forEach((t, k) => {
    body.push(`<line class="grid" x1="${c(x(t))}" y1="${top}" x2="${c(x(t))}" y2="${c(bottom + 4)}" stroke="${t === 0 ? MUTED : GRID}" stroke-width="1"/>`);
    if (layout.shown[k]) body.push(text(x(t), bottom + 4 + lineHeight(FONT), ticks[k] ?? '', `class="tick" text-anchor="middle" fill="${MUTED}"`));
  });
  chart.items.forEach((item, i) => {
    const y = top + i * row;
    body.push(text(labelWidth - 6, y + 15, item.label, `text-anchor="end" fill="${INK}"`));
    const end = item.value === null ? x(0) : x(item.value);
    if (item.value !== null) {
      body.push(`<rect class="bar" x="${c(Math.min(x(0), end))}" y="${c(y + 3)}" width="${c(Math.abs(end - x(0)))}" height="${row - 6}" fill="${SERIES}"/>`);
    }
    body.push(text(Math.max(end, x(0)) + 4, y + 15, item.shown, `fill="${INK}"`));
  });
  let height = bottom + 4 + layout.depth;
  if (chart.target) {
    const tx = x(chart.target.value);
    body.push(`<line class="target" x1="${c(tx)}" y1="${top - 4}" x2="${c(tx)}" y2="${c(bottom + 4)}" stroke="${TARGET}" stroke-width="2" stroke-dasharray="6 3"/>`);
    // The target's name on a line of its own below the ticks, kept inside the chart.
    const w = textWidth(chart.target.label, FONT);
    const lx = Math.min(Math.max(tx, w / 2 + 2), width - w / 2 - 2);
    body.push(text(lx, height + lineHeight(FONT) - 2, chart.target.label, `class="target-label" text-anchor="middle" fill="${TARGET}"`));
    height += lineHeight(FONT) + 4;
  }
  return frame(chart.id, width, height, chart.title, chart.desc, body);
}

export interface LinePoint extends ChartItem {
  /** The peildatum (ISO): points stand at their date, so a longer interval looks longer. */
  date: string;
}

export interface LineChart {
  id: string;
  title: string;
  desc: string;
  lang: Lang;
  /** One point per peildatum, in date order; value null = no figure for that round. */
  points: readonly LinePoint[];
  percent?: boolean;
  /** Said (as a tooltip) where a round has no figure: "geen cijfer". */
  gapLabel: string;
}

/**
 * One indicator over the peildata: a value axis from zero with ticks and gridlines, short date
 * labels that never touch, the line broken (with a dashed marker) where a round has no figure,
 * and the latest value written beside its point.
 */
export function lineChartSvg(chart: LineChart): string {
  const percent = Boolean(chart.percent);
  const values = chart.points.map((p) => p.value).filter((v): v is number => v !== null);
  const axis = valueAxis(values, { percent });
  const ticks = axisLabels(axis, chart.lang, percent);
  const labels = shortDateLabels(chart.points.map((p) => p.date), chart.lang);
  const labelWidths = labels.map((l) => textWidth(l, FONT));
  const left = Math.ceil(Math.max(Math.max(...ticks.map((t) => textWidth(t, FONT))) + 10, (labelWidths[0] ?? 0) / 2 + 4));
  const right = Math.ceil((labelWidths[labelWidths.length - 1] ?? 0) / 2 + 8);
  const width = 460;
  const top = lineHeight(FONT) + 8;
  const bottom = top + 140;
  const xs = datePositions(chart.points.map((p) => p.date), left, width - right);
  const y = (v: number) => bottom - ((v - axis.lo) / (axis.hi - axis.lo)) * (bottom - top);
  const layout = layoutLabels(labels, xs, FONT);
  const body: string[] = [];
  axis.ticks.forEach((t, k) => {
    body.push(`<line class="grid" x1="${left}" y1="${c(y(t))}" x2="${c(width - right)}" y2="${c(y(t))}" stroke="${t === 0 ? MUTED : GRID}" stroke-width="1"/>`);
    body.push(text(left - 6, y(t) + FONT * 0.35, ticks[k] ?? '', `class="tick" text-anchor="end" fill="${MUTED}"`));
  });
  body.push(`<line class="axis" x1="${left}" y1="${top}" x2="${left}" y2="${bottom}" stroke="${MUTED}" stroke-width="1"/>`);
  chart.points.forEach((p, i) => {
    const x = xs[i] ?? 0;
    body.push(`<line x1="${c(x)}" y1="${bottom}" x2="${c(x)}" y2="${bottom + 4}" stroke="${MUTED}" stroke-width="1"/>`);
    if (p.value === null) {
      body.push(`<line class="gap" x1="${c(x)}" y1="${top}" x2="${c(x)}" y2="${bottom}" stroke="#999999" stroke-width="1" stroke-dasharray="2 3"><title>${esc(`${labels[i] ?? ''}: ${chart.gapLabel}`)}</title></line>`);
    }
    if (!layout.shown[i]) return;
    const label = labels[i] ?? '';
    body.push(layout.rotated
      ? text(x + FONT * 0.35, bottom + 6, label, `class="date" text-anchor="end" fill="${MUTED}" transform="rotate(-90 ${c(x + FONT * 0.35)} ${c(bottom + 6)})"`)
      : text(x, bottom + 4 + lineHeight(FONT), label, `class="date" text-anchor="middle" fill="${MUTED}"`));
  });
  // The line runs through consecutive rounds that have a figure; a round without one breaks it.
  let run: string[] = [];
  const runs: string[][] = [];
  chart.points.forEach((p, i) => {
    if (p.value === null) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push(`${c(xs[i] ?? 0)},${c(y(p.value))}`);
  });
  if (run.length) runs.push(run);
  for (const r of runs) if (r.length > 1) body.push(`<polyline class="line" points="${r.join(' ')}" fill="none" stroke="${SERIES}" stroke-width="2"/>`);
  chart.points.forEach((p, i) => {
    if (p.value !== null) body.push(`<circle class="point" cx="${c(xs[i] ?? 0)}" cy="${c(y(p.value))}" r="3.5" fill="${SERIES}"/>`);
  });
  const last = chart.points.map((p) => p.value !== null).lastIndexOf(true);
  const lastPoint = chart.points[last];
  if (lastPoint && lastPoint.value !== null) {
    // Above the point, ending at it; below it when the point is at the top of the plot.
    const py = y(lastPoint.value);
    const ly = py - 8 >= top ? py - 8 : py + 8 + FONT;
    // Ending at the point, unless that would run into the value axis.
    const px = xs[last] ?? 0;
    const toLeft = px + 4 - textWidth(lastPoint.shown, FONT) > left + 2;
    body.push(text(toLeft ? px + 4 : px - 4, ly, lastPoint.shown, `class="value" text-anchor="${toLeft ? 'end' : 'start'}" fill="${SERIES}"`));
  }
  return frame(chart.id, width, bottom + layout.depth + 2, chart.title, chart.desc, body);
}
