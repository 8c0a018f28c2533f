import type { Lang, NationalValue } from '../domain/model.js';
import type { IndicatorDef } from '../domain/indicators.js';
import { formatLongDate } from '../domain/calendar.js';
import { joinList } from './report-rows.js';

/** The fixed words of the Word report that the other formats do not use. */
export const DW = {
  trendTitle: { nl: 'Ontwikkeling over de peildata', en: 'Development over the reference dates' },
  trendTable: { nl: 'Landelijke cijfers per peildatum', en: 'National figures per reference date' },
  charts: { nl: 'Grafieken', en: 'Charts' },
  chartNote: {
    nl: 'De grafieken zijn Word-grafieken: met ‘Gegevens bewerken’ opent Word de cijfers erachter. Een peildatum zonder cijfer laat een gat in de lijn.',
    en: 'The charts are Word charts: ‘Edit Data’ opens the figures behind them. A reference date without a figure leaves a gap in the line.',
  },
  trendNote: {
    nl: '“ten minste”: niet alle GI\'s leverden dit cijfer aan; de voetnoten bij elke peildatum noemen wat ontbreekt. – = niet aangeleverd.',
    en: '“at least”: not all GIs delivered this figure; the footnotes at each reference date name what is missing. – = not delivered.',
  },
  perGiTitle: { nl: 'Cijfers per GI', en: 'Figures per GI' },
  workloadChart: { nl: 'Organisatieworkload per GI', en: 'Organisation workload by GI' },
  deliveryNote: {
    nl: 'Per peildatum: het aantal aangeleverde velden van het uitvraagformulier, en wat ontbreekt of met een waarschuwing is geleverd. Beschikbaarheid en beschikbare fte vervangen elkaar: geen van beide staat als ontbrekend wanneer één ervan is geleverd.',
    en: 'Per reference date: the number of fields of the request form delivered, and what is missing or was delivered with a warning. Availability and available fte stand in for each other: neither is listed as missing when one of them was delivered.',
  },
  appendix: { nl: 'Verantwoording', en: 'Accounting for the figures' },
  option: { nl: 'Optie', en: 'Option' },
  notComputed: { nl: 'Niet berekend: geen GI leverde de cijfers voor', en: 'Not computed: no GI delivered the figures for' },
  madeWith: { nl: 'Gemaakt met', en: 'Made with' },
  onlyDelivered: { nl: 'alleen geleverd', en: 'only delivered' },
  against: { nl: 'verandering ten opzichte van', en: 'change against' },
} as const satisfies Record<string, Record<Lang, string>>;

/** "Peildatum 1 december 2022" or "Peildata 1 december 2022 tot en met 1 april 2024 (4)". */
export function dateLine(peildata: readonly string[], lang: Lang): string {
  const first = peildata[0];
  const last = peildata[peildata.length - 1];
  if (first === undefined || last === undefined) return '';
  if (peildata.length === 1) return `${lang === 'nl' ? 'Peildatum' : 'Reference date'} ${formatLongDate(first, lang)}`;
  return lang === 'nl'
    ? `Peildata ${formatLongDate(first, lang)} tot en met ${formatLongDate(last, lang)} (${peildata.length} peildata)`
    : `Reference dates ${formatLongDate(first, lang)} to ${formatLongDate(last, lang)} (${peildata.length} reference dates)`;
}

/** Who did not deliver: by name, or (in a publication, --alleen-landelijk) only how many. */
function missingText(v: NationalValue, lang: Lang, nationalOnly: boolean): string {
  if (nationalOnly) return lang === 'nl' ? `${v.missing.length} van de ${v.gi_total} GI's` : `${v.missing.length} of the ${v.gi_total} GIs`;
  return joinList(v.missing, lang);
}

/**
 * The footnote of a "ten minste" figure: what it is a sum of, and who did not deliver, which
 * makes the true national figure higher or equal. The wording follows the kind of aggregation.
 */
export function lowerBoundNote(def: IndicatorDef, v: NationalValue, lang: Lang, nationalOnly: boolean): string {
  const who = missingText(v, lang, nationalOnly);
  const n = v.gi_count;
  const t = v.gi_total;
  const nl: Record<string, string> = {
    sum: `som over ${n} van de ${t} GI's`,
    'sum-of-parts': `som van de aangeleverde delen (${n} van de ${t} GI's leverden alle delen)`,
    'waiting-share': `wachtenden bij ${n} van de ${t} GI's, gedeeld door alle maatregelen`,
    'count-above-target': `geteld over de ${n} van de ${t} GI's waarvan de workload bekend is`,
  };
  const en: Record<string, string> = {
    sum: `sum over ${n} of the ${t} GIs`,
    'sum-of-parts': `sum of the parts delivered (${n} of the ${t} GIs delivered every part)`,
    'waiting-share': `children waiting at ${n} of the ${t} GIs, divided by all measures`,
    'count-above-target': `counted over the ${n} of the ${t} GIs whose workload is known`,
  };
  const kind = def.aggregation.kind;
  // Every GI delivered, yet a part (the numerator) is itself a lower bound.
  if (v.missing.length === 0) {
    return lang === 'nl'
      ? `${def.label.nl}: ten minste — ${nl[kind] ?? nl.sum}; de teller is zelf een ondergrens (zie daar), dus het werkelijke cijfer is hoger of gelijk.`
      : `${def.label.en}: at least — ${en[kind] ?? en.sum}; its numerator is itself a lower bound (see there), so the true figure is higher or equal.`;
  }
  return lang === 'nl'
    ? `${def.label.nl}: ten minste — ${nl[kind] ?? nl.sum}; niet aangeleverd door ${who}, dus het werkelijke cijfer is hoger of gelijk.`
    : `${def.label.en}: at least — ${en[kind] ?? en.sum}; not delivered by ${who}, so the true figure is higher or equal.`;
}

/** The footnote of a ratio or mean over fewer GIs than expected: not a lower bound, a partial coverage. */
export function coverageNote(def: IndicatorDef, v: NationalValue, lang: Lang, nationalOnly: boolean): string {
  const who = missingText(v, lang, nationalOnly);
  return lang === 'nl'
    ? `${def.label.nl}: over ${v.gi_count} van de ${v.gi_total} GI's; niet aangeleverd door ${who}.`
    : `${def.label.en}: over ${v.gi_count} of the ${v.gi_total} GIs; not delivered by ${who}.`;
}
