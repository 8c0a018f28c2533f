/**
 * Is an input a case-level register? Decided by its headers (a client number, a measure and a
 * start date), from the head of the file only: a CSV's first 64 KB; a workbook's first rows,
 * peeked from the zip (files/xlsx-peek.ts). Should the peek miss one, a workbook read whole by
 * the aggregate reader is still recognised from its raw sheets (isCaseWorkbook).
 */
import type { RawFile } from '../domain/model.js';
import type { CaseFileProbe, CaseValue } from '../domain/case-rows.js';
import { caseColumnsOf } from '../domain/case-fields.js';
import { decodeText, detectDelimiter } from '../read/csv.js';
import { extensionOf } from '../read/inputs.js';

/** Title rows above the header: look this far down for it. */
export const HEADER_SEARCH_ROWS = 20;

/** How much of a CSV file's head is read to find its header. */
const HEAD_BYTES = 64 * 1024;

export type CaseKind = 'csv' | 'xlsx';

export function isCaseHeader(values: readonly CaseValue[]): boolean {
  return caseColumnsOf(values.map((v) => (typeof v === 'string' ? v : null))) !== null;
}

/** 'csv' or 'xlsx' when the file is a case-level register that must be streamed; null otherwise. */
export async function caseKindOf(file: CaseFileProbe): Promise<CaseKind | null> {
  if (file.size === null || file.size === 0) return null;
  const bytes = await file.head(HEAD_BYTES);
  if (!bytes) return null;
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (zip) return await sniffXlsx(file) ? 'xlsx' : null;
  if (extensionOf(file.path) !== '.csv' || bytes.subarray(0, 8192).includes(0)) return null;
  return await sniffCsv(bytes, file.size > bytes.length) ? 'csv' : null;
}

async function sniffCsv(bytes: Uint8Array, truncated: boolean): Promise<boolean> {
  const { parse } = await import('csv-parse/sync');
  let text = decodeText(bytes).text;
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (truncated) text = text.slice(0, Math.max(text.lastIndexOf('\n'), 0));
  try {
    const records: string[][] = parse(text, {
      delimiter: detectDelimiter(text), relax_column_count: true, relax_quotes: true, to_line: HEADER_SEARCH_ROWS,
    });
    return records.some(isCaseHeader);
  } catch {
    return false;
  }
}

async function sniffXlsx(file: CaseFileProbe): Promise<boolean> {
  try {
    const sheets = await file.peekSheets(HEADER_SEARCH_ROWS);
    return sheets.some((rows) => rows.some((row) => isCaseHeader(Array.from(row, (v) => v ?? null))));
  } catch {
    return false;
  }
}

/** A workbook already read whole: is it a case-level register? */
export function isCaseWorkbook(file: RawFile): boolean {
  return file.format === 'xlsx' && file.sheets.some((s) => s.rows.slice(0, HEADER_SEARCH_ROWS).some((row) => {
    const values: CaseValue[] = [];
    for (const cell of row) values[cell.col - 1] = cell.value.kind === 'text' ? cell.value.text : null;
    return isCaseHeader(values);
  }));
}
