/**
 * The case-level route: registers with one row per measure, counted into the same Submissions
 * as the uitvraag route. The command layer imports this module only: it asks which inputs are
 * case files (caseKindOf, isCaseWorkbook), then hands them over with the aggregate submissions
 * (loadCaseSubmissions). Files are read by files/ and pushed in row by row.
 */
import type { InputRef, Issue, RawFile, Submission } from '../domain/model.js';
import type { StreamedCaseFile } from '../domain/case-rows.js';
import type { GiRegister } from '../domain/gi-register.js';
import { loadCases, type CaseOptions } from './load.js';
import { mergeCaseSubmissions } from './merge.js';
import { thresholdMismatch } from './threshold.js';

export { caseKindOf, isCaseWorkbook, type CaseKind } from './sniff.js';
export type { CaseOptions } from './load.js';

export interface CaseInput {
  /** Case files to stream. */
  streamed: StreamedCaseFile[];
  /** Workbooks read whole that turned out to be case files. */
  whole: RawFile[];
  /** The peildata to count on (each case row is applied to every one). */
  peildata: readonly string[];
  /** The uitvraag route's submissions: case figures join them, GI by GI and peildatum by peildatum. */
  aggregate: readonly Submission[];
  register: GiRegister;
  options: CaseOptions;
}

export interface CaseSubmissions {
  /** The aggregate submissions with the case-derived figures joined, and the GIs only case files gave. */
  submissions: Submission[];
  /** Provenance of the streamed files. */
  inputs: InputRef[];
  issues: Issue[];
  /** Case rows counted. */
  rows: number;
}

/** Count the case files and join their figures to the aggregate submissions. */
export async function loadCaseSubmissions(input: CaseInput): Promise<CaseSubmissions> {
  const loaded = await loadCases({ streamed: input.streamed, whole: input.whole }, input.peildata, input.register, input.options);
  const merged = mergeCaseSubmissions(input.aggregate, loaded.submissions);
  return {
    submissions: merged.submissions,
    inputs: loaded.inputs,
    issues: [...loaded.issues, ...thresholdMismatch(input.aggregate, loaded.submissions, input.options.rule.threshold), ...merged.issues],
    rows: loaded.rows,
  };
}
