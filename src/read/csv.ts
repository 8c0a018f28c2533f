import type { RawCell, RawSheet } from '../domain/model.js';
import { decodeWindows1252, latin1AsWindows1252 } from '../domain/windows-1252.js';

export type Delimiter = ';' | ',' | '\t';

export type CsvEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** The byte-order mark of UTF-16 text (Excel's "Unicode text"), little- or big-endian; null when none. */
export function utf16Bom(buffer: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return 'utf-16le';
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * Decode a text file: UTF-16 when it starts with its byte-order mark, else strict UTF-8 (with or
 * without BOM), else Windows-1252 (Dutch Excel's "CSV (gescheiden door lijstscheidingsteken)").
 */
export function decodeText(buffer: Uint8Array): { text: string; encoding: CsvEncoding } {
  const utf16 = utf16Bom(buffer);
  // The decoder drops the byte-order mark.
  if (utf16) return { text: new TextDecoder(utf16).decode(buffer), encoding: utf16 };
  if (isUtf8(buffer)) return { text: new TextDecoder('utf-8').decode(buffer), encoding: 'utf-8' };
  return { text: decodeWindows1252(buffer), encoding: 'windows-1252' };
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

/** Bytes decoded at a time when a whole file is checked or converted: no full copy as a string. */
const CHUNK = 1 << 20;

/** Whether the bytes are strict UTF-8, checked a chunk at a time. */
function isUtf8(bytes: Uint8Array): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for (let start = 0; start < bytes.length; start += CHUNK) {
      const end = Math.min(start + CHUNK, bytes.length);
      decoder.decode(bytes.subarray(start, end), { stream: end < bytes.length });
    }
    return true;
  } catch {
    return false;
  }
}

/** How much of the start of a file decides its delimiter. */
const HEAD_BYTES = 256 * 1024;

/** UTF-16 text as UTF-8 bytes, a chunk at a time, so that no second full copy is held as a string. */
function utf16AsUtf8(buffer: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Uint8Array {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let start = 0; start < buffer.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, buffer.length);
    const chunk = encoder.encode(decoder.decode(buffer.subarray(start, end), { stream: end < buffer.length }));
    chunks.push(chunk);
    length += chunk.length;
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

type NodeBuffer = { from(data: ArrayBufferLike, offset: number, length: number): Uint8Array };

/**
 * What csv-parse is given: on Node a Buffer over the same bytes (no copy); in a browser, which
 * has no Buffer (the check page), the decoded text, since csv-parse takes a string or a Buffer only.
 */
function csvInput(bytes: Uint8Array, encoding: CsvEncoding): Uint8Array | string {
  const nodeBuffer = (globalThis as { Buffer?: NodeBuffer }).Buffer;
  if (nodeBuffer) return nodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return new TextDecoder(encoding === 'windows-1252' ? 'windows-1252' : 'utf-8').decode(bytes);
}

/**
 * Call `onRecord` with every record of a CSV file as its fields, empty ones included (Excel rows:
 * record n is row n + 1). The bytes are parsed as they are (UTF-8, or Windows-1252 read byte for
 * byte; UTF-16 is first turned into UTF-8): no decoded copy of the whole text is held, and no
 * record is kept unless `onRecord` keeps it. Throws csv-parse's error (with `code` and `lines`) on
 * bad syntax, and whatever `onRecord` throws (a limit) as it is.
 */
export async function eachCsvRecord(
  buffer: Uint8Array, onRecord: (fields: string[], index: number) => void,
  maxLineChars = 1024 * 1024, delimiterFrom: 'first-lines' | 'header-line' = 'first-lines',
): Promise<{ delimiter: Delimiter; encoding: CsvEncoding }> {
  const { parse } = await import('csv-parse/sync');
  const utf16 = utf16Bom(buffer);
  const bytes = utf16 ? utf16AsUtf8(buffer.subarray(2), utf16) : buffer;
  const encoding: CsvEncoding = utf16 ?? (isUtf8(bytes) ? 'utf-8' : 'windows-1252');
  const latin = encoding === 'windows-1252';
  let head = decodeText(bytes.subarray(0, HEAD_BYTES)).text;
  if (head.startsWith('\uFEFF')) head = head.slice(1);
  const delimiter = delimiterFrom === 'header-line' ? headerDelimiter(head) : detectDelimiter(head);
  let index = 0;
  const input = csvInput(bytes, encoding);
  // Windows-1252 bytes are read as Latin-1 (the same bytes, one character each) and their
  // 0x80–0x9F fixed per field; text decoded in a browser is right already.
  const asLatin1 = latin && typeof input !== 'string';
  parse(input, {
    delimiter,
    encoding: asLatin1 ? 'latin1' : 'utf8',
    bom: !latin,
    relax_column_count: true,
    max_record_size: maxLineChars,
    skip_empty_lines: false,
    on_record: (record: string[]) => {
      onRecord(asLatin1 ? record.map(latin1AsWindows1252) : record, index++);
      return null;
    },
  });
  return { delimiter, encoding };
}

/** Every record of a CSV file as its fields (for small files: the whole file is held as records). */
export async function readCsvRecords(
  buffer: Uint8Array, maxLineChars = 1024 * 1024, delimiterFrom: 'first-lines' | 'header-line' = 'first-lines',
): Promise<{ records: string[][]; delimiter: Delimiter }> {
  const records: string[][] = [];
  const { delimiter } = await eachCsvRecord(buffer, (fields) => { records.push(fields); }, maxLineChars, delimiterFrom);
  return { records, delimiter };
}

/**
 * Filled-in cells a CSV submission may hold. An uitvraag has a few hundred; each cell held costs
 * about a hundred bytes, so a file of a hundred megabytes of `1;1;1;…` is refused long before it
 * could exhaust memory.
 */
export const MAX_CSV_CELLS = 250_000;

/** A CSV file beyond what a submission may hold: refused at the record (`lines`) that went over. */
export class CsvLimitError extends Error {
  constructor(readonly code: 'CSV_TOO_MANY_ROWS' | 'CSV_TOO_MANY_CELLS', readonly lines: number) {
    super(code);
  }
}

/**
 * Parse a CSV text into one raw sheet (all cells are text). Only filled-in cells are kept, and
 * parsing stops at the first record beyond `maxRows` (empty records count: `;;;` lines cost
 * memory too) or beyond MAX_CSV_CELLS filled-in cells.
 */
export async function readCsv(buffer: Uint8Array, file: string, maxLineChars = 1024 * 1024, maxRows = Number.POSITIVE_INFINITY): Promise<RawSheet> {
  const rows: RawCell[][] = [];
  let cells = 0;
  await eachCsvRecord(buffer, (fields, r) => {
    if (r >= maxRows) throw new CsvLimitError('CSV_TOO_MANY_ROWS', r + 1);
    const row: RawCell[] = [];
    fields.forEach((text, c) => {
      if (text.trim() !== '') row.push({ row: r + 1, col: c + 1, value: { kind: 'text', text } });
    });
    cells += row.length;
    if (cells > MAX_CSV_CELLS) throw new CsvLimitError('CSV_TOO_MANY_CELLS', r + 1);
    rows.push(row);
  }, maxLineChars);
  while (rows.length > 0 && (rows[rows.length - 1]?.length ?? 0) === 0) rows.pop();
  return { file, sheet: null, hidden: false, rows };
}
