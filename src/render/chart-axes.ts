import type { Lang } from '../domain/model.js';
import { dayNumberFromIso } from '../domain/calendar.js';
import { formatNumber } from './numbers.js';

/**
 * The geometry of a chart's axes, apart from how it is drawn: tick values and their labels, date
 * positions and a layout of axis labels that never overlap. Pure and format-free, so the html
 * (SVG) and a Word renderer place the same ticks and labels.
 */

export interface Axis {
  /** The ends of the axis: round numbers, 0 always inside (a count never starts above zero). */
  lo: number;
  hi: number;
  step: number;
  ticks: number[];
  /** Decimals of the tick labels: enough to tell two ticks apart, no more. */
  decimals: number;
}

const NICE_STEPS = [1, 2, 2.5, 5, 10];

/** Rid a multiple of a step of binary noise (0.1 × 3 = 0.30000000000000004). */
const clean = (n: number): number => Number(n.toPrecision(12));

/** The number of decimals a step needs: 2,5 → 1, 0,25 → 2, 500 → 0. */
export function stepDecimals(step: number): number {
  const text = String(clean(step));
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/**
 * A value axis from 0 (or below, for negative values) to a round number above the largest
 * value, with about `target` ticks at steps of 1, 2, 2,5 or 5 × 10^k. `percent`: the values are
 * fractions shown as percentages, so the tick decimals count in percent.
 */
export function valueAxis(values: readonly number[], options: { target?: number; percent?: boolean } = {}): Axis {
  const finite = values.filter((v) => Number.isFinite(v));
  let lo = Math.min(0, ...finite);
  let hi = Math.max(0, ...finite);
  if (hi === lo) hi = lo + 1;
  const intervals = Math.max(1, (options.target ?? 5) - 1);
  const raw = (hi - lo) / intervals;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = clean((NICE_STEPS.find((m) => m * p >= raw) ?? 10) * p);
  lo = clean(Math.floor(clean(lo / step)) * step);
  hi = clean(Math.ceil(clean(hi / step)) * step);
  const ticks: number[] = [];
  for (let k = 0; clean(lo + k * step) <= hi; k++) ticks.push(clean(lo + k * step));
  return { lo, hi, step, ticks, decimals: stepDecimals(options.percent ? step * 100 : step) };
}

/** A tick's label in the report language: "2.500", "2,5", "15%", "2,5%". */
export function tickLabel(axis: Axis, value: number, lang: Lang, percent = false): string {
  return formatNumber(value, axis.decimals, lang, percent);
}

const SHORT_MONTHS: Record<Lang, readonly string[]> = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/**
 * Short labels for peildata: "dec 2022" (nl) or "Dec 2022" (en); with the day ("1 dec 2022")
 * when two dates fall in one month, so that no two labels read the same.
 */
export function shortDateLabels(isoDates: readonly string[], lang: Lang): string[] {
  const parts = isoDates.map((iso) => iso.split('-').map(Number));
  const month = parts.map(([y, m]) => `${SHORT_MONTHS[lang][(m ?? 1) - 1] ?? ''} ${y ?? ''}`);
  if (new Set(month).size === month.length) return month;
  return parts.map(([, , d], i) => `${d ?? ''} ${month[i] ?? ''}`);
}

/**
 * Positions of dates on an axis from `x0` to `x1`, proportional to the days between them (a gap
 * of a year looks like one); a single date sits in the middle.
 */
export function datePositions(isoDates: readonly string[], x0: number, x1: number): number[] {
  const days = isoDates.map((d) => dayNumberFromIso(d) ?? 0);
  const first = Math.min(...days);
  const span = Math.max(...days) - first;
  return days.map((d) => (span > 0 ? x0 + ((d - first) / span) * (x1 - x0) : (x0 + x1) / 2));
}

/* Advance widths of DejaVu Sans (the widest common fallback for Arial), in em, rounded up. */
const NARROW = new Set([...' .,:;\'|!ijl']);
const SEMI = new Set([...'ftr-()/[]']);
const WIDE = new Set([...'mwMW%']);
const PLUS = new Set([...'+−=<>']);

/** An upper estimate of a text's width in px at `fontSize`: used to keep labels apart. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.33;
    else if (SEMI.has(ch)) em += 0.43;
    else if (WIDE.has(ch)) em += 1.0;
    else if (PLUS.has(ch)) em += 0.84;
    else if (/\p{Lu}/u.test(ch)) em += 0.78;
    else em += 0.64;
  }
  return em * fontSize;
}

/** The height of a line of text at `fontSize`, with the room DejaVu's ascenders and descenders take. */
export const lineHeight = (fontSize: number): number => Math.ceil(fontSize * 1.25);

export interface LabelLayout {
  /** Horizontal, or turned a quarter (read bottom to top) when horizontal labels would touch. */
  rotated: boolean;
  /** Which labels are drawn; the others keep their tick mark only. The last is always drawn. */
  shown: boolean[];
  /** The room the labels take below the axis, in px. */
  depth: number;
}

/**
 * Labels centred at increasing positions `xs`: horizontal when they fit with `gap` px between
 * them; otherwise turned a quarter when their line heights fit; otherwise horizontal again, with
 * only every k-th label counted back from the last (the latest round is the one read first).
 */
export function layoutLabels(labels: readonly string[], xs: readonly number[], fontSize: number, gap = 6): LabelLayout {
  const widths = labels.map((l) => textWidth(l, fontSize));
  const all = labels.map(() => true);
  const fitsFlat = (shown: readonly boolean[]) => {
    let prev = -1;
    for (let i = 0; i < labels.length; i++) {
      if (!shown[i]) continue;
      if (prev >= 0 && (xs[i] ?? 0) - (xs[prev] ?? 0) < ((widths[i] ?? 0) + (widths[prev] ?? 0)) / 2 + gap) return false;
      prev = i;
    }
    return true;
  };
  const flatDepth = lineHeight(fontSize) + 8;
  if (fitsFlat(all)) return { rotated: false, shown: all, depth: flatDepth };
  const minDx = Math.min(...xs.slice(1).map((x, i) => x - (xs[i] ?? 0)));
  if (minDx >= lineHeight(fontSize) + 2) return { rotated: true, shown: all, depth: Math.ceil(Math.max(...widths)) + 8 };
  const last = labels.length - 1;
  for (let k = 2; k <= labels.length; k++) {
    const shown = labels.map((_, i) => (last - i) % k === 0);
    if (fitsFlat(shown)) return { rotated: false, shown, depth: flatDepth };
  }
  return { rotated: false, shown: labels.map((_, i) => i === last), depth: flatDepth };
}
