import type { GiResult, Lang, Report, Round } from '../domain/model.js';
import { INDICATORS, type IndicatorDef } from '../domain/indicators.js';
import { formatPlain } from './numbers.js';
import { word } from './words.js';
import { labelOf } from './labels.js';

const WORDS = {
  change: { nl: 'verandering', en: 'change' },
  relative: { nl: 'verandering relatief', en: 'relative change' },
  base: { nl: 'vergeleken met peildatum', en: 'compared with reference date' },
  comparable: { nl: 'vergelijkbaar', en: 'comparable' },
} as const;

/** The indicators that carry a change somewhere in the report; none for a single round. */
function changed(report: Report): IndicatorDef[] {
  return INDICATORS.filter((d) => report.rounds.some((r) => r.national[d.id]?.change || r.gis.some((g) => g.indicators[d.id]?.change)));
}

/**
 * Extra CSV columns for changes against the previous round: absolute (shares as a difference of
 * fractions, i.e. procentpunten / 100), relative (fraction), the base peildatum and comparability.
 * Added only when the report has changes, so single-round files keep their columns.
 */
export function changeColumns(report: Report, lang: Lang): {
  header: string[];
  national: (round: Round) => string[];
  gi: (g: GiResult) => string[];
} {
  const defs = changed(report);
  const num = (v: number | null | undefined) => (v === null || v === undefined ? '' : formatPlain(v, lang));
  const cells = (c: Round['national'][string]['change'] | undefined): string[] => (c
    ? [num(c.absolute), num(c.relative), c.base_peildatum, word(c.comparable ? 'yes' : 'no', lang)]
    : ['', '', '', '']);
  return {
    header: defs.flatMap((d) => [WORDS.change, WORDS.relative, WORDS.base, WORDS.comparable].map((w) => `${labelOf(d, lang)} – ${w[lang]}`)),
    national: (round) => defs.flatMap((d) => cells(round.national[d.id]?.change)),
    gi: (g) => defs.flatMap((d) => (d.perGi ? cells(g.indicators[d.id]?.change) : ['', '', '', ''])),
  };
}
