import type { Lang } from '../domain/model.js';
import type { Aggregation, IndicatorDef } from '../domain/indicators.js';

const KIND: Record<Aggregation['kind'], { nl: string; en: string }> = {
  sum: { nl: 'som over de GI\'s die leverden; "ten minste" als er GI\'s ontbreken', en: 'sum over the GIs that delivered; "at least" when GIs are missing' },
  ratio: { nl: 'verhouding van sommen over de GI\'s met teller én noemer (geen gemiddelde van verhoudingen)', en: 'ratio of sums over the GIs with numerator and denominator (never a mean of ratios)' },
  'waiting-share': { nl: 'wachtenden / alle maatregelen van alle GI\'s; "ten minste" als er GI\'s ontbreken of het aantal wachtenden zelf "ten minste" is', en: 'children waiting / all measures of all GIs; "at least" when GIs are missing or the number waiting is itself "at least"' },
  'weighted-mean': { nl: 'gewogen gemiddelde over de GI\'s met waarde én gewicht', en: 'weighted mean over the GIs with value and weight' },
  'sum-of-parts': { nl: 'som van de geleverde delen; "ten minste" als een deel ergens ontbreekt', en: 'sum of the delivered parts; "at least" when a part is missing anywhere' },
  'minus-target': { nl: 'verschil met de streefwaarde (--norm)', en: 'difference from the target (--norm)' },
  'count-above-target': { nl: 'aantal GI\'s boven de streefwaarde (--norm)', en: 'number of GIs above the target (--norm)' },
  'change-since-previous': { nl: 'verschil met de laatste eerdere peildatum met dit cijfer, over de GI\'s in beide', en: 'difference from the latest earlier round with this figure, over the GIs in both' },
};

const HEAD: Record<Lang, Record<'label' | 'formula' | 'unit' | 'precision' | 'method' | 'source' | 'level', string>> = {
  nl: { label: 'Label', formula: 'Formule', unit: 'Eenheid', precision: 'Precisie', method: 'Berekening', source: 'Bron', level: 'alleen landelijk' },
  en: { label: 'Label', formula: 'Formula', unit: 'Unit', precision: 'Precision', method: 'Method', source: 'Source', level: 'national only' },
};

function precision(def: IndicatorDef, lang: Lang): string {
  const d = (n: number) => (lang === 'nl' ? `${n} ${n === 1 ? 'decimaal' : 'decimalen'}` : `${n} decimal${n === 1 ? '' : 's'}`);
  const pct = def.display === 'percent' ? (lang === 'nl' ? ' (als percentage)' : ' (as a percentage)') : '';
  if (!def.perGi) return `${d(def.decimals.national)}${pct}, ${HEAD[lang].level}`;
  return lang === 'nl'
    ? `landelijk ${d(def.decimals.national)}, per GI ${d(def.decimals.gi)}${pct}`
    : `national ${d(def.decimals.national)}, per GI ${d(def.decimals.gi)}${pct}`;
}

/** `jbmonitor explain`: each indicator's definition, straight from the registry the reports use. */
export function renderExplain(defs: readonly IndicatorDef[], lang: Lang): string {
  const h = HEAD[lang];
  const blocks = defs.map((def) => [
    `${def.id} — ${def.label[lang]}`,
    `  ${h.label}:      ${def.label.nl} / ${def.label.en}`,
    `  ${h.formula}:${' '.repeat(Math.max(1, 11 - h.formula.length))}${def.formula[lang]}`,
    `  ${h.unit}:${' '.repeat(Math.max(1, 11 - h.unit.length))}${def.unit[lang]}`,
    `  ${h.precision}:${' '.repeat(Math.max(1, 11 - h.precision.length))}${precision(def, lang)}`,
    `  ${h.method}:${' '.repeat(Math.max(1, 11 - h.method.length))}${KIND[def.aggregation.kind][lang]}`,
    ...(def.source ? [`  ${h.source}:${' '.repeat(Math.max(1, 11 - h.source.length))}${def.source[lang]}`] : []),
  ].join('\n'));
  return `${blocks.join('\n\n')}\n`;
}
