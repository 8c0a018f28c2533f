/**
 * The input files on disk: the arguments expanded into files, each file's size checked before it
 * is read, its bytes read and hashed, then handed to read/ (which parses bytes only).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { InputFile, InputRef, Issue, RawFile } from '../domain/model.js';
import { makeIssue, placeOfFile } from '../domain/issues.js';
import { UsageError } from '../domain/errors.js';
import { compareText } from '../domain/order.js';
import { isOwnReport, readInput, sizeRefusal, streamedWorkbookRefusal } from '../read/inputs.js';
import { DEFAULT_LIMITS, type Limits } from '../read/limits.js';
import { sha256 } from './hash.js';
import { inflateRawChunks } from './inflate.js';

const SPREADSHEET_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.csv']);
const REFUSED_EXTENSIONS = new Set(['.xls']);

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
      const tooBig = sizeRefusal(f.path, (await stat(f.absolute)).size, limits);
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
    const read = await readInput(buffer, f.path, hash, limits, inflateRawChunks);
    result.issues.push(...read.issues);
    // An own report is no input: left out of the provenance too, so that a report written into
    // the folder it reads gives the same report on the next run.
    if (read.ownReport) continue;
    result.inputs.push({ path: f.path, sha256: hash });
    if (read.file) result.files.push(read.file);
  }
  return result;
}

/**
 * The limits for a case-level register, which is streamed rather than read whole: its size on
 * disk, and for a workbook the zip guard. Returns the issue that refuses the file, or null.
 */
export async function guardStreamedFile(file: InputFile, kind: 'csv' | 'xlsx', limits: Limits): Promise<Issue | null> {
  const tooBig = sizeRefusal(file.path, (await stat(file.absolute)).size, limits);
  if (tooBig || kind === 'csv') return tooBig;
  return streamedWorkbookRefusal(await readFile(file.absolute), file.path, limits, inflateRawChunks);
}

/**
 * Whether the file at `absolute` is one of jbmonitor's own reports (so --out may replace it).
 * A file that cannot be read or parsed is not.
 */
export async function isOwnReportFile(absolute: string): Promise<boolean> {
  const buffer = await readFile(absolute).catch(() => null);
  if (!buffer) return false;
  return isOwnReport(buffer, absolute, inflateRawChunks);
}
