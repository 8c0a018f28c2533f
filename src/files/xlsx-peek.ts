/**
 * A look at the first rows of a workbook's sheets without reading the workbook: the zip's
 * central directory, then the first few hundred KB of each sheet (and of the shared strings),
 * inflated up to where they end. Used only to recognise case-level registers by their headers;
 * exceljs's streaming reader would otherwise parse the whole sheet first, because workbooks
 * store the sheet before the styles and strings it needs.
 */
import type { FileHandle } from 'node:fs/promises';
import { constants, inflateRawSync } from 'node:zlib';
import { openRegular } from './regular-file.js';
import { findCentralDirectoryEnd, localDataOffset, parseCentralDirectory, type ZipEntry } from '../read/zip-entries.js';

const PEEK_BYTES = 256 * 1024;
const PEEK_INFLATED = 2 * 1024 * 1024;

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(Math.max(length, 0));
  const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
  return buffer.subarray(0, bytesRead);
}

/** The central directory, read with the zip guard's own parser (the guard checks the whole file later). */
async function centralDirectory(handle: FileHandle, size: number): Promise<ZipEntry[]> {
  const tailLength = Math.min(size, 65_557);
  const end = findCentralDirectoryEnd(await readAt(handle, size - tailLength, tailLength));
  if (!end) return [];
  return parseCentralDirectory(await readAt(handle, end.offset, end.size), end.count) ?? [];
}

/** The first bytes of an entry's content, inflated as far as they go. */
async function peekEntry(handle: FileHandle, e: ZipEntry): Promise<string> {
  const local = await readAt(handle, e.localHeaderOffset, 30);
  const offset = localDataOffset(local);
  if (offset === null) return '';
  const start = e.localHeaderOffset + offset;
  const raw = await readAt(handle, start, Math.min(e.compressedSize, PEEK_BYTES));
  if (e.method === 0) return raw.toString('utf8');
  if (e.method !== 8) return '';
  // A peek never inflates more than PEEK_INFLATED bytes, however well the prefix compresses (a
  // sheet of a million empty formatted rows would otherwise unpack to hundreds of megabytes).
  for (let length = raw.length; length > 0; length = Math.floor(length / 4)) {
    try {
      return inflateRawSync(raw.subarray(0, length), { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: PEEK_INFLATED }).toString('utf8');
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
    }
  }
  return '';
}

const decodeXml = (s: string): string => s
  .replace(/<[^>]+>/gu, '')
  .replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'")
  .replace(/&#(\d+);/gu, (_, n: string) => String.fromCodePoint(Number(n)))
  .replace(/&amp;/gu, '&');

function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/**
 * The text cells of the first `maxRows` rows of each sheet (at most `maxSheets`), as arrays by
 * column; of a regular file only, seen no further than `sizeSeen` (the size the run first saw).
 */
export async function peekSheetRows(file: string, maxRows: number, maxSheets = 5, sizeSeen?: number): Promise<(string | null)[][][]> {
  const { handle, size } = await openRegular(file, sizeSeen);
  try {
    const entries = await centralDirectory(handle, size);
    const sheets = entries
      .filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/u.test(e.name))
      .sort((a, b) => Number(/\d+/u.exec(a.name)?.[0]) - Number(/\d+/u.exec(b.name)?.[0]))
      .slice(0, maxSheets);
    const sharedEntry = entries.find((e) => e.name === 'xl/sharedStrings.xml');
    let shared: string[] | null = null;
    const result: (string | null)[][][] = [];
    for (const sheet of sheets) {
      const xml = await peekEntry(handle, sheet);
      const rows: (string | null)[][] = [];
      // A linear scan from one <row to the next: a regex up to </row> would be quadratic on
      // self-closing rows (<row r="7" s="1"/>), which formatted empty rows are.
      for (const part of xml.split(/<row\b/u).slice(1)) {
        const gt = part.indexOf('>');
        if (gt < 0) break;
        const attrs = part.slice(0, gt);
        const end = part.indexOf('</row>');
        const body = attrs.endsWith('/') ? '' : part.slice(gt + 1, end < 0 ? part.length : end);
        // Rows are placed by their number: empty rows are absent from the XML.
        const index = Number(/\br="(\d+)"/u.exec(attrs)?.[1] ?? rows.length + 1) - 1;
        if (index >= maxRows) break;
        const row: (string | null)[] = [];
        for (const c of body.matchAll(/<c\b([^>]*?)(?:\/>|>(.*?)<\/c>)/gsu)) {
          const attrs = c[1] ?? '';
          const body = c[2] ?? '';
          const col = columnIndex(/\br="([A-Z]+)/u.exec(attrs)?.[1] ?? '');
          const type = /\bt="([^"]+)"/u.exec(attrs)?.[1];
          if (col < 0) continue;
          if (type === 'inlineStr') row[col] = decodeXml(/<is>(.*?)<\/is>/su.exec(body)?.[1] ?? '');
          else if (type === 's' || type === 'str') {
            const v = /<v>(.*?)<\/v>/su.exec(body)?.[1] ?? '';
            if (type === 'str') row[col] = decodeXml(v);
            else {
              shared ??= sharedEntry ? [...(await peekEntry(handle, sharedEntry)).matchAll(/<si>(.*?)<\/si>/gsu)].map((s) => decodeXml(s[1] ?? '')) : [];
              row[col] = shared[Number(v)] ?? null;
            }
          }
        }
        rows[index] = row;
      }
      result.push(Array.from(rows, (r) => r ?? []));
    }
    return result;
  } finally {
    await handle.close();
  }
}
