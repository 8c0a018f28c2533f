import type { GiValue, NationalValue } from '../domain/model.js';
import type { Base, BaseKey } from '../domain/figure-base.js';
import { LOWER_BOUND_WHEN_PARTIAL, type Aggregation } from '../domain/indicators.js';

/** One GI's figures in one round. */
export interface GiBase {
  gi: string;
  base: Base;
}

export interface AggregateInput {
  /** The GIs that submitted, sorted by name: sums run in this order, so input order never matters. */
  gis: readonly GiBase[];
  /** The GIs expected in the round (register monitor GIs + unregistered submitters), sorted. */
  expected: readonly string[];
  norm: number;
  /** Indicators already computed in this round (for those defined on other indicators). */
  done: ReadonlyMap<string, Aggregated>;
  /** Earlier rounds, latest last (for changes since a previous round). */
  earlier: readonly { peildatum: string; gis: readonly GiBase[] }[];
}

export interface Aggregated {
  national: NationalValue;
  perGi: Map<string, GiValue>;
}

const has = (v: number | null): v is number => v !== null;

function coverage(expected: readonly string[], contributors: readonly string[]): Pick<NationalValue, 'gi_count' | 'gi_total' | 'missing'> {
  const set = new Set(contributors);
  return { gi_count: contributors.length, gi_total: expected.length, missing: expected.filter((g) => !set.has(g)) };
}

/** Σ in the given order; the caller passes GIs sorted by name. */
function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

/** The national value with its coverage; a lower bound when its kind says so and some GIs are missing. */
function result(kind: Aggregation['kind'], input: AggregateInput, value: number | null, contributors: string[], perGi: Map<string, GiValue>): Aggregated {
  const cov = coverage(input.expected, contributors);
  const lower_bound = LOWER_BOUND_WHEN_PARTIAL[kind] && value !== null && cov.missing.length > 0;
  return { national: { value, lower_bound, ...cov }, perGi };
}

/** Compute one indicator nationally and per GI. */
export function aggregate(agg: Aggregation, input: AggregateInput): Aggregated {
  const { gis } = input;
  switch (agg.kind) {
    case 'sum': {
      const with_ = gis.filter((g) => has(g.base[agg.of]));
      const perGi = new Map(gis.map((g) => [g.gi, { value: g.base[agg.of] }]));
      return result(agg.kind, input, with_.length ? sum(with_.map((g) => g.base[agg.of] ?? 0)) : null, with_.map((g) => g.gi), perGi);
    }
    case 'ratio': return ratioOfSums(input, agg.num, agg.den);
    case 'waiting-share': {
      const of = computed(input, agg.of);
      const numerator = (g: GiBase): number | null => of.perGi.get(g.gi)?.value ?? null;
      const perGi = new Map(gis.map((g): [string, GiValue] => {
        const value = quotient(numerator(g), g.base.maatregelen);
        // A GI's share is a lower bound when its own count is (a part of it was not delivered).
        const bound = of.perGi.get(g.gi)?.lower_bound;
        return [g.gi, value !== null && bound !== undefined ? { value, lower_bound: bound } : { value }];
      }));
      const both = gis.filter((g) => has(numerator(g)) && has(g.base.maatregelen));
      const denominator = sum(gis.filter((g) => has(g.base.maatregelen)).map((g) => g.base.maatregelen ?? 0));
      const value = both.length && denominator > 0 ? sum(both.map((g) => numerator(g) ?? 0)) / denominator : null;
      const share = result(agg.kind, input, value, both.map((g) => g.gi), perGi);
      // The numerator's own bound carries over: Σ of "ten minste" counts is "ten minste" too.
      return value !== null && of.national.lower_bound ? { ...share, national: { ...share.national, lower_bound: true } } : share;
    }
    case 'weighted-mean': {
      const perGi = new Map(gis.map((g) => [g.gi, { value: g.base[agg.value] }]));
      const both = gis.filter((g) => has(g.base[agg.value]) && has(g.base[agg.weight]));
      const weight = sum(both.map((g) => g.base[agg.weight] ?? 0));
      const value = both.length && weight > 0 ? sum(both.map((g) => (g.base[agg.value] ?? 0) * (g.base[agg.weight] ?? 0))) / weight : null;
      return result(agg.kind, input, value, both.map((g) => g.gi), perGi);
    }
    case 'sum-of-parts': {
      const perGi = new Map(gis.map((g) => {
        const parts = agg.parts.map((p) => g.base[p]);
        const delivered = parts.filter(has);
        return [g.gi, delivered.length ? { value: sum(delivered), lower_bound: delivered.length < parts.length } : { value: null }];
      }));
      const all = gis.filter((g) => agg.parts.every((p) => has(g.base[p])));
      const values = agg.parts.flatMap((p) => gis.map((g) => g.base[p]).filter(has));
      return result(agg.kind, input, values.length ? sum(values) : null, all.map((g) => g.gi), perGi);
    }
    case 'minus-target': {
      const of = computed(input, agg.of);
      const minus = (v: number | null) => (v === null ? null : v - input.norm);
      const perGi = new Map([...of.perGi].map(([gi, v]) => [gi, { value: minus(v.value) }]));
      return { national: { ...of.national, value: minus(of.national.value), lower_bound: false }, perGi };
    }
    case 'count-above-target': {
      const of = computed(input, agg.of);
      const withValue = [...of.perGi].filter(([, v]) => v.value !== null);
      const above = withValue.filter(([, v]) => (v.value ?? 0) > input.norm).length;
      return result(agg.kind, input, withValue.length ? above : null, withValue.map(([gi]) => gi), new Map());
    }
    case 'change-since-previous': return changeSincePrevious(input, agg.of);
  }
}

/** An indicator this one is defined on; the registry lists it earlier, so it is computed already. */
function computed(input: AggregateInput, id: string): Aggregated {
  const of = input.done.get(id);
  if (!of) throw new Error(`indicator ${id} must come earlier in INDICATORS than the indicators defined on it`);
  return of;
}

function quotient(num: number | null, den: number | null): number | null {
  return num !== null && den !== null && den > 0 ? num / den : null;
}

function ratioOfSums(input: AggregateInput, num: BaseKey, den: BaseKey): Aggregated {
  const perGi = new Map(input.gis.map((g) => [g.gi, { value: quotient(g.base[num], g.base[den]) }]));
  const both = input.gis.filter((g) => has(g.base[num]) && has(g.base[den]));
  const denominator = sum(both.map((g) => g.base[den] ?? 0));
  const value = both.length && denominator > 0 ? sum(both.map((g) => g.base[num] ?? 0)) / denominator : null;
  return result('ratio', input, value, both.map((g) => g.gi), perGi);
}

/**
 * Net change since the latest earlier round that has the figure, over the GIs present in both
 * (the others are named as missing), so that a GI that did not deliver never counts as a drop to 0.
 */
function changeSincePrevious(input: AggregateInput, of: BaseKey): Aggregated {
  const previous = [...input.earlier].reverse().find((r) => r.gis.some((g) => has(g.base[of])));
  const before = new Map((previous?.gis ?? []).map((g) => [g.gi, g.base[of]]));
  const perGi = new Map<string, GiValue>();
  const both: GiBase[] = [];
  for (const g of input.gis) {
    const then = before.get(g.gi) ?? null;
    const now = g.base[of];
    perGi.set(g.gi, { value: has(now) && has(then) ? now - then : null });
    if (has(now) && has(then)) both.push(g);
  }
  const value = both.length ? sum(both.map((g) => g.base[of] ?? 0)) - sum(both.map((g) => before.get(g.gi) ?? 0)) : null;
  return result('change-since-previous', input, value, both.map((g) => g.gi), perGi);
}
