/**
 * The check page's run: the same reading and checks as `jbmonitor validate`, on files handed over
 * by a browser (or by a test in Node). Everything outside the page's edge (File, crypto.subtle,
 * DecompressionStream) is passed in, so this module runs anywhere.
 */
import type { Issue, Lang, RawFile, RegisterEntry, ReportIssue, Severity } from '../domain/model.js';
import type { Notation } from '../validate/parse-value.js';
import { GiRegister } from '../domain/gi-register.js';
import { makeIssue, placeOfFile, sortIssues } from '../domain/issues.js';
import { capIssues } from '../domain/issue-cap.js';
import { locationText, toReportIssue } from '../domain/messages.js';
import { compareText } from '../domain/order.js';
import { readInput, sizeRefusal } from '../read/inputs.js';
import { DEFAULT_LIMITS, type Limits } from '../read/limits.js';
import type { InflateRaw } from '../read/zip-guard.js';
import { finishChecks, submissionsOfFiles } from '../validate/check-files.js';
import { caseKindOf, isCaseWorkbook } from '../cases/index.js';
import { pageMessage } from './page-hints.js';
import { figuresRead, type SubmissionFigures } from './figures.js';

/** One file as the page got it: its name (no path), its size, and its bytes on demand. */
export interface PageFile {
  name: string;
  size: number;
  bytes(): Promise<Uint8Array>;
}

export interface CheckOptions {
  /** The page's decimal-mark switch; null = recognised per file, as without --decimal. */
  decimal: Notation | null;
  /** Built into the page by `jbmonitor checker --peildatum`. */
  peildatum: string | null;
  /** The GI register built into the page (with the --gi-register additions). */
  register: readonly RegisterEntry[];
  limits?: Limits;
}

export interface CheckEdge {
  inflate: InflateRaw;
  sha256(bytes: Uint8Array): Promise<string>;
  /** Which file is being read (0-based, in the order read; `files.length` = the checks of all). */
  progress?(index: number, name: string): void;
}

/** What the page shows and writes after a check: the CLI's issues in both languages, and more. */
export interface CheckResult {
  valid: boolean;
  files: string[];
  /** Issues as `validate --format json` reports them, with the page's wording of CLI hints. */
  issues: Record<Lang, ReportIssue[]>;
  /** Where each issue sits, in words ("a.xlsx › Uitvraag › B7 (Formatie jeugdbeschermers)"), in the order of `issues`. */
  locations: Record<Lang, string[]>;
  counts: Record<Severity, number>;
  /** Case-level registers: out of the page's scope, left unchecked and named. */
  caseRegisters: string[];
  /** The figures read per submission, as they will be counted. */
  submissions: SubmissionFigures[];
}

/** The head of a CSV the case route looks at to recognise a case-level register. */
async function isCaseCsv(file: PageFile, bytes: Uint8Array): Promise<boolean> {
  const kind = await caseKindOf({
    path: file.name, size: bytes.length,
    head: (n) => Promise.resolve(bytes.subarray(0, n)),
    // A workbook is recognised once read whole (isCaseWorkbook), as the CLI does when its peek misses.
    peekSheets: () => Promise.reject(new Error('read whole instead')),
  });
  return kind === 'csv';
}

/** Check the files as `jbmonitor validate` checks the same files in their folder. */
export async function checkFiles(files: readonly PageFile[], options: CheckOptions, edge: CheckEdge): Promise<CheckResult> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const register = new GiRegister([...options.register]);
  // In the order the CLI reads a folder, so that messages naming two places name them alike.
  const sortedFiles = [...files].sort((a, b) => compareText(a.name, b.name));
  const issues: Issue[] = [];
  const read: RawFile[] = [];
  const caseRegisters: string[] = [];
  for (const [index, file] of sortedFiles.entries()) {
    edge.progress?.(index, file.name);
    // Too big is refused before a byte is read, as on disk.
    const tooBig = sizeRefusal(file.name, file.size, limits);
    if (tooBig) {
      issues.push(tooBig);
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await file.bytes();
    } catch (err) {
      // A file moved or changed on disk since it was picked: as the CLI reports an unreadable file.
      issues.push(makeIssue('error', 'file/unreadable', placeOfFile(file.name), { params: { reason: err instanceof Error ? err.name : 'I/O' } }));
      continue;
    }
    if (await isCaseCsv(file, bytes)) {
      caseRegisters.push(file.name);
      continue;
    }
    const got = await readInput(bytes, file.name, await edge.sha256(bytes), limits, edge.inflate);
    if (got.file && isCaseWorkbook(got.file)) {
      caseRegisters.push(file.name);
      continue;
    }
    issues.push(...got.issues);
    if (got.file) read.push(got.file);
  }
  edge.progress?.(files.length, '');
  const found = submissionsOfFiles(read, { notation: options.decimal, peildatum: options.peildatum, register });
  issues.push(...found.issues);
  const checked = finishChecks(found.submissions, issues, files.length - caseRegisters.length, { register, revisions: 'error' });
  issues.push(...checked.issues);
  // As on the command line (commands/load.ts): a repeated mistake is said a few times per file, then counted.
  const sorted = capIssues(sortIssues(issues));
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of sorted) counts[i.severity]++;
  const report = (lang: Lang): ReportIssue[] => sorted.map((i) => ({ ...toReportIssue(i, lang), message: pageMessage(i, lang) }));
  return {
    valid: counts.error === 0,
    files: sortedFiles.map((f) => f.name),
    issues: { nl: report('nl'), en: report('en') },
    locations: { nl: sorted.map((i) => locationText(i, 'nl')), en: sorted.map((i) => locationText(i, 'en')) },
    counts,
    caseRegisters,
    submissions: figuresRead(checked.submissions, found.records),
  };
}
