import type { IssueParams } from '../domain/issue-kinds.js';
import { megabytes, type Limits } from './limits.js';

/**
 * Raw deflate, chunk by chunk, supplied by the caller (files/inflate.ts on Node): `onChunk`
 * returns false to stop early. Resolves true only when the data inflated to its end without error.
 */
export type InflateRaw = (data: Uint8Array, onChunk: (chunk: Uint8Array) => boolean) => Promise<boolean>;

/** One entry of a zip's central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipVerdict =
  | { ok: true; entries: ZipEntry[]; activeContent: string[] }
  | { ok: false; type: 'file/corrupt' }
  | { [K in ZipLimit]: { ok: false; type: K; params: IssueParams[K] } }[ZipLimit];

type ZipLimit = 'limit/unzipped-size' | 'limit/compression-ratio' | 'limit/rows';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const UTF8 = new TextDecoder('utf-8');

/** The bytes as latin1 text: one character per byte, so tag positions are byte positions. */
function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return text;
}

/** Little-endian readers over the bytes (they throw a RangeError past the end, as a Buffer's do). */
function reader(buf: Uint8Array): { u16: (at: number) => number; u32: (at: number) => number } {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  return { u16: (at) => view.getUint16(at, true), u32: (at) => view.getUint32(at, true) };
}

/** Read the central directory; null when the bytes are not a well-formed zip. */
export function listZipEntries(buf: Uint8Array): ZipEntry[] | null {
  const { u16, u32 } = reader(buf);
  const from = Math.max(0, buf.length - 65_557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from; i--) {
    if (u32(i) === EOCD) { eocd = i; break; }
  }
  if (eocd < 0) return null;
  const count = u16(eocd + 10);
  const size = u32(eocd + 12);
  const offset = u32(eocd + 16);
  if (offset + size > buf.length) return null;
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || u32(p) !== CENTRAL) return null;
    const nameLength = u16(p + 28);
    const next = p + 46 + nameLength + u16(p + 30) + u16(p + 32);
    if (next > buf.length) return null;
    entries.push({
      name: UTF8.decode(buf.subarray(p + 46, p + 46 + nameLength)),
      method: u16(p + 10),
      compressedSize: u32(p + 20),
      uncompressedSize: u32(p + 24),
      localHeaderOffset: u32(p + 42),
    });
    p = next;
  }
  return entries;
}

/** Parts that could act rather than hold data: read as data only, and said so. */
const ACTIVE = [/^xl\/vbaProject\.bin$/iu, /^xl\/externalLinks\//iu, /^xl\/embeddings\//iu, /^xl\/activeX\//iu, /^xl\/ctrlProps\//iu];
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/iu;
const ROW_TAG = /<(?:[A-Za-z_][\w.-]*:)?row[\s>/]/gu;

/**
 * Check a workbook before any reader sees it: the declared inflated sizes, then the actual ones
 * (streamed, never more than declared: a header that lies stops the file), then the rows of each
 * worksheet. Memory stays bounded whatever the file holds.
 */
export async function inspectZip(buf: Uint8Array, limits: Limits, inflate: InflateRaw): Promise<ZipVerdict> {
  const entries = listZipEntries(buf);
  if (!entries) return { ok: false, type: 'file/corrupt' };
  const declared = entries.reduce((s, e) => s + e.uncompressedSize, 0);
  const tooBig = (size: number) => ({ ok: false as const, type: 'limit/unzipped-size' as const, params: { size: megabytes(size), limit: megabytes(limits.maxUnzippedBytes) } });
  if (declared > limits.maxUnzippedBytes) return tooBig(declared);
  if (entries.some((e) => e.uncompressedSize === 0xffffffff || e.compressedSize === 0xffffffff)) return tooBig(declared);

  let inflated = 0;
  for (const entry of entries) {
    const data = entryData(buf, entry);
    if (!data) return { ok: false, type: 'file/corrupt' };
    const scan = await scanEntry(data, entry, WORKSHEET.test(entry.name), inflate);
    if (scan === null) return { ok: false, type: 'file/corrupt' };
    inflated += scan.bytes;
    if (scan.rows > limits.maxRows) return { ok: false, type: 'limit/rows', params: { rows: scan.rows, limit: limits.maxRows, part: entry.name } };
  }
  const ratio = buf.length > 0 ? inflated / buf.length : 0;
  if (ratio > limits.maxCompressionRatio) {
    return { ok: false, type: 'limit/compression-ratio', params: { ratio: Math.round(ratio), limit: limits.maxCompressionRatio } };
  }
  const activeContent = entries.map((e) => e.name).filter((name) => !name.endsWith('/') && ACTIVE.some((re) => re.test(name))).sort();
  return { ok: true, entries, activeContent };
}

/**
 * Inflate one entry chunk by chunk, counting bytes (and rows of a worksheet); null when the data
 * is corrupt or inflates to more than its header declares.
 */
async function scanEntry(data: Uint8Array, entry: ZipEntry, countRows: boolean, inflate: InflateRaw): Promise<{ bytes: number; rows: number } | null> {
  if (entry.method === 0) {
    return data.length === entry.uncompressedSize ? { bytes: data.length, rows: countRows ? countRowTags(latin1(data)) : 0 } : null;
  }
  if (entry.method !== 8) return null;
  let bytes = 0;
  let rows = 0;
  let tail = '';
  const ended = await inflate(data, (chunk) => {
    bytes += chunk.length;
    if (bytes > entry.uncompressedSize) return false;
    if (countRows) {
      // A tag split over two chunks: count tags that start before the last TAIL characters
      // now, and carry those characters into the next chunk, so each tag is counted once.
      const text = tail + latin1(chunk);
      const cut = Math.max(0, text.length - TAIL);
      rows += countRowTags(text, cut);
      tail = text.slice(cut);
    }
    return true;
  });
  return ended && bytes === entry.uncompressedSize ? { bytes, rows: rows + (countRows ? countRowTags(tail) : 0) } : null;
}

const TAIL = 64;

/** Row tags in `text` that start before `before`. */
function countRowTags(text: string, before = text.length): number {
  let n = 0;
  for (const m of text.matchAll(ROW_TAG)) if (m.index < before) n++;
  return n;
}

function entryData(buf: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const { u16, u32 } = reader(buf);
  const p = entry.localHeaderOffset;
  if (p + 30 > buf.length || u32(p) !== LOCAL) return null;
  const start = p + 30 + u16(p + 26) + u16(p + 28);
  const end = start + entry.compressedSize;
  return end <= buf.length ? buf.subarray(start, end) : null;
}
