import { esc } from './html-escape.js';

/**
 * Hand-written SVG charts: deterministic (coordinates at one decimal), no script, no external
 * font, readable colours. Every chart carries a <title> and a <desc> as its text alternative;
 * the page puts the data table beside it.
 */

export interface ChartItem {
  label: string;
  value: number | null;
  /** The value as the reader sees it (formatted in the report language). */
  shown: string;
}

const c = (n: number): string => (Math.round(n * 10) / 10).toFixed(1);

/** A round upper end for an axis: 1, 2, 2.5, 5 × 10^k. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= max) return m * p;
  return 10 * p;
}

function frame(id: string, width: number, height: number, title: string, desc: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" aria-labelledby="${id}-t ${id}-d">`,
    `<title id="${id}-t">${esc(title)}</title>`,
    `<desc id="${id}-d">${esc(desc)}</desc>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    ...body,
    '</svg>',
  ].join('\n');
}

export interface BarChart {
  id: string;
  title: string;
  desc: string;
  items: readonly ChartItem[];
  target?: { value: number; label: string };
  /** Axis tick labels, formatted by the caller. */
  tick: (value: number) => string;
}

/** Horizontal bars, one per item, with an optional vertical target line. */
export function barChartSvg(chart: BarChart): string {
  // Room for the longest label at about 6.2 px per character of 11 px Arial/DejaVu.
  const labelWidth = Math.round(Math.min(360, Math.max(120, Math.max(...chart.items.map((i) => [...i.label].length)) * 6.2 + 12)));
  const plot = 240;
  const row = 22;
  const top = 10;
  const width = labelWidth + plot + 60;
  const height = top + chart.items.length * row + 40;
  const values = chart.items.map((i) => i.value ?? 0);
  const max = niceMax(Math.max(...values, chart.target?.value ?? 0) * 1.05);
  const x = (v: number) => labelWidth + (v / max) * plot;
  const body: string[] = [];
  for (let t = 0; t <= 4; t++) {
    const v = (max * t) / 4;
    body.push(`<line x1="${c(x(v))}" y1="${top}" x2="${c(x(v))}" y2="${c(top + chart.items.length * row)}" stroke="#d0d0d0" stroke-width="1"/>`);
    body.push(`<text x="${c(x(v))}" y="${c(top + chart.items.length * row + 16)}" font-size="11" text-anchor="middle" fill="#333333">${esc(chart.tick(v))}</text>`);
  }
  chart.items.forEach((item, i) => {
    const y = top + i * row;
    body.push(`<text x="${labelWidth - 6}" y="${c(y + 15)}" font-size="11" text-anchor="end" fill="#111111">${esc(item.label)}</text>`);
    if (item.value !== null) {
      body.push(`<rect class="bar" x="${labelWidth}" y="${c(y + 3)}" width="${c(Math.max(0, x(item.value) - labelWidth))}" height="${row - 6}" fill="#1f4e79"/>`);
    }
    body.push(`<text x="${c((item.value === null ? labelWidth : x(item.value)) + 4)}" y="${c(y + 15)}" font-size="11" fill="#111111">${esc(item.shown)}</text>`);
  });
  if (chart.target) {
    const tx = x(chart.target.value);
    body.push(`<line class="target" x1="${c(tx)}" y1="${top - 4}" x2="${c(tx)}" y2="${c(top + chart.items.length * row)}" stroke="#b00020" stroke-width="2" stroke-dasharray="6 3"/>`);
    body.push(`<text x="${c(tx)}" y="${c(top + chart.items.length * row + 32)}" font-size="11" text-anchor="middle" fill="#b00020">${esc(chart.target.label)}</text>`);
  }
  return frame(chart.id, width, height, chart.title, chart.desc, body);
}

export interface LineChart {
  id: string;
  title: string;
  desc: string;
  /** One point per peildatum, in date order. */
  points: readonly ChartItem[];
}

/** One indicator over the peildata: a line through the points that have a value, each labelled. */
export function lineChartSvg(chart: LineChart): string {
  const width = 420;
  const height = 190;
  const left = 20;
  const right = 20;
  const top = 24;
  const bottom = 150;
  const values = chart.points.map((p) => p.value).filter((v): v is number => v !== null);
  const lo = Math.min(0, ...values);
  const hi = niceMax(Math.max(...values, 0) * 1.1);
  const step = chart.points.length > 1 ? (width - left - right) / (chart.points.length - 1) : 0;
  const x = (i: number) => (chart.points.length > 1 ? left + i * step : width / 2);
  const y = (v: number) => bottom - ((v - lo) / (hi - lo || 1)) * (bottom - top);
  const body: string[] = [`<line x1="${left}" y1="${bottom}" x2="${width - right}" y2="${bottom}" stroke="#999999" stroke-width="1"/>`];
  const path = chart.points.flatMap((p, i) => (p.value === null ? [] : [`${c(x(i))},${c(y(p.value))}`]));
  if (path.length > 1) body.push(`<polyline class="line" points="${path.join(' ')}" fill="none" stroke="#1f4e79" stroke-width="2"/>`);
  chart.points.forEach((p, i) => {
    const anchor = i === 0 ? 'start' : i === chart.points.length - 1 ? 'end' : 'middle';
    body.push(`<text x="${c(x(i))}" y="${bottom + 18}" font-size="11" text-anchor="${anchor}" fill="#333333">${esc(p.label)}</text>`);
    if (p.value === null) return;
    body.push(`<circle class="point" cx="${c(x(i))}" cy="${c(y(p.value))}" r="4" fill="#1f4e79"/>`);
    body.push(`<text x="${c(x(i))}" y="${c(y(p.value) - 8)}" font-size="11" text-anchor="${anchor}" fill="#111111">${esc(p.shown)}</text>`);
  });
  return frame(chart.id, width, height, chart.title, chart.desc, body);
}
