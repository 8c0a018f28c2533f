import type { Labels } from '../model.js';
import type { BaseKey } from './base.js';

/**
 * Bump when a definition or formula changes, so that reports say which definitions they used.
 */
export const DEFINITIONS_VERSION = '2026.1';

/** How an indicator combines the GIs' figures; see compute/aggregate.ts for each kind. */
export type Aggregation =
  /** Σ over the GIs that delivered; a lower bound when some did not. */
  | { kind: 'sum'; of: BaseKey }
  /** Σ num / Σ den over the GIs that delivered both: a ratio of sums, never a mean of ratios. */
  | { kind: 'ratio'; num: BaseKey; den: BaseKey }
  /** Σ num (GIs with num and a total) / Σ maatregelen of all GIs with a total; a lower bound. */
  | { kind: 'waiting-share'; num: BaseKey }
  /** Σ (value × weight) / Σ weight over the GIs that delivered both. */
  | { kind: 'weighted-mean'; value: BaseKey; weight: BaseKey }
  /** Σ of the parts that were delivered; a lower bound when a part is missing anywhere. */
  | { kind: 'sum-of-parts'; parts: BaseKey[] }
  /** Another indicator minus the workload target (--norm). */
  | { kind: 'minus-target'; of: string }
  /** National only: the number of GIs whose indicator exceeds the target. */
  | { kind: 'count-above-target'; of: string }
  /** Change in a sum since the latest earlier round that has it, over the GIs present in both. */
  | { kind: 'change-since-previous'; of: BaseKey };

export type Display = 'number' | 'percent';

/** One indicator of the monitor: the single place its label, unit, formula and precision live. */
export interface IndicatorDef {
  id: string;
  label: Labels;
  unit: Labels;
  formula: Labels;
  display: Display;
  /** Decimals at display time (values are kept at full precision until then). */
  decimals: { national: number; gi: number };
  aggregation: Aggregation;
  /** Shown per GI as well as nationally. */
  perGi: boolean;
}

const FTE: Labels = { nl: 'fte', en: 'fte' };
const MEASURES: Labels = { nl: 'maatregelen', en: 'measures' };
const CHILDREN: Labels = { nl: 'kinderen', en: 'children' };
const PCT: Labels = { nl: '%', en: '%' };
const DAYS: Labels = { nl: 'dagen', en: 'days' };
const PER_FTE: Labels = { nl: 'maatregelen per fte', en: 'measures per fte' };

const share = (id: string, type: BaseKey, label: Labels, typeLabel: Labels): IndicatorDef => ({
  id, label, unit: PCT, display: 'percent', decimals: { national: 0, gi: 0 }, perGi: true,
  formula: { nl: `Σ ${typeLabel.nl} / Σ totaal maatregelen (GI's met beide)`, en: `Σ ${typeLabel.en} / Σ total measures (GIs with both)` },
  aggregation: { kind: 'ratio', num: type, den: 'maatregelen' },
});

export const INDICATORS: readonly IndicatorDef[] = [
  {
    id: 'formatie_fte', label: { nl: 'Formatie jeugdbeschermers', en: 'Staff establishment' }, unit: FTE,
    formula: { nl: 'Σ formatie (fte)', en: 'Σ establishment (fte)' },
    display: 'number', decimals: { national: 0, gi: 1 }, aggregation: { kind: 'sum', of: 'formatie' }, perGi: true,
  },
  {
    id: 'beschikbare_fte', label: { nl: 'Beschikbare formatie (daadwerkelijke bezetting)', en: 'Available staff' }, unit: FTE,
    formula: { nl: 'Σ beschikbare fte; waar alleen het percentage is opgegeven: formatie × beschikbaarheid', en: 'Σ available fte; where only the rate is given: establishment × availability' },
    display: 'number', decimals: { national: 0, gi: 1 }, aggregation: { kind: 'sum', of: 'beschikbaar' }, perGi: true,
  },
  {
    id: 'beschikbaarheid', label: { nl: 'Beschikbaarheid', en: 'Availability' }, unit: PCT,
    formula: { nl: 'Σ beschikbare fte / Σ formatie (GI\'s met beide)', en: 'Σ available fte / Σ establishment (GIs with both)' },
    display: 'percent', decimals: { national: 1, gi: 1 }, aggregation: { kind: 'ratio', num: 'beschikbaar', den: 'formatie' }, perGi: true,
  },
  {
    id: 'maatregelen_totaal', label: { nl: 'Maatregelen in behandeling', en: 'Measures in hand' }, unit: MEASURES,
    formula: { nl: 'Σ (OTS + voogdij + JR)', en: 'Σ (OTS + guardianship + JR)' },
    display: 'number', decimals: { national: 0, gi: 0 }, aggregation: { kind: 'sum', of: 'maatregelen' }, perGi: true,
  },
  {
    id: 'ots', label: { nl: 'Aantal OTS', en: 'Supervision orders (OTS)' }, unit: MEASURES, formula: { nl: 'Σ OTS', en: 'Σ OTS' },
    display: 'number', decimals: { national: 0, gi: 0 }, aggregation: { kind: 'sum', of: 'ots' }, perGi: true,
  },
  {
    id: 'voogdij', label: { nl: 'Aantal voogdijmaatregelen', en: 'Guardianships' }, unit: MEASURES, formula: { nl: 'Σ voogdij', en: 'Σ guardianship' },
    display: 'number', decimals: { national: 0, gi: 0 }, aggregation: { kind: 'sum', of: 'voogdij' }, perGi: true,
  },
  {
    id: 'jr', label: { nl: 'Aantal JR-maatregelen', en: 'Youth probation orders (JR)' }, unit: MEASURES, formula: { nl: 'Σ JR', en: 'Σ JR' },
    display: 'number', decimals: { national: 0, gi: 0 }, aggregation: { kind: 'sum', of: 'jr' }, perGi: true,
  },
  share('aandeel_ots', 'ots', { nl: 'Aandeel OTS', en: 'Share OTS' }, { nl: 'OTS', en: 'OTS' }),
  share('aandeel_voogdij', 'voogdij', { nl: 'Aandeel voogdij', en: 'Share guardianship' }, { nl: 'voogdij', en: 'guardianship' }),
  share('aandeel_jr', 'jr', { nl: 'Aandeel JR', en: 'Share youth probation' }, { nl: 'JR', en: 'JR' }),
  {
    id: 'organisatieworkload', label: { nl: 'Organisatieworkload', en: 'Organisation workload' }, unit: PER_FTE,
    formula: { nl: 'Σ maatregelen / Σ beschikbare fte (GI\'s met beide)', en: 'Σ measures / Σ available fte (GIs with both)' },
    display: 'number', decimals: { national: 1, gi: 1 }, aggregation: { kind: 'ratio', num: 'maatregelen', den: 'beschikbaar' }, perGi: true,
  },
  {
    id: 'wachtlijst_start', label: { nl: 'Wachtlijst bij start', en: 'Waiting list at start' }, unit: CHILDREN,
    formula: { nl: 'Σ kinderen met een nieuwe maatregel, niet binnen 5 dagen toegewezen', en: 'Σ children with a new measure not assigned within 5 days' },
    display: 'number', decimals: { national: 0, gi: 0 }, aggregation: { kind: 'sum', of: 'wachtlijst_start' }, perGi: true,
  },
  {
    id: 'aandeel_wachtlijst_start', label: { nl: 'Wachtlijst bij start, aandeel van alle maatregelen', en: 'Waiting list at start, share of all measures' }, unit: PCT,
    formula: { nl: 'Σ wachtlijst bij start (GI\'s die ook een totaal gaven) / Σ maatregelen van alle GI\'s', en: 'Σ waiting at start (GIs that also gave a total) / Σ measures of all GIs' },
    display: 'percent', decimals: { national: 1, gi: 1 }, aggregation: { kind: 'waiting-share', num: 'wachtlijst_start' }, perGi: true,
  },
  {
    id: 'interne_wachtlijst', label: { nl: 'Interne wachtlijst', en: 'Internal waiting list' }, unit: CHILDREN,
    formula: { nl: 'Σ kinderen in een maatregel zonder vaste jeugdbeschermer', en: 'Σ children in a measure without a fixed jeugdbeschermer' },
    display: 'number', decimals: { national: 0, gi: 0 }, aggregation: { kind: 'sum', of: 'interne_wachtlijst' }, perGi: true,
  },
  {
    id: 'aandeel_interne_wachtlijst', label: { nl: 'Interne wachtlijst, aandeel van alle maatregelen', en: 'Internal waiting list, share of all measures' }, unit: PCT,
    formula: { nl: 'Σ interne wachtlijst (GI\'s die ook een totaal gaven) / Σ maatregelen van alle GI\'s', en: 'Σ internal waiting (GIs that also gave a total) / Σ measures of all GIs' },
    display: 'percent', decimals: { national: 1, gi: 1 }, aggregation: { kind: 'waiting-share', num: 'interne_wachtlijst' }, perGi: true,
  },
  {
    id: 'wachtend_totaal', label: { nl: 'Totaal wachtende kinderen', en: 'Total children waiting' }, unit: CHILDREN,
    formula: { nl: 'Σ wachtlijst bij start + Σ interne wachtlijst', en: 'Σ waiting at start + Σ internal waiting' },
    display: 'number', decimals: { national: 0, gi: 0 }, aggregation: { kind: 'sum-of-parts', parts: ['wachtlijst_start', 'interne_wachtlijst'] }, perGi: true,
  },
  {
    id: 'wachtdagen_start', label: { nl: 'Gemiddelde wachttijd bij start', en: 'Mean wait at start' }, unit: DAYS,
    formula: { nl: 'Σ (wachtdagen × wachtenden) / Σ wachtenden, wachtlijst bij start', en: 'Σ (days × children waiting) / Σ children waiting, start list' },
    display: 'number', decimals: { national: 0, gi: 0 }, aggregation: { kind: 'weighted-mean', value: 'wachtdagen_start', weight: 'wachtlijst_start' }, perGi: true,
  },
  {
    id: 'wachtdagen_intern', label: { nl: 'Gemiddelde wachttijd interne wachtlijst', en: 'Mean wait on internal list' }, unit: DAYS,
    formula: { nl: 'Σ (wachtdagen × wachtenden) / Σ wachtenden, interne wachtlijst', en: 'Σ (days × children waiting) / Σ children waiting, internal list' },
    display: 'number', decimals: { national: 0, gi: 0 }, aggregation: { kind: 'weighted-mean', value: 'wachtdagen_intern', weight: 'interne_wachtlijst' }, perGi: true,
  },
  {
    id: 'personeelsverloop', label: { nl: 'Personeelsverloop', en: 'Staff turnover' }, unit: PCT,
    formula: { nl: 'Σ (verloop × formatie) / Σ formatie', en: 'Σ (turnover × establishment) / Σ establishment' },
    display: 'percent', decimals: { national: 1, gi: 1 }, aggregation: { kind: 'weighted-mean', value: 'personeelsverloop', weight: 'formatie' }, perGi: true,
  },
  {
    id: 'ziekteverzuim', label: { nl: 'Ziekteverzuim', en: 'Sickness absence' }, unit: PCT,
    formula: { nl: 'Σ (verzuim × formatie) / Σ formatie', en: 'Σ (sickness × establishment) / Σ establishment' },
    display: 'percent', decimals: { national: 1, gi: 1 }, aggregation: { kind: 'weighted-mean', value: 'ziekteverzuim', weight: 'formatie' }, perGi: true,
  },
  {
    id: 'netto_toename_fte', label: { nl: 'Netto toename formatie', en: 'Net change in establishment' }, unit: FTE,
    formula: { nl: 'Σ formatie − Σ formatie op de vorige peildatum met formatie, over de GI\'s die in beide voorkomen', en: 'Σ establishment − Σ establishment on the previous reference date with it, over the GIs present in both' },
    display: 'number', decimals: { national: 0, gi: 1 }, aggregation: { kind: 'change-since-previous', of: 'formatie' }, perGi: true,
  },
  {
    id: 'workload_boven_streefwaarde', label: { nl: 'Workload boven streefwaarde', en: 'Workload above target' }, unit: PER_FTE,
    formula: { nl: 'organisatieworkload − streefwaarde', en: 'organisation workload − target' },
    display: 'number', decimals: { national: 1, gi: 1 }, aggregation: { kind: 'minus-target', of: 'organisatieworkload' }, perGi: true,
  },
  {
    id: 'gis_boven_streefwaarde', label: { nl: 'GI\'s boven streefwaarde', en: 'GIs above target' }, unit: { nl: 'GI\'s', en: 'GIs' },
    formula: { nl: 'aantal GI\'s met organisatieworkload > streefwaarde', en: 'number of GIs with organisation workload > target' },
    display: 'number', decimals: { national: 0, gi: 0 }, aggregation: { kind: 'count-above-target', of: 'organisatieworkload' }, perGi: false,
  },
];

export const INDICATOR_BY_ID: ReadonlyMap<string, IndicatorDef> = new Map(INDICATORS.map((d) => [d.id, d]));

export function indicator(id: string): IndicatorDef {
  const def = INDICATOR_BY_ID.get(id);
  if (!def) throw new Error(`unknown indicator ${id}`);
  return def;
}
