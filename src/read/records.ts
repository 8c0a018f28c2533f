import type { FileRecords, Issue, RawFile, RawSheet, SheetRecords } from '../domain/model.js';
import { makeIssue, placeOfFile } from '../domain/issues.js';
import { columnLetter, findRecords } from './layout.js';

/**
 * Recognise the submission sheets of a file. Sheets without recognisable fields (lists for
 * dropdowns, instructions, notes) are noted and skipped; a file with none is an error.
 */
export function recordsOfFile(file: RawFile): { records: FileRecords; issues: Issue[] } {
  const sheets: SheetRecords[] = [];
  const skipped: { name: string; hidden: boolean }[] = [];
  const issues: Issue[] = [];
  for (const sheet of file.sheets) {
    const found = findRecords(sheet);
    if (found) {
      sheets.push(found);
      issues.push(...hiddenPartsRead(sheet));
    } else if (sheet.sheet !== null) skipped.push({ name: sheet.sheet, hidden: sheet.hidden });
  }
  const hasContent = file.sheets.some((s) => s.rows.some((r) => r.length > 0));
  if (sheets.length === 0) {
    issues.push(makeIssue('error', hasContent ? 'file/no-fields' : 'file/empty', placeOfFile(file.file)));
  } else {
    for (const { name, hidden } of skipped) issues.push(makeIssue('info', 'sheet/ignored', { ...placeOfFile(file.file), sheet: name }, { params: { sheet: name, hidden: hidden ? 'yes' : 'no' } }));
  }
  return { records: { file: file.file, date1904: file.date1904, sheets }, issues };
}

/**
 * Hidden sheets, rows and columns are read like visible ones: Excel hides them, so the GI who
 * checks the file on screen may not know they count. A hidden sheet with fields is a warning (it
 * may be an old round or another GI's form); hidden rows and columns of a read sheet are a note.
 */
function hiddenPartsRead(sheet: RawSheet): Issue[] {
  if (sheet.sheet === null) return [];
  const place = { ...placeOfFile(sheet.file), sheet: sheet.sheet };
  const issues: Issue[] = [];
  if (sheet.hidden) issues.push(makeIssue('warning', 'sheet/hidden-read', place, { params: { sheet: sheet.sheet } }));
  const rows = sheet.hiddenRows ?? [];
  const columns = sheet.hiddenColumns ?? [];
  if (rows.length > 0 || columns.length > 0) {
    issues.push(makeIssue('info', 'sheet/hidden-cells', place, { params: { sheet: sheet.sheet, rows: ranges(rows, String), columns: ranges(columns, columnLetter) } }));
  }
  return issues;
}

/** Sorted numbers as short ranges: 3, 5–7, 10 (columns: C, E–G). */
function ranges(numbers: readonly number[], name: (n: number) => string): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const first = numbers[i] ?? 0;
    let last = first;
    while (numbers[i + 1] === last + 1) last = numbers[++i] ?? last;
    parts.push(last === first ? name(first) : `${name(first)}–${name(last)}`);
  }
  return parts.join(', ');
}
