import type { Report } from '../../src/domain/model.js';
import { canBeLowerBound, INDICATORS } from '../../src/domain/indicators.js';

const EPS = 1e-9;

/**
 * What must hold for every accepted input, whatever its values: per-GI figures add up to the
 * national ones, shares lie in [0, 1], coverage and lower bounds follow the partial-delivery rules.
 * Returns the violations (empty = all hold).
 */
export function invariantViolations(report: Report): string[] {
  const out: string[] = [];
  for (const round of report.rounds) {
    for (const def of INDICATORS) {
      const n = round.national[def.id];
      const where = `${round.peildatum} ${def.id}`;
      if (!n) { out.push(`${where}: missing national entry`); continue; }
      if (n.value !== null && !Number.isFinite(n.value)) out.push(`${where}: value ${String(n.value)}`);
      if (n.gi_total !== round.expected.length) out.push(`${where}: gi_total ${n.gi_total} ≠ ${round.expected.length} expected`);
      if (n.gi_count + n.missing.length !== n.gi_total) out.push(`${where}: gi_count + missing ≠ gi_total`);
      // GIs outside the monitor (Nidos) are shown per GI but never part of the national figures.
      const giValues = round.gis.filter((g) => !g.outside_national).map((g) => g.indicators[def.id]?.value ?? null);
      for (const v of giValues) if (v !== null && !Number.isFinite(v)) out.push(`${where}: GI value ${String(v)}`);
      const kind = def.aggregation.kind;
      if (kind === 'sum' && n.value !== null) {
        const sum = giValues.reduce<number>((s, v) => s + (v ?? 0), 0);
        if (Math.abs(sum - n.value) > EPS * Math.max(1, Math.abs(sum))) out.push(`${where}: national ${n.value} ≠ Σ GIs ${sum}`);
        if (n.lower_bound !== n.missing.length > 0) out.push(`${where}: lower_bound ${String(n.lower_bound)} with ${n.missing.length} missing`);
      }
      if (kind === 'sum' && n.value === null && giValues.some((v) => v !== null)) out.push(`${where}: null although GIs delivered`);
      if (!canBeLowerBound(def) && n.lower_bound) out.push(`${where}: marked as lower bound, but ${kind} never is one`);
      // Every indicator shown as a percentage is a fraction.
      if (def.display === 'percent') {
        for (const v of [n.value, ...giValues]) if (v !== null && (v < -EPS || v > 1 + EPS)) out.push(`${where}: share ${v} outside [0, 1]`);
      }
      if (kind === 'weighted-mean' && n.value !== null) {
        const delivered = giValues.filter((v): v is number => v !== null);
        if (n.value < Math.min(...delivered) - EPS || n.value > Math.max(...delivered) + EPS) out.push(`${where}: mean ${n.value} outside the GIs' values`);
      }
    }
  }
  return out;
}

/** Text no report may ever contain. */
export const FORBIDDEN_TEXT = ['NaN', 'Infinity', 'undefined', '[object Object]'];
