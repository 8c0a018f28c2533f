import type { Labels } from './model.js';
import type { BaseKey } from './figure-base.js';

/**
 * Bump when a definition or formula changes, so that reports say which definitions they used.
 */
export const DEFINITIONS_VERSION = '2026.3';

/** How an indicator combines the GIs' figures; see compute/aggregate.ts for each kind. */
export type Aggregation =
  /** Σ over the GIs that delivered; a lower bound when some did not. */
  | { kind: 'sum'; of: BaseKey }
  /** Σ num / Σ den over the GIs that delivered both: a ratio of sums, never a mean of ratios. */
  | { kind: 'ratio'; num: BaseKey; den: BaseKey }
  /**
   * Σ of indicator `of` per GI (the GIs that also gave a total) / Σ maatregelen of all GIs with a
   * total; a lower bound when GIs are missing or when `of` itself is one. `of` comes earlier in INDICATORS.
   */
  | { kind: 'waiting-share'; of: string }
  /** Σ (value × weight) / Σ weight over the GIs that delivered both. */
  | { kind: 'weighted-mean'; value: BaseKey; weight: BaseKey }
  /** Σ of the parts that were delivered; a lower bound when a part is missing anywhere. */
  | { kind: 'sum-of-parts'; parts: readonly BaseKey[] }
  /** Another indicator minus the workload target (--norm). */
  | { kind: 'minus-target'; of: string }
  /** National only: the number of GIs whose indicator exceeds the target. */
  | { kind: 'count-above-target'; of: string }
  /** Change in a sum since the latest earlier round that has it, over the GIs present in both. */
  | { kind: 'change-since-previous'; of: BaseKey };

/**
 * Whether an indicator's national figure is a lower bound ("ten minste") when some GIs did not
 * deliver, per kind of aggregation. A Record, so a new kind must say so.
 */
export const LOWER_BOUND_WHEN_PARTIAL: Readonly<Record<Aggregation['kind'], boolean>> = {
  sum: true,
  ratio: false,
  'waiting-share': true,
  'weighted-mean': false,
  'sum-of-parts': true,
  'minus-target': false,
  'count-above-target': true,
  'change-since-previous': false,
};

/** The indicator's national figure can be a lower bound (csv and xlsx give it a "ten minste" column). */
export const canBeLowerBound = (def: IndicatorDef): boolean => LOWER_BOUND_WHEN_PARTIAL[def.aggregation.kind];

/** 'percent': a fraction in [0, 1], shown as a percentage; 'number': shown as it is. */
export type Display = 'number' | 'percent';

/** One indicator of the monitor: the single place its label, unit, formula and precision live. */
export interface IndicatorDef extends IndicatorEntry {
  id: IndicatorId;
}

/** An indicator as the registry below writes it; its id becomes one of IndicatorId. */
interface IndicatorEntry {
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
  /** Where the figure comes from and where it was defined or published (jbmonitor explain). */
  source?: Labels;
  /** Its column header in the per-GI tables (terminal, md, html); without one it is not a column there. */
  giColumn?: Labels;
  /** The label (with its unit where it names one) where a terminal is too narrow for the full label. */
  short: Labels;
  /** The per-GI column header where a terminal is too narrow for giColumn (a word never wider than a figure). */
  giAbbr?: Labels;
  /**
   * Told over time in the text report: "<subject> is gedaald van 33.859 <unit> op … naar …".
   * `order` places it among the others (the letters' order); without this it is not told.
   */
  trendSentence?: { order: number; subject: Labels; unit?: Labels };
}

const U = (nl: string, en: string): Labels => ({ nl: `Uitvraag GI's: ${nl}`, en: `GI data request: ${en}` });
const NULMETING = { nl: 'Kamerbrief 24 januari 2023 (nulmeting 1 december 2022)', en: 'letter to Parliament, 24 January 2023 (baseline 1 December 2022)' };
const MONITOR_2024 = { nl: 'voortgangsbrief juni 2024, bijlage 2 (Monitor effecten verbetermaatregelen)', en: 'progress letter June 2024, appendix 2 (Monitor effecten verbetermaatregelen)' };
const src = (fields: Labels, ...letters: Labels[]): Labels => ({
  nl: [fields.nl, ...letters.map((l) => l.nl)].join('; '),
  en: [fields.en, ...letters.map((l) => l.en)].join('; '),
});

const FTE: Labels = { nl: 'fte', en: 'fte' };
const MEASURES: Labels = { nl: 'maatregelen', en: 'measures' };
const CHILDREN: Labels = { nl: 'kinderen', en: 'children' };
const PCT: Labels = { nl: '%', en: '%' };
const DAYS: Labels = { nl: 'dagen', en: 'days' };
const PER_FTE: Labels = { nl: 'maatregelen per fte', en: 'measures per fte' };

const share = <Id extends string>(id: Id, type: BaseKey, label: Labels, typeLabel: Labels) => ({
  id, label, short: label, unit: PCT, display: 'percent', decimals: { national: 0, gi: 0 }, perGi: true,
  formula: { nl: `Σ ${typeLabel.nl} / Σ totaal maatregelen (GI's met beide)`, en: `Σ ${typeLabel.en} / Σ total measures (GIs with both)` },
  aggregation: { kind: 'ratio', num: type, den: 'maatregelen' },
  source: src(U(`aantal ${typeLabel.nl} en totaal aantal maatregelen`, `number of ${typeLabel.en} and total measures`), NULMETING),
}) satisfies IndicatorEntry;

const REGISTRY = [
  {
    id: 'formatie_fte', short: { nl: 'Formatie (fte)', en: 'Establishment (fte)' }, giAbbr: { nl: 'Form. fte', en: 'Est. fte' }, label: { nl: 'Formatie jeugdbeschermers', en: 'Staff establishment' }, unit: FTE,
    formula: { nl: 'Σ formatie (fte)', en: 'Σ establishment (fte)' },
    display: 'number', decimals: { national: 0, gi: 1 }, aggregation: { kind: 'sum', of: 'formatie' }, perGi: true,
    source: src(U('Formatie jeugdbeschermers (fte)', 'staff establishment (fte)'), NULMETING, MONITOR_2024),
    giColumn: { nl: 'Formatie', en: 'Establishment' },
    trendSentence: { order: 2, subject: { nl: 'De formatie aan jeugdbeschermers', en: 'The establishment of jeugdbeschermers' }, unit: FTE },
  },
  {
    id: 'beschikbare_fte', short: { nl: 'Beschikbaar (fte)', en: 'Available (fte)' }, giAbbr: { nl: 'Besch. fte', en: 'Avail. fte' }, label: { nl: 'Beschikbare formatie (daadwerkelijke bezetting)', en: 'Available staff' }, unit: FTE,
    formula: { nl: 'Σ beschikbare fte; waar alleen het percentage is opgegeven: formatie × beschikbaarheid', en: 'Σ available fte; where only the rate is given: establishment × availability' },
    display: 'number', decimals: { national: 0, gi: 1 }, aggregation: { kind: 'sum', of: 'beschikbaar' }, perGi: true,
    source: src(U('Beschikbare formatie (fte) of Beschikbaarheid (%)', 'available staff (fte) or availability (%)'), NULMETING, MONITOR_2024),
    giColumn: { nl: 'Beschikbaar', en: 'Available' },
    trendSentence: { order: 3, subject: { nl: 'De feitelijk beschikbare formatie', en: 'The staff actually available' }, unit: FTE },
  },
  {
    id: 'beschikbaarheid', short: { nl: 'Beschikbaarheid', en: 'Availability' }, giAbbr: { nl: 'Besch. %', en: 'Avail. %' }, label: { nl: 'Beschikbaarheid', en: 'Availability' }, unit: PCT,
    formula: { nl: 'Σ beschikbare fte / Σ formatie (GI\'s met beide)', en: 'Σ available fte / Σ establishment (GIs with both)' },
    display: 'percent', decimals: { national: 1, gi: 1 }, aggregation: { kind: 'ratio', num: 'beschikbaar', den: 'formatie' }, perGi: true,
    source: src(U('Beschikbare formatie en Formatie', 'available staff and establishment'), NULMETING),
    giColumn: { nl: 'Beschikb.', en: 'Avail.' },
  },
  {
    id: 'maatregelen_totaal', short: { nl: 'Maatregelen', en: 'Measures' }, giAbbr: { nl: 'Maatr.', en: 'Meas.' }, label: { nl: 'Maatregelen in behandeling', en: 'Measures in hand' }, unit: MEASURES,
    formula: { nl: 'Σ (OTS + voogdij + JR)', en: 'Σ (OTS + guardianship + JR)' },
    display: 'number', decimals: { national: 0, gi: 0 }, aggregation: { kind: 'sum', of: 'maatregelen' }, perGi: true,
    source: src(U('Totaal aantal maatregelen, of OTS + voogdij + JR', 'total measures, or OTS + guardianship + JR'), NULMETING, MONITOR_2024),
    giColumn: { nl: 'Maatregelen', en: 'Measures' },
    trendSentence: { order: 1, subject: { nl: 'Het aantal maatregelen', en: 'The number of measures' } },
  },
  {
    id: 'ots', short: { nl: 'OTS', en: 'OTS' }, label: { nl: 'Aantal OTS', en: 'Supervision orders (OTS)' }, unit: MEASURES, formula: { nl: 'Σ OTS', en: 'Σ OTS' },
    display: 'number', decimals: { national: 0, gi: 0 }, aggregation: { kind: 'sum', of: 'ots' }, perGi: true,
    source: src(U('Aantal ondertoezichtstellingen', 'supervision orders'), NULMETING),
  },
  {
    id: 'voogdij', short: { nl: 'Voogdij', en: 'Guardianship' }, label: { nl: 'Aantal voogdijmaatregelen', en: 'Guardianships' }, unit: MEASURES, formula: { nl: 'Σ voogdij', en: 'Σ guardianship' },
    display: 'number', decimals: { national: 0, gi: 0 }, aggregation: { kind: 'sum', of: 'voogdij' }, perGi: true,
    source: src(U('Aantal voogdijmaatregelen', 'guardianships'), NULMETING),
  },
  {
    id: 'jr', short: { nl: 'JR', en: 'JR' }, label: { nl: 'Aantal JR-maatregelen', en: 'Youth probation orders (JR)' }, unit: MEASURES, formula: { nl: 'Σ JR', en: 'Σ JR' },
    display: 'number', decimals: { national: 0, gi: 0 }, aggregation: { kind: 'sum', of: 'jr' }, perGi: true,
    source: src(U('Aantal jeugdreclasseringsmaatregelen', 'youth probation orders'), NULMETING),
  },
  share('aandeel_ots', 'ots', { nl: 'Aandeel OTS', en: 'Share OTS' }, { nl: 'OTS', en: 'OTS' }),
  share('aandeel_voogdij', 'voogdij', { nl: 'Aandeel voogdij', en: 'Share guardianship' }, { nl: 'voogdij', en: 'guardianship' }),
  share('aandeel_jr', 'jr', { nl: 'Aandeel JR', en: 'Share youth probation' }, { nl: 'JR', en: 'JR' }),
  {
    id: 'organisatieworkload', short: { nl: 'Workload (per fte)', en: 'Workload (per fte)' }, giAbbr: { nl: 'Workl.', en: 'Workl.' }, label: { nl: 'Organisatieworkload', en: 'Organisation workload' }, unit: PER_FTE,
    formula: { nl: 'Σ maatregelen / Σ beschikbare fte (GI\'s met beide)', en: 'Σ measures / Σ available fte (GIs with both)' },
    display: 'number', decimals: { national: 1, gi: 1 }, aggregation: { kind: 'ratio', num: 'maatregelen', den: 'beschikbaar' }, perGi: true,
    source: src(U('Totaal aantal maatregelen en Beschikbare formatie', 'total measures and available staff'), NULMETING, MONITOR_2024),
    giColumn: { nl: 'Workload', en: 'Workload' },
    trendSentence: { order: 6, subject: { nl: 'De landelijke gemiddelde organisatieworkload', en: 'The national average organisation workload' } },
  },
  {
    id: 'wachtlijst_start', short: { nl: 'Wachtlijst start', en: 'Waiting at start' }, giAbbr: { nl: 'Wacht start', en: 'Wait start' }, label: { nl: 'Wachtlijst bij start', en: 'Waiting list at start' }, unit: CHILDREN,
    formula: { nl: 'Σ kinderen met een nieuwe maatregel, niet binnen 5 dagen toegewezen', en: 'Σ children with a new measure not assigned within 5 days' },
    display: 'number', decimals: { national: 0, gi: 0 }, aggregation: { kind: 'sum', of: 'wachtlijst_start' }, perGi: true,
    source: src(U('Kinderen niet binnen 5 dagen toegewezen', 'children not assigned within 5 days'), NULMETING, MONITOR_2024),
    giColumn: { nl: 'Wachtl. start', en: 'Wait start' },
    trendSentence: { order: 8, subject: { nl: 'Het aantal kinderen dat bij de start niet binnen 5 dagen een jeugdbeschermer kreeg', en: 'The number of children not assigned a jeugdbeschermer within 5 days of the start' } },
  },
  {
    id: 'aandeel_wachtlijst_start', short: { nl: 'Wachtlijst start, %', en: 'Waiting at start, %' }, label: { nl: 'Wachtlijst bij start, aandeel van alle maatregelen', en: 'Waiting list at start, share of all measures' }, unit: PCT,
    formula: { nl: 'Σ wachtlijst bij start (GI\'s die ook een totaal gaven) / Σ maatregelen van alle GI\'s', en: 'Σ waiting at start (GIs that also gave a total) / Σ measures of all GIs' },
    display: 'percent', decimals: { national: 1, gi: 1 }, aggregation: { kind: 'waiting-share', of: 'wachtlijst_start' }, perGi: true,
    source: src(U('Kinderen niet binnen 5 dagen toegewezen en Totaal aantal maatregelen', 'children not assigned within 5 days and total measures'), NULMETING),
  },
  {
    id: 'interne_wachtlijst', short: { nl: 'Interne wachtlijst', en: 'Internal waiting' }, giAbbr: { nl: 'Wacht intern', en: 'Wait int.' }, label: { nl: 'Interne wachtlijst', en: 'Internal waiting list' }, unit: CHILDREN,
    formula: { nl: 'Σ kinderen in een maatregel die langer dan 5 dagen geen vaste jeugdbeschermer hebben', en: 'Σ children in a measure without a fixed jeugdbeschermer for more than 5 days' },
    display: 'number', decimals: { national: 0, gi: 0 }, aggregation: { kind: 'sum', of: 'interne_wachtlijst' }, perGi: true,
    source: src(U('Kinderen langer dan 5 dagen op interne wachtlijst', 'children on the internal waiting list for more than 5 days'), NULMETING, MONITOR_2024),
    giColumn: { nl: 'Int. wachtl.', en: 'Wait int.' },
    trendSentence: { order: 10, subject: { nl: 'Het aantal kinderen op een interne wachtlijst', en: 'The number of children on an internal waiting list' } },
  },
  {
    id: 'aandeel_interne_wachtlijst', short: { nl: 'Interne wachtlijst, %', en: 'Internal waiting, %' }, label: { nl: 'Interne wachtlijst, aandeel van alle maatregelen', en: 'Internal waiting list, share of all measures' }, unit: PCT,
    formula: { nl: 'Σ interne wachtlijst (GI\'s die ook een totaal gaven) / Σ maatregelen van alle GI\'s', en: 'Σ internal waiting (GIs that also gave a total) / Σ measures of all GIs' },
    display: 'percent', decimals: { national: 1, gi: 1 }, aggregation: { kind: 'waiting-share', of: 'interne_wachtlijst' }, perGi: true,
    source: src(U('Kinderen langer dan 5 dagen op interne wachtlijst en Totaal aantal maatregelen', 'children on the internal waiting list for more than 5 days and total measures'), NULMETING),
  },
  {
    id: 'wachtend_totaal', short: { nl: 'Totaal wachtend', en: 'Total waiting' }, label: { nl: 'Totaal wachtende kinderen', en: 'Total children waiting' }, unit: CHILDREN,
    formula: { nl: 'Σ wachtlijst bij start + Σ interne wachtlijst (beide: langer dan 5 dagen)', en: 'Σ waiting at start + Σ internal waiting (both: more than 5 days)' },
    display: 'number', decimals: { national: 0, gi: 0 }, aggregation: { kind: 'sum-of-parts', parts: ['wachtlijst_start', 'interne_wachtlijst'] }, perGi: true,
    source: src(U('beide wachtlijsten', 'both waiting lists'), MONITOR_2024),
    trendSentence: { order: 12, subject: { nl: 'Het totaal aantal wachtende kinderen', en: 'The total number of children waiting' } },
  },
  {
    id: 'wachtdagen_start', short: { nl: 'Wachtdagen start', en: 'Days waiting, start' }, label: { nl: 'Gemiddelde wachttijd bij start', en: 'Mean wait at start' }, unit: DAYS,
    formula: { nl: 'Σ (wachtdagen × wachtenden) / Σ wachtenden, wachtlijst bij start', en: 'Σ (days × children waiting) / Σ children waiting, start list' },
    display: 'number', decimals: { national: 0, gi: 0 }, aggregation: { kind: 'weighted-mean', value: 'wachtdagen_start', weight: 'wachtlijst_start' }, perGi: true,
    source: src(U('Gemiddelde wachttijd bij start (dagen)', 'mean wait at start (days)'), MONITOR_2024),
    trendSentence: { order: 9, subject: { nl: 'De gemiddelde wachttijd bij de start', en: 'The mean wait at the start' }, unit: DAYS },
  },
  {
    id: 'wachtdagen_intern', short: { nl: 'Wachtdagen intern', en: 'Days waiting, internal' }, label: { nl: 'Gemiddelde wachttijd interne wachtlijst', en: 'Mean wait on internal list' }, unit: DAYS,
    formula: { nl: 'Σ (wachtdagen × wachtenden) / Σ wachtenden, interne wachtlijst', en: 'Σ (days × children waiting) / Σ children waiting, internal list' },
    display: 'number', decimals: { national: 0, gi: 0 }, aggregation: { kind: 'weighted-mean', value: 'wachtdagen_intern', weight: 'interne_wachtlijst' }, perGi: true,
    source: src(U('Gemiddelde wachttijd interne wachtlijst (dagen)', 'mean wait on the internal list (days)'), MONITOR_2024),
    trendSentence: { order: 11, subject: { nl: 'De gemiddelde wachttijd op de interne wachtlijst', en: 'The mean wait on the internal waiting list' }, unit: DAYS },
  },
  {
    id: 'personeelsverloop', short: { nl: 'Verloop', en: 'Turnover' }, giAbbr: { nl: 'Verl.', en: 'Turn.' }, label: { nl: 'Personeelsverloop', en: 'Staff turnover' }, unit: PCT,
    formula: { nl: 'Σ (verloop × formatie) / Σ formatie', en: 'Σ (turnover × establishment) / Σ establishment' },
    display: 'percent', decimals: { national: 1, gi: 1 }, aggregation: { kind: 'weighted-mean', value: 'personeelsverloop', weight: 'formatie' }, perGi: true,
    source: src(U('Personeelsverloop (%)', 'staff turnover (%)'), MONITOR_2024),
    giColumn: { nl: 'Verloop', en: 'Turnover' },
    trendSentence: { order: 4, subject: { nl: 'Het personeelsverloop', en: 'Staff turnover' } },
  },
  {
    id: 'ziekteverzuim', short: { nl: 'Verzuim', en: 'Sickness' }, giAbbr: { nl: 'Verz.', en: 'Sick.' }, label: { nl: 'Ziekteverzuim', en: 'Sickness absence' }, unit: PCT,
    formula: { nl: 'Σ (verzuim × formatie) / Σ formatie', en: 'Σ (sickness × establishment) / Σ establishment' },
    display: 'percent', decimals: { national: 1, gi: 1 }, aggregation: { kind: 'weighted-mean', value: 'ziekteverzuim', weight: 'formatie' }, perGi: true,
    source: src(U('Ziekteverzuim (%)', 'sickness absence (%)'), MONITOR_2024),
    giColumn: { nl: 'Verzuim', en: 'Sickness' },
    trendSentence: { order: 5, subject: { nl: 'Het ziekteverzuim', en: 'Sickness absence' } },
  },
  {
    id: 'netto_toename_fte', short: { nl: 'Toename formatie (fte)', en: 'Net change (fte)' }, label: { nl: 'Netto toename formatie', en: 'Net change in establishment' }, unit: FTE,
    formula: { nl: 'Σ formatie − Σ formatie op de vorige peildatum met formatie, over de GI\'s die in beide voorkomen', en: 'Σ establishment − Σ establishment on the previous reference date with it, over the GIs present in both' },
    display: 'number', decimals: { national: 0, gi: 1 }, aggregation: { kind: 'change-since-previous', of: 'formatie' }, perGi: true,
    source: src(U('Formatie jeugdbeschermers in twee rondes', 'staff establishment in two rounds'), { nl: 'motie Hijink (Kamerstuk 31 839 nr. 901): netto toename van het aantal jeugdbeschermers', en: 'motion Hijink (Kamerstuk 31 839 no. 901): net increase in jeugdbeschermers' }),
  },
  {
    id: 'workload_boven_streefwaarde', short: { nl: 'Workload − streefwaarde', en: 'Workload − target' }, label: { nl: 'Workload boven streefwaarde', en: 'Workload above target' }, unit: PER_FTE,
    formula: { nl: 'organisatieworkload − streefwaarde', en: 'organisation workload − target' },
    display: 'number', decimals: { national: 1, gi: 1 }, aggregation: { kind: 'minus-target', of: 'organisatieworkload' }, perGi: true,
    source: src({ nl: 'organisatieworkload en --norm', en: 'organisation workload and --norm' }, { nl: 'sectorafspraak maart 2023: streefwaarde 12 maatregelen per fte', en: 'sector agreement March 2023: target of 12 measures per fte' }),
  },
  {
    id: 'gis_boven_streefwaarde', short: { nl: 'GI\'s boven streefwaarde', en: 'GIs above target' }, label: { nl: 'GI\'s boven streefwaarde', en: 'GIs above target' }, unit: { nl: 'GI\'s', en: 'GIs' },
    formula: { nl: 'aantal GI\'s met organisatieworkload > streefwaarde', en: 'number of GIs with organisation workload > target' },
    display: 'number', decimals: { national: 0, gi: 0 }, aggregation: { kind: 'count-above-target', of: 'organisatieworkload' }, perGi: false,
    source: src({ nl: 'organisatieworkload per GI en --norm', en: 'organisation workload per GI and --norm' }, { nl: 'sectorafspraak maart 2023: streefwaarde 12 maatregelen per fte', en: 'sector agreement March 2023: target of 12 measures per fte' }),
    trendSentence: { order: 7, subject: { nl: 'Het aantal GI\'s boven de streefwaarde', en: 'The number of GIs above the target' } },
  },
  {
    id: 'aandeel_wachtend_totaal', short: { nl: 'Totaal wachtend, %', en: 'Total waiting, %' }, label: { nl: 'Totaal wachtende kinderen, aandeel van alle maatregelen', en: 'Total children waiting, share of all measures' }, unit: PCT,
    formula: { nl: 'Σ totaal wachtende kinderen (GI\'s die ook een totaal gaven) / Σ maatregelen van alle GI\'s', en: 'Σ total children waiting (GIs that also gave a total) / Σ measures of all GIs' },
    display: 'percent', decimals: { national: 1, gi: 1 }, aggregation: { kind: 'waiting-share', of: 'wachtend_totaal' }, perGi: true,
    source: src(U('beide wachtlijsten en Totaal aantal maatregelen', 'both waiting lists and total measures'), MONITOR_2024),
  },
] as const satisfies readonly IndicatorEntry[];

/** The id of an indicator of the registry: `indicator('typo')` does not compile. */
export type IndicatorId = (typeof REGISTRY)[number]['id'];

export const INDICATORS: readonly IndicatorDef[] = REGISTRY;

export const INDICATOR_BY_ID: ReadonlyMap<string, IndicatorDef> = new Map(INDICATORS.map((d) => [d.id, d]));

export function indicator(id: IndicatorId): IndicatorDef {
  const def = INDICATOR_BY_ID.get(id);
  if (!def) throw new Error(`unknown indicator ${id}`);
  return def;
}
