/** Whole small files from disk: the registers, the holiday lists, the published figures. */
import { readFile, stat } from 'node:fs/promises';

/** The bytes of a file (a path or a bundled file's URL); rejects when it cannot be read. */
export function readBytes(file: string | URL): Promise<Uint8Array> {
  return readFile(file);
}

/** The text of a UTF-8 file; rejects when it cannot be read. */
export function readText(file: string | URL): Promise<string> {
  return readFile(file, 'utf8');
}

/** Whether a path is a regular file, and its size; null when it does not exist. */
export async function fileInfo(absolute: string): Promise<{ isFile: boolean; size: number } | null> {
  const info = await stat(absolute).catch(() => null);
  return info ? { isFile: info.isFile(), size: info.size } : null;
}
