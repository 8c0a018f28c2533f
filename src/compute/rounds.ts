import type { ComputeOptions, GiResult, NationalValue, Round, Submission } from '../domain/model.js';
import { aggregate, type Aggregated, type GiBase } from './aggregate.js';
import { baseOf } from '../domain/figure-base.js';
import { computeDelivery } from './delivery.js';
import { INDICATORS } from '../domain/indicators.js';
import { compareNames, compareText } from '../domain/order.js';
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
    // GIs outside the monitor (Nidos) are computed on their own: shown per GI, never in the
    // national figures, the coverage or the aanleverstatus.
    const inMonitor = subs.filter((s) => s.monitor);
    const outside = subs.filter((s) => !s.monitor);
    const expected = [...new Set([...monitorGis, ...inMonitor.map((s) => s.gi)])].sort(compareNames);
    const gis: GiBase[] = inMonitor.map((s) => ({ gi: s.gi, base: baseOf(s.figures) }));
    const done = computeAll(gis, expected, options.norm, earlier);
    const outsideDone = computeAll(outside.map((s) => ({ gi: s.gi, base: baseOf(s.figures) })), [], options.norm, []);
    const national: Record<string, NationalValue> = {};
    for (const def of INDICATORS) national[def.id] = done.get(def.id)?.national ?? emptyNational(expected);
    const giResult = (s: Submission, results: ReadonlyMap<string, Aggregated>): GiResult => ({
      gi: s.gi,
      registered: s.registered,
      ...(s.monitor ? {} : { outside_national: true as const }),
      source: s.source,
      indicators: Object.fromEntries(INDICATORS.filter((d) => d.perGi).map((d) => [d.id, results.get(d.id)?.perGi.get(s.gi) ?? { value: null }])),
    });
    const giResults = subs.map((s) => giResult(s, s.monitor ? done : outsideDone));
    earlier.push({ peildatum, gis });
    return { peildatum, expected, national, gis: giResults, aanleverstatus: computeDelivery(expected, inMonitor) };
  });
  // Changes against earlier rounds: a separate pass, see compute/trend.ts.
  return addChanges(rounds, earlier, options.norm);
}

function computeAll(gis: readonly GiBase[], expected: readonly string[], norm: number, earlier: readonly { peildatum: string; gis: readonly GiBase[] }[]): Map<string, Aggregated> {
  const done = new Map<string, Aggregated>();
  for (const def of INDICATORS) done.set(def.id, aggregate(def.aggregation, { gis, expected, norm, done, earlier }));
  return done;
}

function emptyNational(expected: readonly string[]): NationalValue {
  return { value: null, lower_bound: false, gi_count: 0, gi_total: expected.length, missing: [...expected] };
}
