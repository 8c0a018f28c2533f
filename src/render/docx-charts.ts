import { ChartRun } from 'docx/charts';
import type { Lang, Report, Round } from '../domain/model.js';
import { indicator, type IndicatorDef } from '../domain/indicators.js';
import { formatLongDate } from '../domain/calendar.js';
import { labelOf } from './labels.js';
import { normText, shownValue } from './report-rows.js';
import { formatIndicator } from './numbers.js';
import { word } from './words.js';

/**
 * Native Word charts (DrawingML, with their data in an embedded workbook, so Word's "Edit Data"
 * opens the figures): drawn by Word or LibreOffice from the numbers, with a value axis that has
 * ticks and gridlines. Number formats are Excel codes, shown with the reader's separators.
 */

const MONTHS: Record<Lang, readonly string[]> = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** "dec 2022": short enough that four to six peildata never overlap on the axis. */
export function shortDate(iso: string, lang: Lang): string {
  const [y, m] = iso.split('-').map(Number);
  return `${MONTHS[lang][(m ?? 1) - 1] ?? ''} ${y ?? ''}`;
}

/** An Excel number format code for an indicator at a level's display precision. */
function formatCode(def: IndicatorDef, decimals: number): string {
  const fraction = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  return def.display === 'percent' ? `0${fraction}%` : `#,##0${fraction}`;
}

const FONT = { name: 'Arial' } as const;
const BLUE = '1F4E79';
const RED = 'B00020';

/** A drawing id of its own for each chart (Word wants them unique; docx would count process-wide). */
export class DrawingIds {
  private n = 0;
  next(): string {
    this.n += 1;
    return String(this.n);
  }
}

/** One national indicator over the peildata; null with fewer than two values. */
export function trendChart(report: Report, def: IndicatorDef, lang: Lang, ids: DrawingIds, size: { width: number; height: number }): ChartRun | null {
  const values = report.rounds.map((r) => r.national[def.id]?.value ?? null);
  if (values.filter((v) => v !== null).length < 2) return null;
  const title = labelOf(def, lang);
  const shown = report.rounds.map((r, i) => `${formatLongDate(r.peildatum, lang)} ${shownValue(values[i] ?? null, r.national[def.id]?.lower_bound, def, 'national', lang)}`);
  const code = formatCode(def, def.decimals.national);
  // Counts, fte and shares start at 0, so that a small change does not look like a fall.
  const fromZero = def.id !== 'netto_toename_fte' && def.id !== 'workload_boven_streefwaarde';
  return new ChartRun({
    type: 'line',
    title: { text: title, font: { ...FONT, size: 8, bold: true } },
    font: FONT,
    categories: report.rounds.map((r) => shortDate(r.peildatum, lang)),
    series: [{ name: title, values, color: BLUE, markers: { shape: 'circle', size: 5 } }],
    legend: false,
    emptyValues: 'gap',
    valueAxis: { numberFormat: code, gridlines: true, ...(fromZero ? { minimum: 0 } : {}), font: { ...FONT, size: 7 } },
    categoryAxis: { font: { ...FONT, size: 7 } },
    dataLabels: { value: true, position: 'above', numberFormat: code, font: { ...FONT, size: 7 } },
    transformation: size,
    altText: { id: ids.next(), name: title, title, description: `${title}: ${shown.join('; ')}.` },
  });
}

/**
 * The organisatieworkload of every expected GI as horizontal bars (the names read across, never
 * rotated), the bars above the target in red; the target is in the title. A Word bar chart cannot
 * carry a line series, so the target is a colour and a caption rather than a drawn line.
 */
export function workloadChart(report: Report, round: Round, lang: Lang, ids: DrawingIds, size: { width: number; height: number }): ChartRun {
  const def = indicator('organisatieworkload');
  const norm = report.options.norm;
  const values = round.expected.map((gi) => round.gis.find((g) => g.gi === gi)?.indicators[def.id]?.value ?? null);
  const target = `${word('target', lang)} ${normText(report, lang)}`;
  const title = `${def.label[lang]} ${lang === 'nl' ? 'per GI' : 'by GI'}, ${formatLongDate(round.peildatum, lang)} (${target}; ${lang === 'nl' ? 'rood = erboven' : 'red = above it'})`;
  const code = formatCode(def, def.decimals.gi);
  const description = `${title}: ${round.expected.map((gi, i) => `${gi} ${formatIndicator(values[i] ?? null, def, 'gi', lang)}`).join('; ')}.`;
  return new ChartRun({
    type: 'bar',
    title: { text: title, font: { ...FONT, size: 9, bold: true } },
    font: FONT,
    categories: [...round.expected],
    series: [{ name: def.label[lang], values, color: BLUE, colors: values.map((v) => (v !== null && v > norm ? RED : undefined)) }],
    legend: false,
    gapWidth: 50,
    // The first GI at the top, as in the tables; the value axis stays at the bottom.
    categoryAxis: { reverseOrder: true, font: { ...FONT, size: 6 } },
    valueAxis: { numberFormat: '#,##0', minimum: 0, gridlines: true, crossesAt: 'maximum', font: { ...FONT, size: 7 } },
    dataLabels: { value: true, position: 'outsideEnd', numberFormat: code, font: { ...FONT, size: 7 } },
    transformation: size,
    altText: { id: ids.next(), name: title, title, description },
  });
}
