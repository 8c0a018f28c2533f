import type { Lang, NationalValue, Report, Round } from '../domain/model.js';
import type { IndicatorDef } from '../domain/indicators.js';
import { labelOf } from './labels.js';
import { nationalRows } from './report-rows.js';
import { word } from './words.js';

/**
 * Publication mode (--alleen-landelijk): the report names no GI. Where an analyst's report lists
 * the GIs that did not deliver, a publication says how many did, as the letters do ("niet alle
 * GI's konden cijfers leveren"). The paths of the inputs are reduced to file names by the report
 * builder; this module decides what the renderers show instead of names.
 */

/** "10 van de 13 GI's" / "10 of 13 GIs". */
export function coverageWords(count: number, total: number, lang: Lang): string {
  return lang === 'nl' ? `${count} van de ${total} GI's` : `${count} of ${total} GIs`;
}

/** True when some figure of the round was not delivered by every GI. */
export const isPartial = (round: Round): boolean => Object.values(round.national).some((v) => v.gi_count < v.gi_total);

/** Said once under a publication's national table, when some figure misses GIs. */
export function partialNote(round: Round, lang: Lang): string | null {
  if (!isPartial(round)) return null;
  return lang === 'nl'
    ? 'Niet alle GI\'s konden alle cijfers leveren; de dekking zegt per cijfer hoeveel GI\'s het leverden. Een som over een deel van de GI\'s is een ondergrens (ten minste).'
    : 'Not all GIs could deliver every figure; the coverage says for each figure how many GIs delivered it. A sum over part of the GIs is a lower bound (at least).';
}

/** The missing GIs of a national figure, by name; nothing when the figure itself is missing (0/13 says enough). */
const missingNames = (v: NationalValue): string => (v.value === null ? '' : v.missing.join(', '));

/**
 * The national table every text format shows. An analyst's report: indicator, value, coverage
 * (10/13 GI's) and the missing GIs by name. A publication: indicator, value and coverage in words.
 */
export function nationalTable(round: Round, lang: Lang, nationalOnly: boolean): { header: string[]; rows: string[][]; numeric: boolean[]; defs: IndicatorDef[] } {
  const rows = nationalRows(round, lang);
  const defs = rows.map((r) => r.def);
  if (nationalOnly) {
    return {
      defs,
      header: [word('indicator', lang), word('value', lang), word('coverage', lang)],
      rows: rows.map((r) => [labelOf(r.def, lang), r.shown, coverageWords(r.value.gi_count, r.value.gi_total, lang)]),
      numeric: [false, true, true],
    };
  }
  return {
    defs,
    header: [word('indicator', lang), word('value', lang), word('coverage', lang), word('missing', lang)],
    rows: rows.map((r) => [labelOf(r.def, lang), r.shown, r.coverage, missingNames(r.value)]),
    numeric: [false, true, true, false],
  };
}

/**
 * The JSON of a publication: every list of GI names is emptied (the counts `gi_count` and
 * `gi_total` stay), and so are the per-GI results, the aanleverstatus, the issues (which name
 * files and cells) and the re-deliveries (per GI, per file).
 */
export function publicationJson(report: Report): Report {
  const rounds = report.rounds.map((r) => ({
    ...r,
    expected: [],
    gis: [],
    aanleverstatus: [],
    national: Object.fromEntries(Object.entries(r.national).map(([id, v]) => [id, withoutNames(v)])),
  }));
  const shown: Report = { ...report, rounds, issues: [] };
  delete shown.revisions;
  return shown;
}

function withoutNames(v: NationalValue): NationalValue {
  const out: NationalValue = { ...v, missing: [] };
  if (v.not_in_both) out.not_in_both = [];
  if (v.change?.like_for_like) out.change = { ...v.change, like_for_like: { ...v.change.like_for_like, excluded: [] } };
  return out;
}
