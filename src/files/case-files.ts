/**
 * Case-level registers on disk, for the case route (cases/), which reads no file itself: the head
 * of a file to recognise one, and a streaming reader for each that is one.
 */
import { open, stat } from 'node:fs/promises';
import type { CaseFileProbe, StreamedCaseFile } from '../domain/case-rows.js';
import type { InputFile } from '../domain/model.js';
import { streamCsv } from './stream-csv.js';
import { streamXlsx } from './stream-xlsx.js';
import { peekSheetRows } from './xlsx-peek.js';

async function head(file: string, size: number): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** What the case route may look at to decide whether a file is a case-level register. */
export async function probeFile(file: InputFile): Promise<CaseFileProbe> {
  const info = await stat(file.absolute).catch(() => null);
  return {
    path: file.path,
    size: info ? info.size : null,
    head: (bytes) => head(file.absolute, bytes).catch(() => null),
    peekSheets: (maxRows) => peekSheetRows(file.absolute, maxRows),
  };
}

/** A case-level register to stream, row by row. */
export async function streamedCaseFile(file: InputFile, kind: 'csv' | 'xlsx'): Promise<StreamedCaseFile> {
  const size = await stat(file.absolute).then((i) => i.size, () => 0);
  return {
    path: file.path, kind, size,
    stream: (sink, onBytes, skipSheet) => (kind === 'csv' ? streamCsv(file.absolute, sink, onBytes) : streamXlsx(file.absolute, sink, onBytes, skipSheet)),
  };
}
