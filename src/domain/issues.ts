import type { Issue, IssueNumber, Place, Severity } from './model.js';
import type { IssueParams, IssueType, JsonPlaces } from './issue-kinds.js';
import { compareText } from './order.js';

/** A place with nothing known yet. */
export const NOWHERE: Place = { file: null, sheet: null, cell: null, row: null, column: null };

export function placeOfFile(file: string): Place {
  return { ...NOWHERE, file };
}

interface DetailsBase {
  /** A FieldKey, or another column name for issues outside the uitvraag fields. */
  field?: string | null;
  /** Text as written, or a number (a number cell, a figure): numbers are shown in the report's language. */
  value?: string | number | IssueNumber | null;
  expected?: string | null;
}

/**
 * The params a producer passes for a kind: a kind without params takes none (so a stray one does
 * not compile). Over a union of kinds (a producer of several kinds), the params of any of them.
 */
type ParamsInput<T extends IssueType> = T extends IssueType
  ? keyof IssueParams[T] extends never ? Readonly<Record<string, never>> : IssueParams[T]
  : never;

/** Params are optional exactly when the kind needs none (no params, or only optional ones). */
type ParamsOf<T extends IssueType> = Record<never, never> extends IssueParams[T] ? { params?: ParamsInput<T> } : { params: ParamsInput<T> };

export type IssueDetails<T extends IssueType = IssueType> = DetailsBase & ParamsOf<T>;

/** The details argument of makeIssue: optional exactly when the kind needs no params. */
export type IssueDetailsArg<T extends IssueType> = Record<never, never> extends IssueParams[T] ? [details?: IssueDetails<T>] : [details: IssueDetails<T>];

/** The params argument of a helper that passes a kind's params on to makeIssueWithParams. */
export type ParamsArg<T extends IssueType> = Record<never, never> extends IssueParams[T] ? [params?: ParamsInput<T>] : [params: ParamsInput<T>];

/** Build an issue; the message comes later from its type's template, in the report language. */
export function makeIssue<T extends IssueType>(severity: Severity, type: T, place: Place, ...args: IssueDetailsArg<T>): Issue<T> {
  const details: DetailsBase & { params?: object } = args[0] ?? {};
  const seen = details.value ?? null;
  const number: IssueNumber | null = typeof seen === 'number' ? { value: seen } : typeof seen === 'string' ? null : seen;
  const issue = {
    severity,
    type,
    file: place.file,
    sheet: place.sheet,
    cell: place.cell,
    row: place.row,
    column: place.column,
    field: details.field ?? null,
    value: number ? `${String(number.value)}${number.percent ? '%' : ''}` : typeof seen === 'string' ? seen : null,
    expected: details.expected ?? null,
    params: details.params ?? {},
  } as Issue<T>;
  if (number) issue.number = number;
  return issue;
}

/**
 * makeIssue for a helper generic over the kind (one that takes a kind and its params, and adds the
 * place and details itself): the helper passes its `...params: ParamsArg<T>` on unchanged.
 */
export function makeIssueWithParams<T extends IssueType>(severity: Severity, type: T, place: Place, details: DetailsBase, ...[params]: ParamsArg<T>): Issue {
  // The compiler cannot see that ParamsArg<T> and IssueDetailsArg<T> agree for a T not yet known.
  return makeIssue(severity, type, place, ...([{ ...details, params }] as unknown as IssueDetailsArg<T>)) as Issue;
}

/** A message names at most this many places; the rest are counted ("en nog 1.997 andere"). */
export const MAX_PLACES_NAMED = 3;

/**
 * Places as one param (params hold strings and numbers only); messages render them per language.
 * Only the first MAX_PLACES_NAMED are kept, with the number left out: a GI repeated on 2,000 rows
 * gives 2,000 messages that each name 3 places, not 2,000 × 1,999. `total`: how many places there
 * are when the caller passes only the first few.
 */
export function placesParam(places: readonly Place[], total = places.length): JsonPlaces {
  const named = places.slice(0, MAX_PLACES_NAMED).map((p) => ({ file: p.file, sheet: p.sheet, cell: p.cell, row: p.cell === null ? p.row : null }));
  const more = Math.max(total, named.length) - named.length;
  return JSON.stringify(more > 0 ? [...named, { more }] : named);
}

export const hasErrors = (issues: readonly Issue[]): boolean => issues.some((i) => i.severity === 'error');

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order for reports: by file, sheet, row, column, then severity and type. */
export function sortIssues<T extends Issue>(issues: readonly T[]): T[] {
  const text = (s: string | null) => s ?? '';
  return [...issues].sort((a, b) =>
    compareText(text(a.file), text(b.file)) ||
    compareText(text(a.sheet), text(b.sheet)) ||
    (a.row ?? 0) - (b.row ?? 0) ||
    compareText(text(a.column), text(b.column)) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    compareText(a.type, b.type) ||
    compareText(text(a.field), text(b.field)) ||
    compareText(text(a.value), text(b.value)));
}

