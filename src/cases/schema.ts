/**
 * The zod schema of a case row, for the rows the fast path (row.ts) refused: it says what is
 * wrong, field by field, and its issues are converted once, here, into the project's own types.
 * The client number enters only as "present or not": its value never reaches a message.
 */
import { z } from 'zod';
import type { CaseDates } from '../domain/waiting-rule.js';
import { NO_DATE } from '../domain/waiting-rule.js';
import { matchMeasure, type CaseColumns, type CaseKey } from '../domain/case-fields.js';
import { checkDateOrder, outsideCaseYears } from './row.js';
import type { CaseValue } from '../domain/case-rows.js';
import { cellText, isBlank, type CaseValueReader } from './values.js';

const DATE_KEYS: Record<keyof CaseDates, CaseKey> = {
  start: 'startdatum', end: 'einddatum', assigned: 'toewijzingsdatum',
  internalSince: 'interne_wachtlijst_sinds', internalUntil: 'interne_wachtlijst_tot',
};

const requiredText = z.string({ error: 'case/missing-value' }).min(1, { error: 'case/missing-value' });
const inCaseYears = (d: number) => !outsideCaseYears(d);
const requiredDate = z.number({ error: (iss) => (iss.input === null ? 'case/missing-value' : 'case/date') }).refine(inCaseYears, { error: 'case/date-range' });
const optionalDate = z.number({ error: 'case/date' }).refine(inCaseYears, { error: 'case/date-range' }).nullable();

export const caseRowSchema = z.object({
  gi: requiredText,
  client_id: z.literal('present', { error: 'case/missing-value' }),
  maatregel: requiredText.refine((t) => matchMeasure(t) !== null, { error: 'case/unknown-type' }),
  startdatum: requiredDate,
  einddatum: optionalDate,
  toewijzingsdatum: optionalDate,
  interne_wachtlijst_sinds: optionalDate,
  interne_wachtlijst_tot: optionalDate,
}).superRefine((v, ctx) => {
  const day = (d: number | null) => d ?? NO_DATE;
  const problem = checkDateOrder({
    start: v.startdatum, end: day(v.einddatum), assigned: day(v.toewijzingsdatum),
    internalSince: day(v.interne_wachtlijst_sinds), internalUntil: day(v.interne_wachtlijst_tot),
  });
  if (problem) ctx.addIssue({ code: 'custom', message: 'case/date-order', path: [DATE_KEYS[problem[0]]], params: { other: DATE_KEYS[problem[1]] } });
});

/** The issue kinds the schema's messages name. */
const CASE_PROBLEM_TYPES = ['case/missing-value', 'case/unknown-type', 'case/date', 'case/date-range', 'case/date-order'] as const;
type CaseProblemType = (typeof CASE_PROBLEM_TYPES)[number];
const isCaseProblemType = (message: string): message is CaseProblemType => (CASE_PROBLEM_TYPES as readonly string[]).includes(message);

/** What is wrong with one cell of a refused row. */
export interface CaseCellProblem {
  type: CaseProblemType;
  field: CaseKey;
  /** The text seen; null for the client number, which is never shown. */
  value: string | null;
  /** For a date order: the field it contradicts. */
  other: CaseKey | null;
}

/** The problems of a row the fast path refused, one per field, in column order. */
export function explainCaseRow(values: readonly CaseValue[], cols: CaseColumns, reader: CaseValueReader): CaseCellProblem[] {
  const raw = (key: CaseKey): CaseValue => (cols[key] < 0 ? null : values[cols[key]]);
  const date = (key: CaseKey): number | string | null => {
    const v = raw(key);
    const n = reader.date(v);
    if (n === NO_DATE) return null;
    return Number.isNaN(n) ? cellText(v) ?? '' : n;
  };
  const input = {
    gi: cellText(raw('gi')),
    client_id: isBlank(raw('client_id')) ? null : 'present',
    maatregel: cellText(raw('maatregel')),
    startdatum: date('startdatum'),
    einddatum: date('einddatum'),
    toewijzingsdatum: date('toewijzingsdatum'),
    interne_wachtlijst_sinds: date('interne_wachtlijst_sinds'),
    interne_wachtlijst_tot: date('interne_wachtlijst_tot'),
  };
  const result = caseRowSchema.safeParse(input);
  if (result.success) return [];
  const seen = new Set<CaseKey>();
  const problems: CaseCellProblem[] = [];
  for (const issue of result.error.issues) {
    const field = issue.path[0] as CaseKey;
    if (seen.has(field)) continue;
    seen.add(field);
    const type = isCaseProblemType(issue.message) ? issue.message : 'case/date';
    const other = (issue as { params?: { other?: CaseKey } }).params?.other ?? null;
    // The client number is never shown; a BSN-like value in any other column is hidden by the
    // guard every output passes (domain/bsn.ts), which says "(verborgen)" in its place.
    problems.push({ type, field, value: field === 'client_id' ? null : cellText(raw(field)), other });
  }
  return problems;
}
