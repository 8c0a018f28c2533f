import type { RawCell, RawSheet } from '../domain/model.js';
import { decodeWindows1252 } from '../domain/windows-1252.js';

export type Delimiter = ';' | ',' | '\t';

/**
 * Decode a CSV file: strict UTF-8 (with or without BOM) first, Windows-1252 (Dutch Excel's
 * "CSV (gescheiden door lijstscheidingsteken)") when the bytes are not valid UTF-8.
 */
export function decodeText(buffer: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(buffer), encoding: 'windows-1252' };
  }
}

/**
 * The delimiter, from the first lines outside quotes. A `;` anywhere wins: Dutch files use it
 * because the comma is their decimal separator (csv-parse's own detection prefers `,`).
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let inQuotes = false;
  let lines = 0;
  for (const ch of text.slice(0, 64 * 1024)) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === ';' || ch === ',' || ch === '\t')) counts[ch]++;
    else if (!inQuotes && ch === '\n' && ++lines >= 50) break;
  }
  if (counts[';'] > 0) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

/**
 * The delimiter of a file whose first non-empty line is its header: only that line counts, so a
 * `;` or `,` in free text further down (a source, a note) cannot decide it.
 */
export function headerDelimiter(text: string): Delimiter {
  const header = text.split(/\r?\n/u).find((line) => line.trim() !== '') ?? '';
  return detectDelimiter(header);
}

/**
 * Every record of a CSV file as its fields, empty ones included (Excel rows: record n is row n + 1),
 * with the delimiter it was split on. Throws csv-parse's error (with `code` and `lines`) on bad syntax.
 */
export async function readCsvRecords(
  buffer: Uint8Array, maxLineChars = 1024 * 1024, delimiterFrom: 'first-lines' | 'header-line' = 'first-lines',
): Promise<{ records: string[][]; delimiter: Delimiter }> {
  const { parse } = await import('csv-parse/sync');
  const { text } = decodeText(buffer);
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const delimiter = delimiterFrom === 'header-line' ? headerDelimiter(body) : detectDelimiter(body);
  const records: string[][] = parse(body, {
    delimiter,
    relax_column_count: true,
    max_record_size: maxLineChars,
    skip_empty_lines: false,
  });
  return { records, delimiter };
}

/** Parse a whole CSV text into one raw sheet (all cells are text). */
export async function readCsv(buffer: Uint8Array, file: string, maxLineChars = 1024 * 1024): Promise<RawSheet> {
  const { records } = await readCsvRecords(buffer, maxLineChars);
  const rows: RawCell[][] = records.map((fields, r) => fields.flatMap((text, c) =>
    text.trim() === '' ? [] : [{ row: r + 1, col: c + 1, value: { kind: 'text' as const, text } }]));
  while (rows.length > 0 && (rows[rows.length - 1]?.length ?? 0) === 0) rows.pop();
  return { file, sheet: null, hidden: false, rows };
}
