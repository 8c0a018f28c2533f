import type { FileRecords, Issue, RawFile, Revision, Submission } from '../domain/model.js';
import { makeIssue, NOWHERE } from '../domain/issues.js';
import { recordsOfFile } from '../read/records.js';
import { checkSubmissions, readSubmissions, type ValidateOptions } from './validate.js';

/**
 * The two halves of a run's checks on files already read, shared by `jbmonitor validate` and
 * `compute` (commands/load.ts) and the check page (browser/), so both report the same issues.
 * The case route joins its figures between the halves on the command line.
 */

/** Read files → their records → submissions, with every problem of every file. */
export function submissionsOfFiles(files: readonly RawFile[], options: ValidateOptions): { records: FileRecords[]; submissions: Submission[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const records = files.map((f) => {
    const r = recordsOfFile(f);
    issues.push(...r.issues);
    return r.records;
  });
  const validated = readSubmissions(records, options);
  return { records, submissions: validated.submissions, issues: [...issues, ...validated.issues] };
}

/**
 * Every check of whole submissions, then the error of a run that found nothing to count (no input
 * file or no submission) and has no error that says why. `earlier` are the issues found so far.
 */
export function finishChecks(
  submissions: readonly Submission[], earlier: readonly Issue[], inputFiles: number, options: Pick<ValidateOptions, 'register' | 'revisions'>,
): { submissions: Submission[]; issues: Issue[]; revisions: Revision[] } {
  const checked = checkSubmissions(submissions, { register: options.register, revisions: options.revisions ?? 'error' });
  const issues = [...checked.issues];
  // A run whose files were all refused (an unreadable folder, say) already has its errors.
  if ((inputFiles === 0 || checked.submissions.length === 0) && ![...earlier, ...issues].some((i) => i.severity === 'error')) {
    issues.push(makeIssue('error', 'input/no-submissions', NOWHERE));
  }
  return { submissions: checked.submissions, issues, revisions: checked.revisions };
}
