import type { ZipProblem } from '../domain/issue-kinds.js';

/**
 * A zip's table of contents, read strictly. Two readers look at a workbook: the zip guard and
 * exceljs's full reader go by the central directory, exceljs's streaming reader by the local
 * headers from the start of the file. A zip on which they could disagree (an entry present in one
 * and not the other, names that two readers may resolve differently) is refused, so that every
 * reader sees exactly the parts the guard checked.
 */

/** One entry of a zip's central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}


export type ZipListing =
  | { ok: true; entries: ZipEntry[] }
  | { ok: false; problem: 'corrupt' }
  | { ok: false; problem: ZipProblem; part: string };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
/** General-purpose flag bit 3: sizes and CRC follow the data in a data descriptor. */
const HAS_DESCRIPTOR = 0x0008;
const ZIP64 = 0xffffffff;

const ASCII = new TextDecoder('latin1');

/** Little-endian readers over the bytes (they throw a RangeError past the end, as a Buffer's do). */
function reader(buf: Uint8Array): { u16: (at: number) => number; u32: (at: number) => number } {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  return { u16: (at) => view.getUint16(at, true), u32: (at) => view.getUint32(at, true) };
}

export interface CentralDirectoryEnd {
  count: number;
  offset: number;
  size: number;
  /** Where the end record starts in the bytes given. */
  at: number;
}

/**
 * The end-of-central-directory record in the last bytes of a zip (`tail`, at most 65,557 of
 * them); null when there is none. Strict: one disk, its comment ends the file.
 */
export function findCentralDirectoryEnd(tail: Uint8Array): CentralDirectoryEnd | null {
  if (tail.length < 22) return null;
  const { u16, u32 } = reader(tail);
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(i) !== EOCD || i + 22 + u16(i + 20) !== tail.length) continue;
    if (u16(i + 4) !== 0 || u16(i + 6) !== 0 || u16(i + 8) !== u16(i + 10)) return null;
    return { count: u16(i + 10), size: u32(i + 12), offset: u32(i + 16), at: i };
  }
  return null;
}

/** The entries of a central directory (`cd`: exactly its bytes); null when it is malformed. */
export function parseCentralDirectory(cd: Uint8Array, count: number): ZipEntry[] | null {
  const { u16, u32 } = reader(cd);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > cd.length || u32(p) !== CENTRAL) return null;
    const nameLength = u16(p + 28);
    const next = p + 46 + nameLength + u16(p + 30) + u16(p + 32);
    if (next > cd.length) return null;
    entries.push({
      name: ASCII.decode(cd.subarray(p + 46, p + 46 + nameLength)),
      method: u16(p + 10),
      flags: u16(p + 8),
      compressedSize: u32(p + 20),
      uncompressedSize: u32(p + 24),
      localHeaderOffset: u32(p + 42),
    });
    p = next;
  }
  return p === cd.length ? entries : null;
}

/**
 * A part name every reader resolves the same way: printable ASCII, relative, forward slashes, no
 * empty, `.` or `..` segments (a trailing `/` marks a folder entry).
 */
export function isNormalName(name: string): boolean {
  if (name === '' || !/^[\x20-\x7e]+$/u.test(name) || name.startsWith('/') || name.includes('\\')) return false;
  const segments = (name.endsWith('/') ? name.slice(0, -1) : name).split('/');
  return segments.every((s) => s !== '' && s !== '.' && s !== '..');
}

/**
 * Where an entry's data begins, counted from its local header: the 30 fixed bytes, the name and
 * the extra field; null when `header` (the bytes from the header on) is no local header.
 */
export function localDataOffset(header: Uint8Array): number | null {
  if (header.length < 30) return null;
  const { u16, u32 } = reader(header);
  return u32(0) === LOCAL ? 30 + u16(26) + u16(28) : null;
}

/**
 * Read and check a whole zip: the central directory, the names in it, and its local entries,
 * which must be exactly those of the directory (same offsets and names, each entry's data
 * ending where the next begins, the last where the directory starts; nothing before the first).
 */
export function listZipEntries(buf: Uint8Array): ZipListing {
  const corrupt = { ok: false as const, problem: 'corrupt' as const };
  const tailStart = Math.max(0, buf.length - 65_557);
  const end = findCentralDirectoryEnd(buf.subarray(tailStart));
  if (!end) return corrupt;
  const eocd = tailStart + end.at;
  if (end.offset + end.size !== eocd) return corrupt;
  const entries = parseCentralDirectory(buf.subarray(end.offset, eocd), end.count);
  if (!entries) return corrupt;
  const seen = new Set<string>();
  for (const e of entries) {
    if (!isNormalName(e.name)) return { ok: false, problem: 'name', part: e.name };
    // Case-insensitive: a reader on Windows, or one that lower-cases names, would see one part.
    const key = e.name.toLowerCase();
    if (seen.has(key)) return { ok: false, problem: 'duplicate', part: e.name };
    seen.add(key);
    if (e.compressedSize === ZIP64 || e.uncompressedSize === ZIP64 || e.localHeaderOffset === ZIP64) return corrupt;
  }
  const stray = strayLocalEntry(buf, entries, end.offset);
  return stray === null ? { ok: true, entries } : { ok: false, problem: 'local-entries', part: stray };
}

function containsDescriptorSignature(data: Uint8Array): boolean {
  for (let i = data.indexOf(0x50); i >= 0 && i + 3 < data.length; i = data.indexOf(0x50, i + 1)) {
    if (data[i + 1] === 0x4b && data[i + 2] === 0x07 && data[i + 3] === 0x08) return true;
  }
  return false;
}

/**
 * Walk the local headers from offset 0 in the order of their offsets; the name of the first
 * entry that does not line up with the central directory ('' when the gap or overlap has no
 * name), or null when they agree byte for byte.
 */
function strayLocalEntry(buf: Uint8Array, entries: readonly ZipEntry[], directoryOffset: number): string | null {
  const { u16, u32 } = reader(buf);
  const ordered = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  let p = 0;
  for (const e of ordered) {
    const h = e.localHeaderOffset;
    if (h !== p || h + 30 > directoryOffset || u32(h) !== LOCAL) return e.name;
    const flags = u16(h + 6);
    const nameLength = u16(h + 26);
    const start = h + 30 + nameLength + u16(h + 28);
    if (start > directoryOffset || ASCII.decode(buf.subarray(h + 30, h + 30 + nameLength)) !== e.name) return e.name;
    if ((flags & HAS_DESCRIPTOR) !== (e.flags & HAS_DESCRIPTOR) || u16(h + 8) !== e.method) return e.name;
    p = start + e.compressedSize;
    if (flags & HAS_DESCRIPTOR) {
      // A streaming reader ends such an entry at its local size, or when that is 0 at the first
      // descriptor signature in the data, then reads a signed descriptor: the bytes must agree.
      // (A stored entry of unknown length is ended only by that search: no real workbook has one.)
      const localSize = u32(h + 18);
      if (e.method === 0 || (localSize !== 0 && localSize !== e.compressedSize) || p + 16 > directoryOffset) return e.name;
      if (localSize === 0 && containsDescriptorSignature(buf.subarray(start, p))) return e.name;
      if (u32(p) !== DESCRIPTOR || u32(p + 8) !== e.compressedSize || u32(p + 12) !== e.uncompressedSize) return e.name;
      p += 16;
    } else if (u32(h + 18) !== e.compressedSize || u32(h + 22) !== e.uncompressedSize) {
      return e.name;
    }
  }
  if (p === directoryOffset) return null;
  // Bytes between the last listed entry and the directory: name the hidden entry when it is one.
  return p + 30 <= directoryOffset && u32(p) === LOCAL ? ASCII.decode(buf.subarray(p + 30, Math.min(p + 30 + u16(p + 26), directoryOffset))) : '';
}
