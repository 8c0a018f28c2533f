import type { DeliveryRow, FigureKey, GiResult, Lang, NationalValue, Report, Round } from '../domain/model.js';
import { formatLongDate } from '../domain/calendar.js';
import { INDICATORS, type IndicatorDef } from '../domain/indicators.js';
import { FIGURE_KEYS } from '../domain/fields.js';
import { AT_LEAST, formatIndicator, formatNumber, type Level } from './numbers.js';
import { coverageText, word } from './words.js';
import { FIELD_SHORT } from './labels.js';

/**
 * The rows every format shows (national figures, per GI, delivery): the same rows in the same
 * order with the same formatted numbers, so the formats cannot drift apart.
 */

/** A figure as people read it: "ten minste 762", "16,5", "–". */
export function shownValue(value: number | null, lowerBound: boolean | undefined, def: IndicatorDef, level: Level, lang: Lang): string {
  const shown = formatIndicator(value, def, level, lang);
  return value !== null && lowerBound ? `${AT_LEAST[lang]} ${shown}` : shown;
}

export interface NationalRow {
  def: IndicatorDef;
  value: NationalValue;
  shown: string;
  coverage: string;
}

export function nationalRows(round: Round, lang: Lang): NationalRow[] {
  return INDICATORS.flatMap((def) => {
    const v = round.national[def.id];
    return v ? [{ def, value: v, shown: shownValue(v.value, v.lower_bound, def, 'national', lang), coverage: coverageText(v.gi_count, v.gi_total, lang) }] : [];
  });
}

/** One row of a per-GI table: every expected GI (also one that sent nothing), then the GIs outside the monitor. */
export interface PerGiRow {
  gi: string;
  /** The name as shown: a GI outside the monitor (Nidos) says so. */
  shownName: string;
  result: GiResult | undefined;
}

export function perGiRows(round: Round, lang: Lang): PerGiRow[] {
  const expected = round.expected.map((gi) => ({ gi, shownName: gi, result: round.gis.find((g) => g.gi === gi) }));
  const outside = round.gis.filter((g) => g.outside_national).map((g) => ({ gi: g.gi, shownName: `${g.gi} (${word('outsideNational', lang)})`, result: g }));
  return [...expected, ...outside];
}

/** The GIs of the monitor that submitted, for the coverage of the national table. */
export const submittedInMonitor = (round: Round): number => round.gis.filter((g) => !g.outside_national).length;

/** Indicators that have a per-GI value. */
export const PER_GI_DEFS: readonly IndicatorDef[] = INDICATORS.filter((d) => d.perGi);

export const roundTitle = (round: Round, lang: Lang): string =>
  `${word('peildatum', lang)} ${formatLongDate(round.peildatum, lang)}`;

export interface DeliverySummary {
  gi: string;
  delivered: number;
  total: number;
  missing: string[];
  warned: string[];
  submitted: boolean;
}

/** Fields of which either one is enough: available fte is derived from the availability rate and back. */
const ALTERNATIVES: Partial<Record<FigureKey, FigureKey>> = { beschikbaarheid: 'beschikbare_fte', beschikbare_fte: 'beschikbaarheid' };

/**
 * One GI's delivery as a list: what to chase. A missing field whose alternative was delivered
 * (beschikbaarheid or beschikbare fte) is not listed; the matrix still shows it as missing.
 */
export function summariseDelivery(row: DeliveryRow, lang: Lang): DeliverySummary {
  const keys = FIGURE_KEYS.filter((k) => row.fields[k] !== 'ontbreekt');
  const chase = (k: FigureKey) => {
    const alt = ALTERNATIVES[k];
    return row.fields[k] === 'ontbreekt' && !(alt && row.fields[alt] !== 'ontbreekt');
  };
  return {
    gi: row.gi,
    delivered: keys.length,
    total: FIGURE_KEYS.length,
    missing: FIGURE_KEYS.filter(chase).map((k) => FIELD_SHORT[k][lang]),
    warned: FIGURE_KEYS.filter((k) => row.fields[k] === 'waarschuwing').map((k) => FIELD_SHORT[k][lang]),
    submitted: row.submitted,
  };
}

/** "12 maatregelen per beschikbare fte": the target as the reports state it. */
export function targetText(report: Report, lang: Lang): string {
  return `${normText(report, lang)} ${word('targetText', lang)}`;
}

/** The target (--norm) as a number: "12", "12,5". */
export function normText(report: Report, lang: Lang): string {
  const n = report.options.norm;
  return formatNumber(n, Number.isInteger(n) ? 0 : 1, lang);
}

/** "a, b en c" / "a, b and c". */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${items[items.length - 1] ?? ''}`;
}
