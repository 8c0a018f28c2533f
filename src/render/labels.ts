import type { DeliveryStatus, FigureKey, Labels, Lang } from '../domain/model.js';
import { INDICATORS, type IndicatorDef } from '../domain/indicators.js';
import { FIGURE_KEYS, fieldDef, type FieldDef } from '../domain/fields.js';
import { word } from './words.js';

function fieldTexts(pick: (def: FieldDef) => Labels): Record<FigureKey, Labels> {
  return Object.fromEntries(FIGURE_KEYS.map((k) => [k, pick(fieldDef(k))])) as Record<FigureKey, Labels>;
}

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

/** Short headers for the delivery matrix, in the order of the uitvraag form (from the field registry). */
export const FIELD_SHORT: Record<FigureKey, Labels> = fieldTexts((d) => d.short ?? d.label);


/** Still shorter headers for the html matrix, so that it fits a printed page (the full name is its tooltip). */
export const FIELD_ABBR: Record<FigureKey, Labels> = fieldTexts((d) => d.abbr ?? d.short ?? d.label);


export const STATUS_MARK: Record<DeliveryStatus, string> = { geleverd: '✓', ontbreekt: '–', waarschuwing: '!' };

export function statusWord(status: DeliveryStatus, lang: Lang): string {
  return word(status === 'geleverd' ? 'statusGeleverd' : status === 'ontbreekt' ? 'statusOntbreekt' : 'statusWaarschuwing', lang);
}
