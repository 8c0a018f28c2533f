import path from 'node:path';
import { UsageError } from '../domain/errors.js';
import type { Issue } from '../domain/model.js';
import { makeIssue, placeOfFile } from '../domain/issues.js';
import { isMissingPath, readBytes } from '../files/disk.js';
import { openFailure } from '../files/regular-file.js';
import { sha256 } from '../files/hash.js';
import { readCsvRecords } from '../read/csv.js';
import { parsePublished, type PublishedFigure } from '../validate/published.js';

export interface LoadedPublished {
  figures: PublishedFigure[];
  /** Located problems of the file, in the run's issues: an error in it fails the run (exit 1). */
  issues: Issue[];
  sha256: string;
}

/**
 * Read the --compare file of published figures as Dutch Excel saves it or as written by hand:
 * UTF-8 with or without BOM or Windows-1252, `;` or `,` (decided by the header line alone, so a
 * `;` in a source text cannot decide it). A file that does not exist is a usage error (exit 2); one
 * that is no regular file or cannot be read is an error of that file (exit 1).
 */
export async function loadPublished(file: string, cwd: string): Promise<LoadedPublished> {
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(path.resolve(cwd, file));
  } catch (err) {
    if (isMissingPath(err)) throw new UsageError(`--compare: file not found: ${file}`, `--compare: bestand niet gevonden: ${file}`);
    // A folder, a named pipe, a device or a file without read access: an error of that file.
    return { figures: [], issues: [openFailure(file, err)], sha256: '' };
  }
  const hash = sha256(bytes);
  let table: Awaited<ReturnType<typeof readCsvRecords>>;
  try {
    table = await readCsvRecords(bytes, undefined, 'header-line');
  } catch (err) {
    const { code, lines } = err as { code?: string; lines?: number };
    const issue = makeIssue('error', 'file/csv-syntax', { ...placeOfFile(file), row: lines ?? null }, { params: { reason: (err as Error).message, code: code ?? '' } });
    return { figures: [], issues: [issue], sha256: hash };
  }
  return { ...parsePublished({ file, delimiter: table.delimiter, records: table.records }), sha256: hash };
}
