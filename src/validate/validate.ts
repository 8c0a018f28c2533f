import type { Issue, Submission } from '../model.js';
import { checkPlausibility } from './plausibility.js';
import { checkAcrossRounds } from './plausibility-rounds.js';
import type { GiRegister } from './register.js';
import { toSubmissions } from './rules.js';
import { parseFile, type FileRecords, type ParseOptions } from './submission.js';

export interface ValidateOptions extends ParseOptions {
  register: GiRegister;
}

/** Validate every file's records into submissions; all problems of all files, in one list. */
export function validateFiles(files: readonly FileRecords[], options: ValidateOptions): { submissions: Submission[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const parsed = files.flatMap((f) => {
    const r = parseFile(f, options);
    issues.push(...r.issues);
    return r.records;
  });
  const { submissions, issues: ruleIssues } = toSubmissions(parsed, options.register);
  issues.push(...ruleIssues);
  for (const s of submissions) issues.push(...checkPlausibility(s));
  issues.push(...checkAcrossRounds(submissions, options.register.monitorNames));
  return { submissions, issues };
}
