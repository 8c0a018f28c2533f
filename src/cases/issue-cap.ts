import type { Issue } from '../domain/model.js';
import type { IssueType } from '../domain/issue-kinds.js';
import { makeIssue, placeOfFile } from '../domain/issues.js';

/** At most this many issues of one type per file; the rest are counted in one summary issue. */
export const MAX_ISSUES_PER_TYPE = 20;

/**
 * A file of a million rows with one systematic mistake must not print a million lines: keep the
 * first MAX_ISSUES_PER_TYPE issues of each type, count the others, and say how many were left out.
 */
export class IssueCap {
  readonly issues: Issue[] = [];
  private readonly counts = new Map<IssueType, { severity: Issue['severity']; count: number }>();

  constructor(private readonly file: string) {}

  add(issue: Issue): void {
    const c = this.counts.get(issue.type) ?? { severity: issue.severity, count: 0 };
    c.count++;
    this.counts.set(issue.type, c);
    if (c.count <= MAX_ISSUES_PER_TYPE) this.issues.push(issue);
  }

  /** One summary issue per type that went over the cap. */
  summaries(): Issue[] {
    return [...this.counts].filter(([, c]) => c.count > MAX_ISSUES_PER_TYPE).map(([type, c]) =>
      makeIssue(c.severity, 'case/more-issues', placeOfFile(this.file), { params: { count: c.count - MAX_ISSUES_PER_TYPE, type } }));
  }
}
