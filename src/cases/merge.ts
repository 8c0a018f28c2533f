/**
 * Case files and aggregate submissions together: the case file supplies the measure counts and
 * the waiting figures, the aggregate submission the staff figures. Where both give a figure and
 * they disagree, the case file wins and a warning shows both.
 */
import type { FigureKey, Figures, Issue, Place, Submission } from '../domain/model.js';
import { FIGURE_KEYS } from '../domain/fields.js';
import { makeIssue } from '../domain/issues.js';

/** One GI × peildatum as derived from case files. */
export interface CaseSubmission {
  gi: string;
  registered: boolean;
  monitor: boolean;
  peildatum: string;
  /** Only the figures the case files could derive; absent = not derived. */
  figures: Partial<Figures>;
  /** The first case file of this GI. */
  source: Place;
}

/** Mean waiting days are whole days in aggregate forms: a difference below half a day is rounding. */
function disagree(key: FigureKey, aggregate: number, derived: number): boolean {
  return key.startsWith('wachtdagen') ? Math.abs(aggregate - derived) >= 0.5 : aggregate !== derived;
}

const emptyFigures = (): Figures => Object.fromEntries(FIGURE_KEYS.map((k) => [k, null])) as Figures;

export function mergeCaseSubmissions(aggregate: readonly Submission[], cases: readonly CaseSubmission[]): { submissions: Submission[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const byKey = new Map(cases.map((c) => [`${c.gi}\u0000${c.peildatum}`, c]));
  const used = new Set<string>();
  const submissions = aggregate.map((s): Submission => {
    const key = `${s.gi}\u0000${s.peildatum}`;
    const c = byKey.get(key);
    if (!c) return s;
    used.add(key);
    const figures = { ...s.figures };
    const derivedFields: FigureKey[] = [];
    for (const k of FIGURE_KEYS) {
      const derived = c.figures[k];
      if (derived === undefined || derived === null) continue;
      derivedFields.push(k);
      const given = figures[k];
      if (given !== null && disagree(k, given, derived)) {
        issues.push(makeIssue('warning', 'case/differs', s.source, {
          field: k, value: given,
          params: { aggregate: round2(given), derived: round2(derived), file: c.source.file ?? '' },
        }));
      }
      figures[k] = derived;
    }
    return { ...s, figures, derivedFields };
  });
  for (const c of cases) {
    if (used.has(`${c.gi}\u0000${c.peildatum}`)) continue;
    const figures = emptyFigures();
    for (const k of FIGURE_KEYS) figures[k] = c.figures[k] ?? null;
    const derivedFields = FIGURE_KEYS.filter((k) => figures[k] !== null);
    submissions.push({ gi: c.gi, registered: c.registered, monitor: c.monitor, peildatum: c.peildatum, figures, source: c.source, warnedFields: [], derivedFields });
  }
  return { submissions, issues };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
