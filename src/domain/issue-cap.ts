import type { Issue } from './model.js';
import type { IssueType } from './issue-kinds.js';
import { makeIssue, NOWHERE, placeOfFile } from './issues.js';

/** At most this many issues of one type per case file; the rest are counted in one summary issue. */
export const MAX_ISSUES_PER_TYPE = 20;

/**
 * The same for a run's whole list: a submission holds a few dozen GI rows at most, so an honest
 * file never reaches it (every GI of two sheets duplicated is 26), a hostile one is cut short.
 */
export const MAX_LISTED_PER_TYPE = 50;

/**
 * A file of a million rows with one systematic mistake (or one GI repeated on every row) must not
 * print a million lines: keep the first MAX_ISSUES_PER_TYPE issues of each type, count the others,
 * and say how many were left out.
 */
export class IssueCap {
  readonly issues: Issue[] = [];
  private readonly counts = new Map<IssueType, { severity: Issue['severity']; count: number }>();

  constructor(private readonly file: string | null, private readonly max = MAX_ISSUES_PER_TYPE) {}

  add(issue: Issue): void {
    const c = this.counts.get(issue.type) ?? { severity: issue.severity, count: 0 };
    c.count++;
    // The most severe issue of a type decides the summary's severity: an error is never hidden as a note.
    if (RANK[issue.severity] < RANK[c.severity]) c.severity = issue.severity;
    this.counts.set(issue.type, c);
    if (c.count <= this.max) this.issues.push(issue);
  }

  /** One summary issue per type that went over the cap. */
  summaries(): Issue[] {
    return [...this.counts].filter(([, c]) => c.count > this.max).map(([type, c]) =>
      makeIssue(c.severity, 'file/more-issues', this.file === null ? NOWHERE : placeOfFile(this.file), { params: { count: c.count - this.max, type } }));
  }
}

const RANK: Record<Issue['severity'], number> = { error: 0, warning: 1, info: 2 };

/** Every file's issues capped per type, in their order, each file's summaries after its issues. */
export function capIssues(issues: readonly Issue[], max = MAX_LISTED_PER_TYPE): Issue[] {
  const caps = new Map<string | null, IssueCap>();
  for (const issue of issues) {
    let cap = caps.get(issue.file);
    if (!cap) {
      cap = new IssueCap(issue.file, max);
      caps.set(issue.file, cap);
    }
    cap.add(issue);
  }
  return [...caps.values()].flatMap((cap) => [...cap.issues, ...cap.summaries()]);
}
