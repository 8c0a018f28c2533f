import type { Figures, Issue, Place, Submission } from '../domain/model.js';
import { makeIssue, MAX_PLACES_NAMED, placesParam } from '../domain/issues.js';
import type { GiRegister } from '../domain/gi-register.js';
import type { ParsedRecord } from './submission.js';
import { resolveGi } from './gi.js';

/** Reported and derived available fte may differ by this much (rounding in the GI's own sheet). */
export const AVAILABILITY_TOLERANCE_FTE = 0.5;

/** An fte figure as its message shows it: two decimals at most, without float noise. */
const hundredths = (n: number): number => Math.round(n * 100) / 100;

/** Cross-field rules of one submission: each returns the issues it finds. */
export function checkFigures(f: Figures, places: ParsedRecord['places'], source: Place, failed: ReadonlySet<keyof Figures> = new Set()): Issue[] {
  const issues: Issue[] = [];
  const at = (key: keyof Figures): Place => places[key] ?? source;
  const { ots, voogdij, jr, maatregelen_totaal: total } = f;

  if (ots !== null && voogdij !== null && jr !== null && total !== null && ots + voogdij + jr !== total) {
    issues.push(makeIssue('error', 'rule/types-total', at('maatregelen_totaal'), {
      field: 'maatregelen_totaal', value: total, expected: 'types-sum', params: { sum: ots + voogdij + jr, total },
    }));
  }
  const givenTypes = [ots, voogdij, jr].filter((v): v is number => v !== null);
  const typesSum = givenTypes.reduce((s, v) => s + v, 0);
  // With a type missing the types need not add up, but they can never exceed the total.
  if (total !== null && givenTypes.length < 3 && typesSum > total) {
    issues.push(makeIssue('error', 'rule/types-exceed-total', at('maatregelen_totaal'), {
      field: 'maatregelen_totaal', value: total, expected: 'types-sum', params: { sum: typesSum, total },
    }));
  }
  const measures = total ?? (ots !== null && voogdij !== null && jr !== null ? ots + voogdij + jr : null);
  for (const key of ['wachtlijst_start', 'interne_wachtlijst'] as const) {
    const waiting = f[key];
    if (waiting !== null && measures !== null && waiting > measures) {
      issues.push(makeIssue('error', 'rule/waiting-exceeds-total', at(key), { field: key, value: waiting, expected: 'at-most-total', params: { total: measures } }));
    }
  }
  for (const [days, count] of [['wachtdagen_start', 'wachtlijst_start'], ['wachtdagen_intern', 'interne_wachtlijst']] as const) {
    if (f[days] !== null && f[count] === null && !failed.has(count)) issues.push(makeIssue('warning', 'plausibility/days-without-count', at(days), { field: days, value: f[days] }));
  }

  const { formatie_fte: formatie, beschikbaarheid: rate, beschikbare_fte: available } = f;
  if (formatie !== null && rate !== null && available !== null && Math.abs(formatie * rate - available) > AVAILABILITY_TOLERANCE_FTE) {
    issues.push(makeIssue('error', 'rule/availability-mismatch', at('beschikbare_fte'), {
      field: 'beschikbare_fte', value: available, expected: 'agree-within-0.5', params: { derived: hundredths(formatie * rate), reported: hundredths(available) },
    }));
  }
  // Available staff can never exceed the establishment: availability stays at most 100%.
  if (formatie !== null && available !== null && available > formatie) {
    issues.push(makeIssue('error', 'rule/availability-above-establishment', at('beschikbare_fte'), {
      field: 'beschikbare_fte', value: available, params: { reported: hundredths(available), formatie: hundredths(formatie) },
    }));
  }
  if (rate !== null && formatie === null && available === null && !failed.has('formatie_fte') && !failed.has('beschikbare_fte')) {
    issues.push(makeIssue('warning', 'rule/availability-without-establishment', at('beschikbaarheid'), { field: 'beschikbaarheid', value: { value: rate * 100, percent: true } }));
  }
  return issues;
}

/** Map each record's GI through the register and build the submissions. */
export function toSubmissions(records: readonly ParsedRecord[], register: GiRegister): { submissions: Submission[]; issues: Issue[] } {
  const submissions: Submission[] = [];
  const issues: Issue[] = [];
  for (const r of records) {
    issues.push(...checkFigures(r.figures, r.places, r.source, r.failed));
    if (r.giAsGiven === null || r.peildatum === null) continue;
    const gi = resolveGi(r.giAsGiven, r.giPlace, register);
    issues.push(...gi.issues);
    if (!gi.registered) continue;
    submissions.push({
      gi: gi.name,
      registered: true,
      monitor: gi.monitor,
      peildatum: r.peildatum,
      figures: r.figures,
      source: r.source,
      warnedFields: [...r.warned].sort(),
      aanleverdatum: r.aanleverdatum,
      places: r.places,
      giPlace: r.giPlace,
    });
  }
  // Duplicates are checked once case-level figures have joined (validate.ts checkSubmissions).
  return { submissions, issues };
}


/** Submissions per GI and peildatum, in input order: more than one in a group is a duplicate or a revision. */
export function groupByGiAndPeildatum(submissions: readonly Submission[]): Submission[][] {
  const groups = new Map<string, Submission[]>();
  for (const s of submissions) {
    const key = `${s.gi}\u0000${s.peildatum}`;
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
  }
  return [...groups.values()];
}

/**
 * Two submissions for one GI and peildatum are a conflict, never summed. Every copy gets one
 * error naming the others (a few, and how many more): whichever file a GI opens, it sees the conflict.
 */
export function checkDuplicates(submissions: readonly Submission[]): Issue[] {
  const groups = groupByGiAndPeildatum(submissions);
  const issues: Issue[] = [];
  for (const group of groups) {
    if (group.length < 2) continue;
    // A message names a few of the others (placesParam counts the rest): only those are gathered,
    // so a GI repeated on thousands of rows costs linear time and text, not quadratic.
    const named = group.slice(0, MAX_PLACES_NAMED + 1);
    for (const here of group) {
      const others = named.filter((o) => o !== here).slice(0, MAX_PLACES_NAMED).map((o) => o.giPlace ?? o.source);
      issues.push(makeIssue('error', 'submission/duplicate', here.giPlace ?? here.source, {
        field: 'gi', value: here.gi, expected: 'one-submission', params: { gi: here.gi, peildatum: here.peildatum, count: group.length, others: placesParam(others, group.length - 1) },
      }));
    }
  }
  return issues;
}
