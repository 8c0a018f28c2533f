import type { InputRef, Issue, Revision, Submission } from '../model.js';
import { expandInputs, readInputs, type InputFile } from '../read/inputs.js';
import { recordsOfFile } from '../read/records.js';
import { loadRegister } from '../read/register.js';
import { makeIssue, NOWHERE } from '../validate/issues.js';
import type { GiRegister } from '../validate/register.js';
import { validateFiles } from '../validate/validate.js';
import type { InputOptions } from './common.js';

export interface Loaded {
  files: InputFile[];
  inputs: InputRef[];
  submissions: Submission[];
  issues: Issue[];
  register: GiRegister;
  /** With --revisions latest: what the re-deliveries changed. */
  revisions: Revision[];
}

/** read → validate: every input file, every problem of every file, in one pass. */
export async function loadSubmissions(paths: readonly string[], options: InputOptions, cwd: string, files?: InputFile[]): Promise<Loaded> {
  const register = await loadRegister(options.giRegister, cwd);
  const expanded = files ?? await expandInputs(paths, cwd);
  const read = await readInputs(expanded, options.limits);
  const issues: Issue[] = [...read.issues];
  const fileRecords = read.files.map((f) => {
    const r = recordsOfFile(f);
    issues.push(...r.issues);
    return r.records;
  });
  const validated = validateFiles(fileRecords, { notation: options.decimal, peildatum: options.peildatum, register, revisions: options.revisions ?? 'error' });
  issues.push(...validated.issues);
  if (expanded.length === 0 || (validated.submissions.length === 0 && !issues.some((i) => i.severity === 'error'))) {
    issues.push(makeIssue('error', 'input/no-submissions', NOWHERE));
  }
  return { files: expanded, inputs: read.inputs, submissions: validated.submissions, issues, register, revisions: validated.revisions };
}

/** Errors fail a run; under --strict, warnings do too. */
export function failsValidation(issues: readonly Issue[], strict: boolean): boolean {
  return issues.some((i) => i.severity === 'error' || (strict && i.severity === 'warning'));
}
