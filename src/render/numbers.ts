import type { Lang } from '../domain/model.js';
import type { IndicatorDef } from '../domain/indicators.js';

const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, decimals: number, percent: boolean, grouping: boolean): Intl.NumberFormat {
  const key = `${lang}|${decimals}|${percent ? 'p' : 'n'}|${grouping ? 'g' : ''}`;
  let f = cache.get(key);
  if (!f) {
    // Intl rounds half away from zero on the decimal value (1.005 → 1,01), unlike Math.round.
    f = new Intl.NumberFormat(LOCALE[lang], {
      style: percent ? 'percent' : 'decimal',
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: grouping,
    });
    cache.set(key, f);
  }
  return f;
}

/** Shown for a figure nobody delivered: never 0. */
export const NOT_AVAILABLE = '–';

/** A number at display precision: 33.859 · 16,5 · 2,3% (nl) or 33,859 · 16.5 · 2.3% (en). */
export function formatNumber(value: number, decimals: number, lang: Lang, percent = false): string {
  const text = numberFormat(lang, decimals, percent, true).format(value);
  // Avoid "-0" after rounding a tiny negative difference.
  return /^-0([.,]0+)?%?$/u.test(text) ? text.slice(1) : text;
}

export type Level = 'national' | 'gi';

export function formatIndicator(value: number | null, def: IndicatorDef, level: Level, lang: Lang): string {
  if (value === null) return NOT_AVAILABLE;
  return formatNumber(value, def.decimals[level], lang, def.display === 'percent');
}

export const AT_LEAST: Record<Lang, string> = { nl: 'ten minste', en: 'at least' };

/** A full-precision number for machine-read text (CSV): no grouping, the language's decimal mark. */
export function formatPlain(value: number, lang: Lang): string {
  let text = Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  if (/e/iu.test(text)) text = value.toFixed(15).replace(/\.?0+$/u, '');
  return lang === 'nl' ? text.replace('.', ',') : text;
}
