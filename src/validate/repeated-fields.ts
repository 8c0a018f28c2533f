/**
 * A field given twice — a repeated label in a form (a correction row, a hidden row), a second
 * column with the same header, a `Peildatum` label above a table that also has a peildatum
 * column — must never be decided by position: the same value twice is a note, two different
 * values are an error naming both cells.
 */
import type { FieldCell, FigureKey, Issue } from '../domain/model.js';
import { FIGURE_KEYS } from '../domain/fields.js';
import { makeIssue, placesParam } from '../domain/issues.js';
import { normaliseGiName } from '../domain/gi-register.js';
import { readDate, readFigure, readGiName, type FileContext } from './parse-field.js';

const isFigure = (key: string): key is FigureKey => (FIGURE_KEYS as readonly string[]).includes(key);

/** The value a cell stands for, comparable across notations: a number, an ISO date, a folded name. */
function readingOf(cell: FieldCell, ctx: FileContext): string | number | null {
  if (isFigure(cell.key)) return readFigure(cell, cell.key, ctx).value;
  if (cell.key === 'gi') {
    const name = readGiName(cell).value;
    return name === null ? null : normaliseGiName(name);
  }
  return cell.value.kind === 'empty' ? null : readDate(cell, ctx, cell.key === 'aanleverdatum' ? 'aanleverdatum' : undefined).value;
}

function same(a: string | number | null, b: string | number | null): boolean {
  return typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 1e-9 : a === b;
}

/** Compare every repeated cell with the first cell of its field. */
export function checkRepeatedFields(first: Partial<Record<string, FieldCell>>, repeated: readonly FieldCell[], ctx: FileContext): Issue[] {
  const issues: Issue[] = [];
  for (const again of repeated) {
    const original = first[again.key];
    if (!original) continue;
    const a = readingOf(original, ctx);
    const b = readingOf(again, ctx);
    const shown = again.value.kind === 'text' ? again.value.text : again.value.kind === 'number' ? again.value.number : again.value.kind === 'date' ? again.value.iso : null;
    const params = { first: placesParam([original.place]) };
    if (same(a, b)) issues.push(makeIssue('info', 'field/repeated-same', again.place, { field: again.key, value: shown, params }));
    else issues.push(makeIssue('error', 'field/repeated-conflict', again.place, { field: again.key, value: shown, expected: 'one-value', params }));
  }
  return issues;
}
