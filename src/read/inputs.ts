import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { InputRef, Issue, RawFile } from '../model.js';
import { makeIssue, placeOfFile } from '../validate/issues.js';
import { UsageError } from '../errors.js';
import { readCsv } from './csv.js';
import { readXlsx } from './xlsx.js';

const SPREADSHEET_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.csv']);
const REFUSED_EXTENSIONS = new Set(['.xls']);

/** A file to read: the path as the user would recognise it, and where it really is. */
export interface InputFile {
  path: string;
  absolute: string;
}

/**
 * Expand the arguments into files: folders are read recursively for .xlsx, .xlsm and .csv
 * (and .xls, to refuse it clearly), skipping Excel lock files (~$…) and hidden files.
 * Sorted by path, so that the order of arguments and of the file system never matters.
 */
export async function expandInputs(args: readonly string[], cwd: string): Promise<InputFile[]> {
  const found = new Map<string, InputFile>();
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    const info = await stat(absolute).catch(() => null);
    if (!info) throw new UsageError(`path does not exist: ${arg}`, `pad bestaat niet: ${arg}`);
    if (info.isDirectory()) {
      for (const rel of await walk(absolute)) {
        const file = { path: joinShown(arg, rel), absolute: path.join(absolute, rel) };
        found.set(file.absolute, file);
      }
    } else {
      found.set(absolute, { path: arg, absolute });
    }
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function joinShown(dir: string, rel: string): string {
  return path.posix.join(dir.split(path.sep).join('/'), rel.split(path.sep).join('/'));
}

async function walk(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
    const rel = prefix ? path.join(prefix, e.name) : e.name;
    if (e.isDirectory()) out.push(...await walk(dir, rel));
    else if (e.isFile()) {
      const ext = path.extname(e.name).toLowerCase();
      if (SPREADSHEET_EXTENSIONS.has(ext) || REFUSED_EXTENSIONS.has(ext)) out.push(rel);
    }
  }
  return out;
}

export function sha256(buffer: Uint8Array): string {
  return createHash('sha256').update(buffer).digest('hex');
}

export interface ReadResult {
  files: RawFile[];
  inputs: InputRef[];
  issues: Issue[];
}

/** Read every input file; a file that cannot be read becomes an issue of that file, never a crash. */
export async function readInputs(files: readonly InputFile[]): Promise<ReadResult> {
  const result: ReadResult = { files: [], inputs: [], issues: [] };
  for (const f of files) {
    let buffer: Buffer;
    try {
      buffer = await readFile(f.absolute);
    } catch (err) {
      result.issues.push(makeIssue('error', 'file/unreadable', placeOfFile(f.path), { params: { reason: (err as NodeJS.ErrnoException).code ?? 'I/O' } }));
      continue;
    }
    const hash = sha256(buffer);
    result.inputs.push({ path: f.path, sha256: hash });
    const read = await readOne(buffer, f.path, hash);
    if ('issue' in read) result.issues.push(read.issue);
    else result.files.push(read.file);
  }
  return result;
}

type Sniffed = 'zip' | 'ole' | 'text' | 'binary' | 'empty';

/** What the bytes are, whatever the extension says. */
export function sniff(buffer: Uint8Array): Sniffed {
  if (buffer.length === 0) return 'empty';
  if (buffer[0] === 0x50 && buffer[1] === 0x4b && buffer[2] === 0x03 && buffer[3] === 0x04) return 'zip';
  if (buffer[0] === 0xd0 && buffer[1] === 0xcf && buffer[2] === 0x11 && buffer[3] === 0xe0) return 'ole';
  return buffer.subarray(0, 8192).includes(0) ? 'binary' : 'text';
}

async function readOne(buffer: Buffer, file: string, hash: string): Promise<{ file: RawFile } | { issue: Issue }> {
  const place = placeOfFile(file);
  const ext = path.extname(file).toLowerCase();
  const kind = sniff(buffer);
  if (kind === 'empty') return { issue: makeIssue('error', 'file/empty', place) };
  if (kind === 'ole' || ext === '.xls') return { issue: makeIssue('error', 'file/legacy-xls', place, { expected: 'spreadsheet' }) };
  if (kind === 'zip') {
    try {
      const wb = await readXlsx(buffer, file);
      return { file: { file, sha256: hash, format: 'xlsx', date1904: wb.date1904, sheets: wb.sheets } };
    } catch {
      // A zip that exceljs cannot open: truncated in transfer, or damaged.
      return { issue: makeIssue('error', 'file/corrupt', place, { expected: 'spreadsheet' }) };
    }
  }
  if (kind === 'text' && ext === '.csv') {
    try {
      const sheet = await readCsv(buffer, file);
      if (sheet.rows.length === 0) return { issue: makeIssue('error', 'file/empty', place) };
      return { file: { file, sha256: hash, format: 'csv', date1904: false, sheets: [sheet] } };
    } catch (err) {
      const line = (err as { lines?: number }).lines;
      const code = (err as { code?: string }).code ?? '';
      return { issue: makeIssue('error', 'file/csv-syntax', { ...place, row: line ?? null }, { params: { reason: (err as Error).message, code } }) };
    }
  }
  return { issue: makeIssue('error', 'file/not-spreadsheet', place, { expected: 'spreadsheet' }) };
}
