/**
 * The uitvraag counts both waiting lists as "langer dan 5 dagen", as the letters do. Case files
 * counted with another --drempel measure something else: where both kinds of waiting figures
 * meet in one round (summed into the national figures, or compared for one GI), say so.
 */
import type { Issue, Submission } from '../domain/model.js';
import { compareText } from '../domain/order.js';
import { UITVRAAG_THRESHOLD } from '../domain/waiting-rule.js';
import type { CaseSubmission } from './merge.js';
import { makeIssue } from '../domain/issues.js';

const WAITING_COUNTS = ['wachtlijst_start', 'interne_wachtlijst'] as const;

/**
 * One warning per peildatum where case files (counted with `threshold` days) derived a waiting
 * list and aggregate submissions also gave one; located at the first such submission.
 */
export function thresholdMismatch(aggregate: readonly Submission[], cases: readonly CaseSubmission[], threshold: number): Issue[] {
  if (threshold === UITVRAAG_THRESHOLD) return [];
  const derived = new Set(cases.filter((c) => WAITING_COUNTS.some((k) => c.figures[k] !== undefined && c.figures[k] !== null)).map((c) => c.peildatum));
  const issues: Issue[] = [];
  for (const peildatum of [...derived].sort(compareText)) {
    const given = aggregate
      .filter((s) => s.peildatum === peildatum && WAITING_COUNTS.some((k) => s.figures[k] !== null))
      .sort((a, b) => compareText(a.source.file ?? '', b.source.file ?? '') || (a.source.row ?? 0) - (b.source.row ?? 0));
    const first = given[0];
    if (!first) continue;
    const gis = [...new Set(given.map((s) => s.gi))].sort(compareText);
    issues.push(makeIssue('warning', 'case/threshold-mismatch', first.source, {
      params: { peildatum, drempel: threshold, uitvraag: UITVRAAG_THRESHOLD, count: gis.length, gis: gis.join(', ') },
    }));
  }
  return issues;
}
