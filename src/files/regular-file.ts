/**
 * Regular files only. A named pipe blocks open() until a writer comes (and then never ends), a
 * device such as /dev/zero never ends at all, and a file that grows while it is read would give
 * figures nobody saw: so every file is checked before it is opened, opened without blocking, checked
 * again through its handle (the path may have been swapped in between), and read only up to the
 * size it had when it was first seen.
 */
import { constants, type Dirent, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { Issue } from '../domain/model.js';
import { makeIssue, placeOfFile } from '../domain/issues.js';

/** What a path is when it is not a regular file (a symbolic link is followed first). */
export type NotRegularKind = 'fifo' | 'device' | 'socket' | 'directory' | 'other';

/** The kind of a file system entry: 'file' for a regular file. */
export function kindOf(entry: Stats | Dirent): NotRegularKind | 'file' {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'directory';
  if (entry.isFIFO()) return 'fifo';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'device';
  if (entry.isSocket()) return 'socket';
  return 'other';
}

/** Thrown when a path names something other than a regular file; `code` is 'ENOTREG'. */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREG';
  constructor(readonly path: string, readonly kind: NotRegularKind) {
    super(`${path} is not a regular file (${kind})`);
    this.name = 'NotRegularFileError';
  }
}

/** The issue of a file (shown as `file`) that cannot be opened: no regular file, or the system's error. */
export function openFailure(file: string, err: unknown): Issue {
  if (err instanceof NotRegularFileError) return makeIssue('error', 'file/not-regular', placeOfFile(file), { params: { kind: err.kind } });
  return makeIssue('error', 'file/unreadable', placeOfFile(file), { params: { reason: (err as NodeJS.ErrnoException).code ?? 'I/O' } });
}

/** O_NONBLOCK keeps open() of a named pipe from waiting for a writer (it is 0 where it does not exist). */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export interface OpenedFile {
  handle: FileHandle;
  /** The size to read: the size of the open file, never more than the size seen at the start. */
  size: number;
}

/**
 * Open a regular file for reading. Rejects with a NotRegularFileError for anything else, and with
 * the system's error (ENOENT, EACCES, …) when it cannot be opened. `sizeSeen` is the size the run
 * saw first: a file that has grown since is read only that far.
 */
export async function openRegular(absolute: string, sizeSeen?: number): Promise<OpenedFile> {
  const before = kindOf(await stat(absolute));
  if (before !== 'file') throw new NotRegularFileError(absolute, before);
  const handle = await open(absolute, READ_FLAGS);
  try {
    const info = await handle.stat();
    const kind = kindOf(info);
    if (kind !== 'file') throw new NotRegularFileError(absolute, kind);
    return { handle, size: sizeSeen === undefined ? info.size : Math.min(info.size, sizeSeen) };
  } catch (err) {
    await handle.close();
    throw err;
  }
}

/** Exactly `size` bytes from the start of an open file (fewer only when it has shrunk). */
export async function readExactly(handle: FileHandle, size: number): Promise<Buffer> {
  const buffer = Buffer.alloc(size);
  let filled = 0;
  while (filled < size) {
    const { bytesRead } = await handle.read(buffer, filled, size - filled, filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled === size ? buffer : buffer.subarray(0, filled);
}

/** The whole of a regular file, as large as it is when opened (or `sizeSeen`, when smaller). */
export async function readRegular(absolute: string, sizeSeen?: number): Promise<Buffer> {
  const { handle, size } = await openRegular(absolute, sizeSeen);
  try {
    return await readExactly(handle, size);
  } finally {
    await handle.close();
  }
}

/** The first `length` bytes of a regular file. */
export async function readRegularHead(absolute: string, length: number): Promise<Buffer> {
  const { handle, size } = await openRegular(absolute);
  try {
    return await readExactly(handle, Math.min(length, size));
  } finally {
    await handle.close();
  }
}

/**
 * A stream of a regular file's bytes that ends at `sizeSeen` (or the size when opened, if smaller),
 * however much is appended to the file meanwhile.
 */
export async function streamRegular(absolute: string, sizeSeen: number, highWaterMark: number): Promise<{ stream: Readable; size: number }> {
  const { handle, size } = await openRegular(absolute, sizeSeen);
  if (size === 0) {
    await handle.close();
    return { stream: Readable.from([]), size };
  }
  // The stream owns the handle from here on and closes it when it ends or fails.
  return { stream: handle.createReadStream({ start: 0, end: size - 1, highWaterMark }), size };
}
