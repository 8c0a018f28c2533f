/**
 * Whole small files from disk: the registers, the holiday lists, the published figures. Regular
 * files only (a named pipe or a device is refused before it is opened), read up to the size they
 * have when opened.
 */
import { fileURLToPath } from 'node:url';
import { openRegular, readExactly } from './regular-file.js';

/** Thrown when a file is larger than the caller allows; `code` is 'EFBIG'. */
export class FileTooLargeError extends Error {
  readonly code = 'EFBIG';
  constructor(readonly size: number) {
    super(`file of ${size} bytes is too large`);
    this.name = 'FileTooLargeError';
  }
}

/**
 * The bytes of a regular file (a path or a bundled file's URL). Rejects with NotRegularFileError,
 * FileTooLargeError (above `maxBytes`, checked before reading) or the system's error.
 */
export async function readBytes(file: string | URL, maxBytes = Number.POSITIVE_INFINITY): Promise<Buffer> {
  const { handle, size } = await openRegular(typeof file === 'string' ? file : fileURLToPath(file));
  try {
    if (size > maxBytes) throw new FileTooLargeError(size);
    return await readExactly(handle, size);
  } finally {
    await handle.close();
  }
}

/** The text of a UTF-8 file; rejects as readBytes does. */
export async function readText(file: string | URL): Promise<string> {
  return (await readBytes(file)).toString('utf8');
}

/**
 * Whether a read failed because the path names nothing (wrong usage, exit 2) rather than
 * something that cannot be read (an error of that file, exit 1).
 */
export function isMissingPath(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG' || code === 'ELOOP' || code === 'ERR_INVALID_ARG_VALUE';
}
