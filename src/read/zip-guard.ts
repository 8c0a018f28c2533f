import { createInflateRaw } from 'node:zlib';
import type { IssueParams } from '../domain/issue-kinds.js';
import { megabytes, type Limits } from './limits.js';

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

/** Read the central directory; null when the bytes are not a well-formed zip. */
export function listZipEntries(buf: Buffer): ZipEntry[] | null {
  const from = Math.max(0, buf.length - 65_557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from; i--) {
    if (buf.readUInt32LE(i) === EOCD) { eocd = i; break; }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  if (offset + size > buf.length) return null;
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) return null;
    const nameLength = buf.readUInt16LE(p + 28);
    const next = p + 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    if (next > buf.length) return null;
    entries.push({
      name: buf.toString('utf8', p + 46, p + 46 + nameLength),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      localHeaderOffset: buf.readUInt32LE(p + 42),
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
export async function inspectZip(buf: Buffer, limits: Limits): Promise<ZipVerdict> {
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
    const scan = await scanEntry(data, entry, WORKSHEET.test(entry.name));
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
function scanEntry(data: Buffer, entry: ZipEntry, countRows: boolean): Promise<{ bytes: number; rows: number } | null> {
  if (entry.method === 0) {
    return Promise.resolve(data.length === entry.uncompressedSize ? { bytes: data.length, rows: countRows ? countRowTags(data.toString('latin1')) : 0 } : null);
  }
  if (entry.method !== 8) return Promise.resolve(null);
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let bytes = 0;
    let rows = 0;
    let tail = '';
    let done = false;
    const finish = (value: { bytes: number; rows: number } | null) => {
      if (done) return;
      done = true;
      inflate.destroy();
      resolve(value);
    };
    inflate.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > entry.uncompressedSize) return finish(null);
      if (countRows) {
        // A tag split over two chunks: count tags that start before the last TAIL characters
        // now, and carry those characters into the next chunk, so each tag is counted once.
        const text = tail + chunk.toString('latin1');
        const cut = Math.max(0, text.length - TAIL);
        rows += countRowTags(text, cut);
        tail = text.slice(cut);
      }
    });
    inflate.on('error', () => finish(null));
    inflate.on('end', () => finish(bytes === entry.uncompressedSize ? { bytes, rows: rows + (countRows ? countRowTags(tail) : 0) } : null));
    inflate.end(data);
  });
}

const TAIL = 64;

/** Row tags in `text` that start before `before`. */
function countRowTags(text: string, before = text.length): number {
  let n = 0;
  for (const m of text.matchAll(ROW_TAG)) if (m.index < before) n++;
  return n;
}

function entryData(buf: Buffer, entry: ZipEntry): Buffer | null {
  const p = entry.localHeaderOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL) return null;
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const end = start + entry.compressedSize;
  return end <= buf.length ? buf.subarray(start, end) : null;
}
