/**
 * Case-level registers on disk, for the case route (cases/), which reads no file itself: the head
 * of a file to recognise one, and a streaming reader for each that is one. Every read stops at
 * the size the run first saw (InputFile.size), so a register that grows meanwhile is read as it was.
 */
import { stat } from 'node:fs/promises';
import type { CaseFileProbe, StreamedCaseFile } from '../domain/case-rows.js';
import type { InputFile } from '../domain/model.js';
import { kindOf, readRegularHead } from './regular-file.js';
import { streamCsv } from './stream-csv.js';
import { streamXlsx } from './stream-xlsx.js';
import { peekSheetRows } from './xlsx-peek.js';

/** The size the run first saw; a file not regular (or gone) has none. */
async function sizeOf(file: InputFile): Promise<number | null> {
  if (file.size !== undefined) return file.size;
  const info = await stat(file.absolute).catch(() => null);
  return info && kindOf(info) === 'file' ? info.size : null;
}

/** What the case route may look at to decide whether a file is a case-level register. */
export async function probeFile(file: InputFile): Promise<CaseFileProbe> {
  const size = await sizeOf(file);
  return {
    path: file.path,
    size,
    head: (bytes) => readRegularHead(file.absolute, Math.min(bytes, size ?? 0)).catch(() => null),
    peekSheets: (maxRows) => peekSheetRows(file.absolute, maxRows, undefined, size ?? 0),
  };
}

/** A case-level register to stream, row by row, no further than the size first seen. */
export async function streamedCaseFile(file: InputFile, kind: 'csv' | 'xlsx'): Promise<StreamedCaseFile> {
  const size = await sizeOf(file) ?? 0;
  return {
    path: file.path, kind, size,
    stream: (sink, onBytes, skipSheet) => (kind === 'csv' ? streamCsv(file.absolute, sink, onBytes, size) : streamXlsx(file.absolute, sink, onBytes, skipSheet, size)),
  };
}
