import type { Issue, Place, Revision, Submission } from '../domain/model.js';
import type { JsonPlaces } from '../domain/issue-kinds.js';
import { FIGURE_KEYS } from '../domain/fields.js';
import { makeIssue, NOWHERE, placesParam } from '../domain/issues.js';
import { groupByGiAndPeildatum } from './rules.js';
import { compareNames, compareText } from '../domain/order.js';

/** What to do with two submissions for one GI and peildatum: refuse (default) or keep the latest delivery. */
export type RevisionMode = 'error' | 'latest';

export interface Resolved {
  submissions: Submission[];
  issues: Issue[];
  /** Every figure a later delivery changed, oldest change first within a GI and peildatum. */
  revisions: Revision[];
}

const fileOf = (s: Submission): string => [s.source.file, s.source.sheet].filter(Boolean).join(' › ');

/** The files (and sheets) of a group, each once: a few named, the rest counted (placesParam). */
function filesOf(group: readonly Submission[]): JsonPlaces {
  const seen = new Map<string, Place>();
  for (const s of group) {
    const key = `${s.source.file ?? ''}\u0000${s.source.sheet ?? ''}`;
    if (!seen.has(key)) seen.set(key, { ...NOWHERE, file: s.source.file, sheet: s.source.sheet });
  }
  return placesParam([...seen.values()]);
}

/**
 * --revisions latest: of several submissions for one GI and peildatum, the one with the greatest
 * aanleverdatum wins. Without a date on every one of them, or with two equal dates, nothing can
 * decide: that stays an error, as without the option. Never sums submissions.
 */
export function resolveRevisions(submissions: readonly Submission[]): Resolved {
  const groups = groupByGiAndPeildatum(submissions);
  const kept: Submission[] = [];
  const issues: Issue[] = [];
  const revisions: Revision[] = [];
  for (const group of groups) {
    const first = group[0];
    if (!first) continue;
    if (group.length === 1) {
      kept.push(first);
      continue;
    }
    const params = { gi: first.gi, peildatum: first.peildatum, files: filesOf(group) };
    const undated = group.filter((s) => !s.aanleverdatum);
    if (undated.length > 0) {
      for (const s of undated) issues.push(makeIssue('error', 'revision/undated', s.source, { field: 'aanleverdatum', value: null, expected: 'delivery-date', params }));
      kept.push(...group);
      continue;
    }
    const sorted = [...group].sort((a, b) => compareText(a.aanleverdatum ?? '', b.aanleverdatum ?? '') || compareText(fileOf(a), fileOf(b)));
    const perDate = new Map<string, number>();
    for (const s of sorted) perDate.set(s.aanleverdatum ?? '', (perDate.get(s.aanleverdatum ?? '') ?? 0) + 1);
    const same = sorted.filter((s) => (perDate.get(s.aanleverdatum ?? '') ?? 0) > 1);
    if (same.length > 0) {
      for (const s of same) issues.push(makeIssue('error', 'revision/same-date', s.source, { field: 'aanleverdatum', value: s.aanleverdatum ?? '', expected: 'delivery-date', params }));
      kept.push(...group);
      continue;
    }
    for (let i = 1; i < sorted.length; i++) {
      const before = sorted[i - 1];
      const after = sorted[i];
      if (!before || !after) continue;
      const changed = diffFigures(before, after);
      revisions.push(...changed);
      issues.push(makeIssue('info', 'revision/applied', after.source, {
        field: 'aanleverdatum', value: after.aanleverdatum ?? '',
        params: { gi: after.gi, peildatum: after.peildatum, old: fileOf(before), oldDate: before.aanleverdatum ?? '', changed: changed.length },
      }));
    }
    const latest = sorted[sorted.length - 1];
    if (latest) kept.push(latest);
  }
  // Stable whatever the input order: by GI name, peildatum, then the form's field order.
  const fieldOrder = new Map<string, number>(FIGURE_KEYS.map((k, i) => [k, i]));
  revisions.sort((a, b) => compareNames(a.gi, b.gi) || compareText(a.peildatum, b.peildatum) || (fieldOrder.get(a.field) ?? 0) - (fieldOrder.get(b.field) ?? 0));
  return { submissions: kept, issues, revisions };
}

/** Equal figures, also when "16,2%" and 0.162 parse to floats a rounding error apart. */
function same(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function diffFigures(before: Submission, after: Submission): Revision[] {
  return FIGURE_KEYS.filter((k) => !same(before.figures[k], after.figures[k])).map((k) => ({
    gi: after.gi,
    peildatum: after.peildatum,
    field: k,
    old: before.figures[k],
    new: after.figures[k],
    old_file: before.source.file,
    new_file: after.source.file,
  }));
}

/**
 * Without --revisions latest, duplicates stay errors; when every one of them carries its own
 * aanleverdatum, say that the option would let the latest delivery win.
 */
export function hintRevisions(submissions: readonly Submission[]): Issue[] {
  const groups = groupByGiAndPeildatum(submissions);
  const issues: Issue[] = [];
  for (const group of groups) {
    const dates = group.map((s) => s.aanleverdatum ?? '');
    if (group.length < 2 || dates.some((d) => d === '') || new Set(dates).size < dates.length) continue;
    const latest = [...group].sort((a, b) => compareText(b.aanleverdatum ?? '', a.aanleverdatum ?? ''))[0];
    if (latest) issues.push(makeIssue('info', 'revision/hint', latest.source, { field: 'aanleverdatum', value: latest.aanleverdatum ?? '', params: { gi: latest.gi, peildatum: latest.peildatum } }));
  }
  return issues;
}
