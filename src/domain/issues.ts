import type { Issue, IssueNumber, Place, Severity } from './model.js';
import { compareText } from './order.js';

/** A place with nothing known yet. */
export const NOWHERE: Place = { file: null, sheet: null, cell: null, row: null, column: null };

export function placeOfFile(file: string): Place {
  return { ...NOWHERE, file };
}

export interface IssueDetails {
  /** A FieldKey, or another column name for issues outside the uitvraag fields. */
  field?: string | null;
  /** Text as written, or a number (a number cell, a figure): numbers are shown in the report's language. */
  value?: string | number | IssueNumber | null;
  expected?: string | null;
  params?: Record<string, string | number>;
}

/** Build an issue; the message comes later from its type's template, in the report language. */
export function makeIssue(severity: Severity, type: string, place: Place, details: IssueDetails = {}): Issue {
  const seen = details.value ?? null;
  const number: IssueNumber | null = typeof seen === 'number' ? { value: seen } : typeof seen === 'string' ? null : seen;
  const issue: Issue = {
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
  };
  if (number) issue.number = number;
  return issue;
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

