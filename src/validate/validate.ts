import type { FigureKey, FileRecords, Issue, Revision, Submission } from '../domain/model.js';
import { fieldDef } from '../domain/fields.js';
import { makeIssue } from '../domain/issues.js';
import { checkPlausibility } from './plausibility.js';
import { checkAcrossRounds } from './plausibility-rounds.js';
import type { GiRegister } from '../domain/gi-register.js';
import { hintRevisions, resolveRevisions, type RevisionMode } from './revisions.js';
import { checkDuplicates, checkFigures, toSubmissions } from './rules.js';
import { constraintIssueType } from './schema.js';
import { parseFile, type ParseOptions } from './submission.js';

export interface ValidateOptions extends ParseOptions {
  register: GiRegister;
  /** --revisions: duplicates are errors (default) or the latest aanleverdatum wins. */
  revisions?: RevisionMode;
}

/**
 * Read every file's records into submissions, with every problem of every file in one list.
 * The checks that look at whole submissions come after (checkSubmissions), once figures derived
 * from case-level files have joined, so that those pass exactly the same checks.
 */
export function readSubmissions(files: readonly FileRecords[], options: ValidateOptions): { submissions: Submission[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const parsed = files.flatMap((f) => {
    const r = parseFile(f, options);
    issues.push(...r.issues);
    return r.records;
  });
  const { submissions, issues: ruleIssues } = toSubmissions(parsed, options.register);
  issues.push(...ruleIssues);
  return { submissions, issues };
}

/** Figures derived from case files pass the checks a typed figure passes when it is read. */
function checkDerived(s: Submission): Issue[] {
  const derived = s.derivedFields ?? [];
  if (derived.length === 0) return [];
  const issues: Issue[] = [];
  for (const key of derived) {
    const value = s.figures[key];
    if (value === null) continue;
    const type = constraintIssueType(key, value);
    if (type) issues.push(makeIssue('error', type, s.places?.[key] ?? s.source, { field: key, value: String(value), expected: fieldDef(key).type }));
  }
  const failed = new Set<FigureKey>(issues.map((i) => i.field as FigureKey));
  return [...issues, ...checkFigures(s.figures, s.places ?? {}, s.source, failed)];
}

/** Duplicates or revisions, then every check of whole submissions: rules, plausibility, across rounds. */
export function checkSubmissions(all: readonly Submission[], options: Pick<ValidateOptions, 'register' | 'revisions'>): { submissions: Submission[]; issues: Issue[]; revisions: Revision[] } {
  const latest = options.revisions === 'latest';
  const resolved = latest ? resolveRevisions(all) : { submissions: [...all], issues: [...checkDuplicates(all), ...hintRevisions(all)], revisions: [] };
  const issues = [...resolved.issues];
  const submissions = resolved.submissions;
  for (const s of submissions) issues.push(...checkDerived(s), ...checkPlausibility(s));
  issues.push(...checkAcrossRounds(submissions, options.register.monitorNames));
  return { submissions, issues, revisions: resolved.revisions };
}
