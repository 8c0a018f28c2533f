import type { ComputeOptions, GiResult, NationalValue, Round, Submission } from '../model.js';
import { aggregate, type Aggregated, type GiBase } from './aggregate.js';
import { baseOf } from './base.js';
import { computeDelivery } from './delivery.js';
import { INDICATORS } from './indicators.js';
import { compareNames, compareText } from './order.js';
import { addChanges } from './trend.js';

/**
 * Compute every indicator for every peildatum, nationally and per GI. Pure: the same submissions
 * in any order give the same rounds, because GIs are sorted before anything is summed.
 *
 * @param monitorGis the register's GIs expected in every round
 */
export function computeRounds(submissions: readonly Submission[], monitorGis: readonly string[], options: ComputeOptions): Round[] {
  const byDate = new Map<string, Submission[]>();
  for (const s of submissions) byDate.set(s.peildatum, [...(byDate.get(s.peildatum) ?? []), s]);
  const dates = [...byDate.keys()].sort(compareText);

  const earlier: { peildatum: string; gis: GiBase[] }[] = [];
  const rounds = dates.map((peildatum): Round => {
    const subs = [...(byDate.get(peildatum) ?? [])].sort((a, b) => compareNames(a.gi, b.gi));
    const expected = [...new Set([...monitorGis, ...subs.map((s) => s.gi)])].sort(compareNames);
    const gis: GiBase[] = subs.map((s) => ({ gi: s.gi, base: baseOf(s.figures) }));
    const done = new Map<string, Aggregated>();
    for (const def of INDICATORS) {
      done.set(def.id, aggregate(def.aggregation, { gis, expected, norm: options.norm, done, earlier }));
    }
    const national: Record<string, NationalValue> = {};
    for (const def of INDICATORS) national[def.id] = done.get(def.id)?.national ?? emptyNational(expected);
    const giResults: GiResult[] = subs.map((s) => ({
      gi: s.gi,
      registered: s.registered,
      source: s.source,
      indicators: Object.fromEntries(INDICATORS.filter((d) => d.perGi).map((d) => [d.id, done.get(d.id)?.perGi.get(s.gi) ?? { value: null }])),
    }));
    earlier.push({ peildatum, gis });
    return { peildatum, expected, national, gis: giResults, aanleverstatus: computeDelivery(expected, subs) };
  });
  // Changes against earlier rounds (issue 5): a separate pass, see compute/trend.ts.
  return addChanges(rounds, earlier, options.norm);
}

function emptyNational(expected: readonly string[]): NationalValue {
  return { value: null, lower_bound: false, gi_count: 0, gi_total: expected.length, missing: [...expected] };
}
