import type { Change, GiResult, LikeForLike, NationalValue, Round } from '../domain/model.js';
import { aggregate, type Aggregated, type GiBase } from './aggregate.js';
import { INDICATORS, type IndicatorDef } from '../domain/indicators.js';
import { compareNames } from '../domain/order.js';

/** The per-GI quantities of one round, as computeRounds used them. */
export interface RoundBases {
  peildatum: string;
  gis: readonly GiBase[];
}

/** Indicators that are themselves a change get no change of their own. */
const hasChange = (def: IndicatorDef): boolean => def.aggregation.kind !== 'change-since-previous';

const sortNames = (names: Iterable<string>): string[] => [...names].sort(compareNames);

/** The GIs whose figures went into a national value. */
function contributors(round: Round, v: NationalValue): Set<string> {
  const missing = new Set(v.missing);
  return new Set(round.expected.filter((g) => !missing.has(g)));
}

/** Every indicator's national value over just these GIs (for like-for-like changes). */
export function nationalOver(gis: readonly GiBase[], norm: number): Map<string, number | null> {
  const expected = gis.map((g) => g.gi);
  const done = new Map<string, Aggregated>();
  for (const def of INDICATORS) done.set(def.id, aggregate(def.aggregation, { gis, expected, norm, done, earlier: [] }));
  return new Map([...done].map(([id, a]) => [id, a.national.value]));
}

function relative(absolute: number | null, base: number | null): number | null {
  return absolute !== null && base !== null && base !== 0 ? absolute / base : null;
}

/**
 * Add to every national and per-GI value its change against the latest earlier round that has
 * that figure (a round without it is skipped, and listed as skipped). A change between a lower
 * bound and a full figure, or over different GIs, is not comparable; the like-for-like change
 * over the GIs in both rounds is given beside it. A GI missing from a round is skipped, never 0.
 */
export function addChanges(rounds: readonly Round[], bases: readonly RoundBases[], norm: number): Round[] {
  const subsetCache = new Map<string, Map<string, number | null>>();
  const over = (index: number, names: readonly string[]): Map<string, number | null> => {
    const key = `${index}\u0000${names.join('\u0000')}`;
    let values = subsetCache.get(key);
    if (!values) {
      const set = new Set(names);
      values = nationalOver((bases[index]?.gis ?? []).filter((g) => set.has(g.gi)), norm);
      subsetCache.set(key, values);
    }
    return values;
  };

  return rounds.map((round, i) => {
    const national: Record<string, NationalValue> = {};
    for (const [id, v] of Object.entries(round.national)) {
      const def = INDICATORS.find((d) => d.id === id);
      national[id] = def && hasChange(def) ? withNationalChange(rounds, i, id, v, over) : v;
    }
    const netto = national.netto_toename_fte;
    if (netto) national.netto_toename_fte = withNettoBase(rounds, i, netto);
    const gis = round.gis.map((g) => withGiChanges(rounds, i, g));
    return { ...round, national, gis };
  });
}

function withNationalChange(
  rounds: readonly Round[], i: number, id: string, now: NationalValue,
  over: (index: number, names: readonly string[]) => Map<string, number | null>,
): NationalValue {
  const round = rounds[i];
  if (!round || now.value === null) return now;
  let j = i - 1;
  while (j >= 0 && (rounds[j]?.national[id]?.value ?? null) === null) j--;
  const baseRound = rounds[j];
  const then = baseRound?.national[id];
  if (!baseRound || !then || then.value === null) return now;
  const absolute = now.value - then.value;
  const a = contributors(baseRound, then);
  const b = contributors(round, now);
  const sameGis = a.size === b.size && [...a].every((g) => b.has(g));
  const comparable = sameGis && then.lower_bound === now.lower_bound;
  let like_for_like: LikeForLike | null = null;
  if (!comparable) {
    const common = sortNames([...b].filter((g) => a.has(g)));
    const excluded = sortNames([...a, ...b].filter((g) => !(a.has(g) && b.has(g))));
    const before = common.length ? over(j, common).get(id) ?? null : null;
    const after = common.length ? over(i, common).get(id) ?? null : null;
    const diff = before !== null && after !== null ? after - before : null;
    like_for_like = { absolute: diff, relative: relative(diff, before), gi_count: common.length, excluded: [...new Set(excluded)] };
  }
  const change: Change = {
    base_peildatum: baseRound.peildatum,
    skipped: rounds.slice(j + 1, i).map((r) => r.peildatum),
    absolute,
    relative: relative(absolute, then.value),
    comparable,
    like_for_like,
  };
  return { ...now, change };
}

/** netto_toename_fte: which round it compares with, and which GIs are not in both. */
function withNettoBase(rounds: readonly Round[], i: number, netto: NationalValue): NationalValue {
  const round = rounds[i];
  let j = i - 1;
  while (j >= 0 && (rounds[j]?.national.formatie_fte?.value ?? null) === null) j--;
  const base = rounds[j];
  // Without formatie in this round there is no change to explain.
  if (!round || !base || (round.national.formatie_fte?.value ?? null) === null) return netto;
  const withFte = (r: Round) => new Set(r.gis.filter((g) => (g.indicators.formatie_fte?.value ?? null) !== null).map((g) => g.gi));
  const a = withFte(base);
  const b = withFte(round);
  return { ...netto, base_peildatum: base.peildatum, not_in_both: sortNames(new Set([...a, ...b].filter((g) => !(a.has(g) && b.has(g))))) };
}

function withGiChanges(rounds: readonly Round[], i: number, g: GiResult): GiResult {
  const indicators: GiResult['indicators'] = {};
  for (const [id, now] of Object.entries(g.indicators)) {
    const def = INDICATORS.find((d) => d.id === id);
    if (!def || !hasChange(def) || now.value === null) {
      indicators[id] = now;
      continue;
    }
    let j = i - 1;
    const valueIn = (k: number) => rounds[k]?.gis.find((x) => x.gi === g.gi)?.indicators[id] ?? null;
    while (j >= 0 && (valueIn(j)?.value ?? null) === null) j--;
    const then = valueIn(j);
    const baseRound = rounds[j];
    if (!then || then.value === null || !baseRound) {
      indicators[id] = now;
      continue;
    }
    const absolute = now.value - then.value;
    indicators[id] = {
      ...now,
      change: {
        base_peildatum: baseRound.peildatum,
        skipped: rounds.slice(j + 1, i).map((r) => r.peildatum),
        absolute,
        relative: relative(absolute, then.value),
        comparable: Boolean(then.lower_bound) === Boolean(now.lower_bound),
        like_for_like: null,
      },
    };
  }
  return { ...g, indicators };
}
