import type { Issue, Revision, Submission } from '../model.js';
import { checkPlausibility } from './plausibility.js';
import { checkAcrossRounds } from './plausibility-rounds.js';
import type { GiRegister } from './register.js';
import { hintRevisions, resolveRevisions, type RevisionMode } from './revisions.js';
import { toSubmissions } from './rules.js';
import { parseFile, type FileRecords, type ParseOptions } from './submission.js';

export interface ValidateOptions extends ParseOptions {
  register: GiRegister;
  /** --revisions: duplicates are errors (default) or the latest aanleverdatum wins. */
  revisions?: RevisionMode;
}

/** Validate every file's records into submissions; all problems of all files, in one list. */
export function validateFiles(files: readonly FileRecords[], options: ValidateOptions): { submissions: Submission[]; issues: Issue[]; revisions: Revision[] } {
  const issues: Issue[] = [];
  const parsed = files.flatMap((f) => {
    const r = parseFile(f, options);
    issues.push(...r.issues);
    return r.records;
  });
  const latest = options.revisions === 'latest';
  const { submissions: all, issues: ruleIssues } = toSubmissions(parsed, options.register, !latest);
  issues.push(...ruleIssues);
  const resolved = latest ? resolveRevisions(all) : { submissions: all, issues: hintRevisions(all), revisions: [] };
  issues.push(...resolved.issues);
  const submissions = resolved.submissions;
  for (const s of submissions) issues.push(...checkPlausibility(s));
  issues.push(...checkAcrossRounds(submissions, options.register.monitorNames));
  return { submissions, issues, revisions: resolved.revisions };
}
