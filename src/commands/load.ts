import type { InputRef, Issue, Revision, Submission } from '../domain/model.js';
import { UsageError } from '../domain/errors.js';
import type { InputFile } from '../domain/model.js';
import { guardStreamedFile, readInputs } from '../files/inputs.js';
import { expandInputs, type Expansion } from '../files/expand.js';
import { probeFile, streamedCaseFile } from '../files/case-files.js';
import { loadRegister } from './load-register.js';
import { makeIssue, NOWHERE, placeOfFile, sortIssues } from '../domain/issues.js';
import { capIssues } from '../domain/issue-cap.js';
import { SheetSkipper } from '../read/sheet-skip.js';
import type { GiRegister } from '../domain/gi-register.js';
import { finishChecks, submissionsOfFiles } from '../validate/check-files.js';
import type { InputOptions } from './options.js';
import { caseKindOf, isCaseWorkbook, loadCaseSubmissions, type CaseKind, type CaseOptions } from '../cases/index.js';
import { DEFAULT_RULE } from '../domain/waiting-rule.js';

export interface Loaded {
  files: InputFile[];
  /** Files found but not read (no regular file, unreadable): their errors are among the issues. */
  refused: string[];
  inputs: InputRef[];
  submissions: Submission[];
  issues: Issue[];
  register: GiRegister;
  /** With --revisions latest: what the re-deliveries changed. */
  revisions: Revision[];
  /** Case-level files, when there were any: the peildata they were counted on. */
  cases: { peildata: string[]; rows: number } | null;
}

/** read → validate: every input file, every problem of every file, in one pass. */
export async function loadSubmissions(paths: readonly string[], options: InputOptions, cwd: string, expansion?: Expansion): Promise<Loaded> {
  const register = await loadRegister(options.giRegister, cwd);
  const { files: expanded, refused, issues: pathIssues } = expansion ?? await expandInputs(paths, cwd);
  // Case-level registers are recognised by their headers and streamed; the rest is read whole.
  const kinds = await Promise.all(expanded.map(async (file) => caseKindOf(await probeFile(file))));
  const candidates = expanded.flatMap((file, i) => { const kind: CaseKind | null = kinds[i] ?? null; return kind ? [{ file, kind }] : []; });
  // Streamed files pass the same limits as the rest before any reader sees them.
  const refusals = await Promise.all(candidates.map((c) => guardStreamedFile(c.file, c.kind, options.limits)));
  const streamed = await Promise.all(candidates.filter((_, i) => refusals[i] === null).map((c) => streamedCaseFile(c.file, c.kind)));
  const read = await readInputs(expanded.filter((_, i) => kinds[i] === null), options.limits);
  const issues: Issue[] = [...pathIssues, ...refusals.filter((i): i is Issue => i !== null), ...read.issues];
  const skipper = new SheetSkipper(options.skipSheets ?? []);
  const skipSheet = (file: string, sheet: string | null): boolean => {
    if (!skipper.skips(sheet)) return false;
    issues.push(makeIssue('info', 'sheet/skipped-by-option', { ...placeOfFile(file), sheet }, { params: { sheet: sheet ?? '' } }));
    return true;
  };
  // A workbook whose every sheet is skipped (the analyst's own overview) contributes nothing, and that is no error.
  read.files = read.files.flatMap((f) => {
    const sheets = f.sheets.filter((s) => !skipSheet(f.file, s.sheet));
    return sheets.length === 0 && f.sheets.length > 0 ? [] : [{ ...f, sheets }];
  });
  const whole = read.files.filter(isCaseWorkbook);
  const validated = submissionsOfFiles(read.files.filter((f) => !whole.includes(f)), { notation: options.decimal, peildatum: options.peildatum, register });
  issues.push(...validated.issues);
  const peildata = options.peildata ?? (options.peildatum ? [options.peildatum] : []);
  if (peildata.length > 1 && validated.issues.some((i) => i.type === 'row/missing-peildatum')) {
    const file = validated.issues.find((i) => i.type === 'row/missing-peildatum')?.file ?? '';
    throw new UsageError(
      `${file} has no peildatum column or label: give exactly one --peildatum for such aggregate tables (several are allowed for case files only)`,
      `${file} heeft geen kolom of label Peildatum: geef voor zulke tabellen precies één --peildatum (meerdere mogen alleen bij dossierbestanden)`,
    );
  }

  let submissions = validated.submissions;
  let cases: Loaded['cases'] = null;
  const inputs = [...read.inputs];
  if (streamed.length > 0 || whole.length > 0) {
    const casePeildata = peildata.length > 0 ? peildata : [...new Set(submissions.map((s) => s.peildatum))].sort();
    if (casePeildata.length === 0) {
      throw new UsageError('case-level files need --peildatum (one or more), e.g. --peildatum 2024-04-01', 'dossierbestanden hebben --peildatum nodig (een of meer), bijv. --peildatum 2024-04-01');
    }
    const caseOptions: CaseOptions = { ...(options.cases ?? { rule: DEFAULT_RULE, progress: null }), skipSheet };
    const loaded = await loadCaseSubmissions({ streamed, whole, peildata: casePeildata, aggregate: submissions, register, options: caseOptions });
    issues.push(...loaded.issues);
    inputs.push(...loaded.inputs);
    submissions = loaded.submissions;
    cases = { peildata: casePeildata, rows: loaded.rows };
  }
  for (const name of skipper.unmatched()) issues.push(makeIssue('warning', 'option/skip-sheet-unmatched', NOWHERE, { value: name }));
  // Case-derived figures have joined: now every submission passes the same checks.
  const checked = finishChecks(submissions, issues, expanded.length, { register, revisions: options.revisions ?? 'error' });
  issues.push(...checked.issues);
  submissions = checked.submissions;
  // A repeated mistake (one GI on every row of a table) is said a few times per file, then counted.
  return { files: expanded, refused, inputs, submissions, issues: capIssues(sortIssues(issues)), register, revisions: checked.revisions, cases };
}

/** Errors fail a run; under --strict, warnings do too. */
export function failsValidation(issues: readonly Issue[], strict: boolean): boolean {
  return issues.some((i) => i.severity === 'error' || (strict && i.severity === 'warning'));
}
