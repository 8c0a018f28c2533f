import type { FileRecords, Issue, RawFile, SheetRecords } from '../domain/model.js';
import { makeIssue, placeOfFile } from '../domain/issues.js';
import { findRecords } from './layout.js';

/**
 * Recognise the submission sheets of a file. Sheets without recognisable fields (lists for
 * dropdowns, instructions, notes) are noted and skipped; a file with none is an error.
 */
export function recordsOfFile(file: RawFile): { records: FileRecords; issues: Issue[] } {
  const sheets: SheetRecords[] = [];
  const skipped: { name: string; hidden: boolean }[] = [];
  for (const sheet of file.sheets) {
    const found = findRecords(sheet);
    if (found) sheets.push(found);
    else if (sheet.sheet !== null) skipped.push({ name: sheet.sheet, hidden: sheet.hidden });
  }
  const issues: Issue[] = [];
  const hasContent = file.sheets.some((s) => s.rows.some((r) => r.length > 0));
  if (sheets.length === 0) {
    issues.push(makeIssue('error', hasContent ? 'file/no-fields' : 'file/empty', placeOfFile(file.file)));
  } else {
    for (const { name, hidden } of skipped) issues.push(makeIssue('info', 'sheet/ignored', { ...placeOfFile(file.file), sheet: name }, { params: { sheet: name, hidden: hidden ? 'yes' : 'no' } }));
  }
  return { records: { file: file.file, date1904: file.date1904, sheets }, issues };
}
