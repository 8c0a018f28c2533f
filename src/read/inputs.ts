import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { InputRef, Issue, Place, RawFile } from '../domain/model.js';
import { makeIssue, makeIssueWithParams, placeOfFile, type ParamsArg } from '../domain/issues.js';
import type { IssueType } from '../domain/issue-kinds.js';
import { UsageError } from '../domain/errors.js';
import { compareText } from '../domain/order.js';
import { decodeText, readCsv } from './csv.js';
import { isOwnTextReport, isOwnWorkbook } from './own-report.js';
import { readXlsx } from './xlsx.js';
import { DEFAULT_LIMITS, megabytes, type Limits } from './limits.js';
import { inspectZip, type ZipVerdict } from './zip-guard.js';

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
  return [...found.values()].sort((a, b) => compareText(a.path, b.path));
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
export async function readInputs(files: readonly InputFile[], limits: Limits = DEFAULT_LIMITS): Promise<ReadResult> {
  const result: ReadResult = { files: [], inputs: [], issues: [] };
  for (const f of files) {
    let buffer: Buffer;
    try {
      const tooBig = await sizeRefusal(f, limits);
      if (tooBig) {
        result.issues.push(tooBig);
        continue;
      }
      buffer = await readFile(f.absolute);
    } catch (err) {
      result.issues.push(makeIssue('error', 'file/unreadable', placeOfFile(f.path), { params: { reason: (err as NodeJS.ErrnoException).code ?? 'I/O' } }));
      continue;
    }
    const hash = sha256(buffer);
    const read = await readOne(buffer, f.path, hash, limits);
    result.issues.push(...read.issues);
    // An own report is no input: left out of the provenance too, so that a report written into
    // the folder it reads gives the same report on the next run.
    if (read.ownReport) continue;
    result.inputs.push({ path: f.path, sha256: hash });
    if (read.file) result.files.push(read.file);
  }
  return result;
}

/** Excel's own row limit: a case-level workbook may fill a sheet, but not more. */
const EXCEL_MAX_ROWS = 1_048_576;

/**
 * The limits for a case-level register, which is streamed rather than read whole: its size on
 * disk, and for a workbook the zip guard (bombs, lying headers), with rows up to Excel's maximum.
 * Returns the issue that refuses the file, or null.
 */
export async function guardStreamedFile(file: InputFile, kind: 'csv' | 'xlsx', limits: Limits): Promise<Issue | null> {
  const tooBig = await sizeRefusal(file, limits);
  if (tooBig || kind === 'csv') return tooBig;
  const verdict = await inspectZip(await readFile(file.absolute), { ...limits, maxRows: Math.max(limits.maxRows, EXCEL_MAX_ROWS) });
  return verdict.ok ? null : zipRefusal(placeOfFile(file.path), verdict);
}

/** An oversized file is refused before a byte of it is read; null when it fits. */
async function sizeRefusal(file: InputFile, limits: Limits): Promise<Issue | null> {
  const { size } = await stat(file.absolute);
  if (size <= limits.maxFileBytes) return null;
  return makeIssue('error', 'limit/file-size', placeOfFile(file.path), { params: { size: megabytes(size), limit: megabytes(limits.maxFileBytes) } });
}

/** The error of a workbook the zip guard refused. */
function zipRefusal(place: Place, verdict: Exclude<ZipVerdict, { ok: true }>): Issue {
  return makeIssue('error', verdict.type, place, { expected: verdict.type.startsWith('file/') ? 'spreadsheet' : null, params: 'params' in verdict ? verdict.params : {} });
}

/**
 * Whether the file at `absolute` is one of jbmonitor's own reports (so --out may replace it).
 * A file that cannot be read or parsed is not.
 */
export async function isOwnReportFile(absolute: string): Promise<boolean> {
  const buffer = await readFile(absolute).catch(() => null);
  if (!buffer) return false;
  const kind = sniff(buffer);
  if (kind === 'text') return isOwnTextReport(decodeText(buffer).text, path.extname(absolute).toLowerCase());
  if (kind !== 'zip' || !(await inspectZip(buffer, DEFAULT_LIMITS)).ok) return false;
  return readXlsx(buffer, absolute).then((wb) => isOwnWorkbook(wb.keywords), () => false);
}

type Sniffed = 'zip' | 'ole' | 'text' | 'binary' | 'empty';

/** What the bytes are, whatever the extension says. */
export function sniff(buffer: Uint8Array): Sniffed {
  if (buffer.length === 0) return 'empty';
  if (buffer[0] === 0x50 && buffer[1] === 0x4b && buffer[2] === 0x03 && buffer[3] === 0x04) return 'zip';
  if (buffer[0] === 0xd0 && buffer[1] === 0xcf && buffer[2] === 0x11 && buffer[3] === 0xe0) return 'ole';
  return buffer.subarray(0, 8192).includes(0) ? 'binary' : 'text';
}

interface ReadOne {
  file?: RawFile;
  issues: Issue[];
  /** One of jbmonitor's own reports: skipped with a note. */
  ownReport?: true;
}

const ownReport = (place: Place): ReadOne => ({ issues: [makeIssue('info', 'file/own-report', place)], ownReport: true });

async function readOne(buffer: Buffer, file: string, hash: string, limits: Limits): Promise<ReadOne> {
  const place = placeOfFile(file);
  const failAt = <T extends IssueType>(row: number | null, type: T, ...params: ParamsArg<T>): ReadOne =>
    ({ issues: [makeIssueWithParams('error', type, { ...place, row }, { expected: type.startsWith('file/') ? 'spreadsheet' : null }, ...params)] });
  const fail = <T extends IssueType>(type: T, ...params: ParamsArg<T>): ReadOne => failAt(null, type, ...params);
  const ext = path.extname(file).toLowerCase();
  const kind = sniff(buffer);
  if (kind === 'empty') return fail('file/empty');
  if (kind === 'ole' || ext === '.xls') return fail('file/legacy-xls');
  if (kind === 'zip') {
    const verdict = await inspectZip(buffer, limits);
    if (!verdict.ok) return { issues: [zipRefusal(place, verdict)] };
    // Macros, external links and embedded objects are never run or followed: we read cell values only.
    const issues = verdict.activeContent.length
      ? [makeIssue('info', 'file/active-content-ignored', place, { params: { parts: verdict.activeContent.join(', ') } })]
      : [];
    try {
      const wb = await readXlsx(buffer, file);
      if (isOwnWorkbook(wb.keywords)) return ownReport(place);
      return { file: { file, sha256: hash, format: 'xlsx', date1904: wb.date1904, sheets: wb.sheets }, issues };
    } catch {
      // A zip that exceljs cannot open: truncated in transfer, or damaged.
      return fail('file/corrupt');
    }
  }
  // A CSV report carries its mark in the header line: the first 64 kB suffice.
  const head = ext === '.csv' || ext === '.tsv' ? buffer.subarray(0, 65_536) : buffer;
  if (kind === 'text' && isOwnTextReport(decodeText(head).text, ext)) return ownReport(place);
  if (kind === 'text' && ext === '.csv') {
    try {
      const sheet = await readCsv(buffer, file, limits.maxLineChars);
      if (sheet.rows.length === 0) return fail('file/empty');
      return { file: { file, sha256: hash, format: 'csv', date1904: false, sheets: [sheet] }, issues: [] };
    } catch (err) {
      const { code, lines } = err as { code?: string; lines?: number };
      if (code === 'CSV_MAX_RECORD_SIZE') return failAt(lines ?? null, 'limit/csv-line', { limit: Math.round(limits.maxLineChars / 1024) });
      return failAt(lines ?? null, 'file/csv-syntax', { reason: (err as Error).message, code: code ?? '' });
    }
  }
  return fail('file/not-spreadsheet');
}
