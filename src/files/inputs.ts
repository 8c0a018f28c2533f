/**
 * The input files on disk (found by expand.ts): each file's size checked before it is read, its
 * bytes read and hashed, then handed to read/ (which parses bytes only).
 */
import type { InputFile, InputRef, Issue, RawFile } from '../domain/model.js';
import { isOwnReport, readInput, sizeRefusal, streamedWorkbookRefusal } from '../read/inputs.js';
import { DEFAULT_LIMITS, type Limits } from '../read/limits.js';
import { sha256 } from './hash.js';
import { inflateRawChunks } from './inflate.js';
import { openFailure, openRegular, readExactly, readRegular } from './regular-file.js';

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
      // One open: the size checked is the size read, whatever happens to the file meanwhile.
      const { handle, size } = await openRegular(f.absolute, f.size);
      try {
        const tooBig = sizeRefusal(f.path, size, limits);
        if (tooBig) {
          result.issues.push(tooBig);
          continue;
        }
        buffer = await readExactly(handle, size);
      } finally {
        await handle.close();
      }
    } catch (err) {
      result.issues.push(openFailure(f.path, err));
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
  try {
    const { handle, size } = await openRegular(file.absolute, file.size);
    try {
      const tooBig = sizeRefusal(file.path, size, limits);
      if (tooBig || kind === 'csv') return tooBig;
      return await streamedWorkbookRefusal(await readExactly(handle, size), file.path, limits, inflateRawChunks);
    } finally {
      await handle.close();
    }
  } catch (err) {
    return openFailure(file.path, err);
  }
}

/**
 * Whether the file at `absolute` is one of jbmonitor's own reports (so --out may replace it).
 * A file that cannot be read or parsed is not.
 */
export async function isOwnReportFile(absolute: string): Promise<boolean> {
  const buffer = await readRegular(absolute).catch(() => null);
  if (!buffer) return false;
  return isOwnReport(buffer, absolute, inflateRawChunks);
}
