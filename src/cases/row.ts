/**
 * One row of a case-level register. The fast path (readCaseRow) is hand-written: it runs a
 * million times and must not dominate the run. Only a row that fails it goes through the zod
 * schema (schema.ts), which says what is wrong, field by field.
 */
import { NO_DATE, type CaseDates } from '../domain/waiting-rule.js';
import { CASE_FIRST_DAY, CASE_LAST_DAY } from '../domain/calendar.js';
import type { CaseColumns } from '../domain/case-fields.js';
import type { CaseValue } from '../domain/case-rows.js';
import { cellText, isBlank, type CaseValueReader } from './values.js';
import { hashPair } from './duplicates.js';

/** The fast path's result, reused from row to row (no allocation per row). */
export interface CaseRow extends CaseDates {
  gi: string;
  type: number;
  /** The 64-bit fingerprint of the client number (never the number itself). */
  clientHash: Int32Array;
}

export function newCaseRow(): CaseRow {
  return { gi: '', type: -1, start: 0, end: 0, assigned: 0, internalSince: 0, internalUntil: 0, clientHash: new Int32Array(2) };
}

const at = (values: readonly CaseValue[], col: number): CaseValue => (col < 0 ? null : values[col]);

/**
 * Read a row into `out`; false when anything is wrong with it (then ask schema.ts why).
 * The date order checked here is the one checkDateOrder states.
 */
export function readCaseRow(values: readonly CaseValue[], cols: CaseColumns, reader: CaseValueReader, out: CaseRow): boolean {
  const gi = at(values, cols.gi);
  const client = at(values, cols.client_id);
  if (isBlank(gi) || isBlank(client)) return false;
  const type = reader.measure(at(values, cols.maatregel));
  if (type < 0) return false;
  const start = reader.date(at(values, cols.startdatum));
  const end = reader.date(at(values, cols.einddatum));
  const assigned = reader.date(at(values, cols.toewijzingsdatum));
  const since = reader.date(at(values, cols.interne_wachtlijst_sinds));
  const until = reader.date(at(values, cols.interne_wachtlijst_tot));
  // NaN (not a date) fails every comparison; an empty start date is +Infinity.
  if (!(start < Number.POSITIVE_INFINITY) || end !== end || assigned !== assigned || since !== since || until !== until) return false;
  if (outsideCaseYears(start) || outsideCaseYears(end) || outsideCaseYears(assigned) || outsideCaseYears(since) || outsideCaseYears(until)) return false;
  out.start = start;
  out.end = end;
  out.assigned = assigned;
  out.internalSince = since;
  out.internalUntil = until;
  if (checkDateOrder(out) !== null) return false;
  out.gi = typeof gi === 'string' ? gi : String(gi);
  out.type = type;
  hashPair(typeof client === 'string' ? client.trim() : cellText(client) ?? '', out.clientHash);
  return true;
}

/**
 * A date before 1990 or after 2099 (CASE_YEARS) is a typing error: 1-1-1000 would make a child
 * wait for centuries, 1-1-2202 would leave a measure out of every count. Empty (NO_DATE) is not.
 */
export function outsideCaseYears(day: number): boolean {
  return day < CASE_FIRST_DAY || (day > CASE_LAST_DAY && day !== NO_DATE);
}

/** Which dates of a measure contradict each other: [later field, earlier field], or null. */
export type DateOrderProblem = readonly [keyof CaseDates, keyof CaseDates];

/**
 * Impossible date orders (empty optional dates never contradict): the measure ends before it
 * starts; a jeugdbeschermer is assigned before the start; the internal list begins before the
 * start or after the end, or ends before it begins or without having begun.
 */
export function checkDateOrder(c: CaseDates): DateOrderProblem | null {
  const set = (d: number) => d < Number.POSITIVE_INFINITY;
  if (set(c.end) && c.end < c.start) return ['end', 'start'];
  if (set(c.assigned) && c.assigned < c.start) return ['assigned', 'start'];
  if (set(c.internalSince) && c.internalSince < c.start) return ['internalSince', 'start'];
  if (set(c.internalSince) && set(c.end) && c.internalSince > c.end) return ['end', 'internalSince'];
  if (set(c.internalUntil) && !set(c.internalSince)) return ['internalUntil', 'internalSince'];
  if (set(c.internalUntil) && c.internalUntil < c.internalSince) return ['internalUntil', 'internalSince'];
  return null;
}
