import type { DeliveryStatus, FigureKey, Labels, Lang } from '../domain/model.js';
import { INDICATORS, type IndicatorDef } from '../domain/indicators.js';
import { word } from './words.js';

/**
 * The names every format gives indicators, fields and delivery statuses. Indicator texts come
 * from the registry (domain/indicators.ts); this module only decides how they are shown.
 */

/** Units worth naming after a label; counts of measures, children and GIs speak for themselves. */
const NAMED_UNITS = new Set(['fte', 'dagen', 'maatregelen per fte']);

/** "Formatie jeugdbeschermers (fte)", "Aandeel OTS": the label with its unit where the unit says something. */
export function labelOf(def: IndicatorDef, lang: Lang): string {
  return NAMED_UNITS.has(def.unit.nl) ? `${def.label[lang]} (${def.unit[lang]})` : def.label[lang];
}

/** The indicators that are columns of the per-GI tables, in registry order. */
export const GI_COLUMN_DEFS: readonly IndicatorDef[] = INDICATORS.filter((d) => d.giColumn);

/** The header of an indicator's column in a per-GI table. */
export function shortLabel(def: IndicatorDef, lang: Lang): string {
  return def.giColumn?.[lang] ?? def.label[lang];
}

/** Short headers for the delivery matrix, in the order of the uitvraag form. */
export const FIELD_SHORT: Record<FigureKey, Labels> = {
  formatie_fte: { nl: 'Formatie', en: 'Establishment' },
  beschikbaarheid: { nl: 'Beschikbaarheid', en: 'Availability' },
  beschikbare_fte: { nl: 'Beschikbare fte', en: 'Available fte' },
  ots: { nl: 'OTS', en: 'OTS' },
  voogdij: { nl: 'Voogdij', en: 'Guardianship' },
  jr: { nl: 'JR', en: 'JR' },
  maatregelen_totaal: { nl: 'Totaal maatregelen', en: 'Total measures' },
  wachtlijst_start: { nl: 'Wachtlijst start', en: 'Waiting at start' },
  wachtdagen_start: { nl: 'Wachtdagen start', en: 'Days waiting at start' },
  interne_wachtlijst: { nl: 'Interne wachtlijst', en: 'Internal waiting' },
  wachtdagen_intern: { nl: 'Wachtdagen intern', en: 'Days waiting internal' },
  personeelsverloop: { nl: 'Verloop', en: 'Turnover' },
  ziekteverzuim: { nl: 'Verzuim', en: 'Sickness' },
};

/** Still shorter headers for the html matrix, so that it fits a printed page (the full name is its tooltip). */
export const FIELD_ABBR: Record<FigureKey, Labels> = {
  formatie_fte: { nl: 'Formatie', en: 'Establ.' },
  beschikbaarheid: { nl: 'Beschikb. %', en: 'Avail. %' },
  beschikbare_fte: { nl: 'Beschikb. fte', en: 'Avail. fte' },
  ots: { nl: 'OTS', en: 'OTS' },
  voogdij: { nl: 'Voogdij', en: 'Guardian.' },
  jr: { nl: 'JR', en: 'JR' },
  maatregelen_totaal: { nl: 'Totaal', en: 'Total' },
  wachtlijst_start: { nl: 'Wachtl. start', en: 'Wait start' },
  wachtdagen_start: { nl: 'Dagen start', en: 'Days start' },
  interne_wachtlijst: { nl: 'Wachtl. intern', en: 'Wait internal' },
  wachtdagen_intern: { nl: 'Dagen intern', en: 'Days internal' },
  personeelsverloop: { nl: 'Verloop', en: 'Turnover' },
  ziekteverzuim: { nl: 'Verzuim', en: 'Sickness' },
};

export const STATUS_MARK: Record<DeliveryStatus, string> = { geleverd: '✓', ontbreekt: '–', waarschuwing: '!' };

export function statusWord(status: DeliveryStatus, lang: Lang): string {
  return word(status === 'geleverd' ? 'statusGeleverd' : status === 'ontbreekt' ? 'statusOntbreekt' : 'statusWaarschuwing', lang);
}
