import type { Issue, Submission } from '../domain/model.js';
import { baseOf } from '../domain/figure-base.js';
import { makeIssue } from '../domain/issues.js';

export const PLAUSIBLE = { minAvailability: 0.5, minWorkload: 5, maxWorkload: 40 } as const;

/** Implausible but possible values: warnings, fatal only under --strict. */
export function checkPlausibility(s: Submission): Issue[] {
  const b = baseOf(s.figures);
  const issues: Issue[] = [];
  const place = s.source;
  const ratePlace = s.places?.beschikbaarheid ?? s.places?.beschikbare_fte ?? place;
  if (b.formatie !== null && b.beschikbaar !== null && b.formatie > 0) {
    const rate = b.beschikbaar / b.formatie;
    if (rate < PLAUSIBLE.minAvailability) {
      issues.push(makeIssue('warning', 'plausibility/availability-low', ratePlace, { field: 'beschikbaarheid', value: { value: rate * 100, percent: true, decimals: 1 }, params: { rate: rate * 100, gi: s.gi } }));
    }
  }
  if (b.maatregelen !== null && b.beschikbaar !== null && b.beschikbaar > 0) {
    const workload = b.maatregelen / b.beschikbaar;
    if (workload < PLAUSIBLE.minWorkload || workload > PLAUSIBLE.maxWorkload) {
      issues.push(makeIssue('warning', 'plausibility/workload', s.places?.maatregelen_totaal ?? place, { value: { value: workload, decimals: 1 }, params: { workload, gi: s.gi } }));
    }
  }
  return issues;
}
