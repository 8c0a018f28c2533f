import { constants } from 'node:fs';
import { open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { OutputError } from '../domain/errors.js';
import type { OutStream } from '../domain/io.js';


let counter = 0;

function outputError(target: string, err: unknown): OutputError {
  const code = (err as NodeJS.ErrnoException).code ?? 'I/O';
  return new OutputError(`cannot write ${target} (${code})`, `kan ${target} niet schrijven (${code})`);
}

/**
 * Write a whole output file atomically: a temporary file beside the target, flushed, then
 * renamed over it. A failure or an interruption never leaves a half-written target.
 */
export async function writeFileAtomic(target: string, content: string | Uint8Array): Promise<void> {
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${++counter}.tmp`);
  pendingTemporaryFiles.add(tmp);
  try {
    const handle = await open(tmp, 'wx', 0o644);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, target);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw outputError(target, err);
  } finally {
    pendingTemporaryFiles.delete(tmp);
  }
}

/** O_NONBLOCK keeps open() and write() of a named pipe from blocking a thread that SIGINT cannot end. */
const NONBLOCK = constants.O_NONBLOCK ?? 0;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Open for writing without blocking: a named pipe with no reader yet (ENXIO) is tried again until one comes. */
async function openForWriting(target: string): Promise<FileHandle> {
  for (;;) {
    try {
      return await open(target, constants.O_WRONLY | NONBLOCK);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENXIO') throw err;
      await pause(50);
    }
  }
}

/** Every byte, into a descriptor that may be full for a while (EAGAIN: its reader is behind). */
async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += (await handle.write(bytes, offset, bytes.length - offset, null)).bytesWritten;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
      await pause(5);
    }
  }
}

/**
 * Write into a target that is no regular file (a named pipe, a device): straight into it, as a
 * shell's `>` would, waiting for a pipe's reader. A rename would replace the pipe or device node
 * itself with a plain file. Nothing here blocks a thread, so Ctrl-C and SIGTERM still end the run.
 */
async function writeIntoSpecialFile(target: string, content: string | Uint8Array): Promise<void> {
  try {
    const handle = await openForWriting(target);
    try {
      await writeAll(handle, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    } finally {
      await handle.close();
    }
  } catch (err) {
    throw outputError(target, err);
  }
}

/** Temporary files being written now: removed by main() when the run is interrupted. */
export const pendingTemporaryFiles = new Set<string>();

/**
 * Write the report to --out or to stdout (`-` or no --out). A regular file (or a new one) is
 * written atomically; a named pipe or a device is written into, never replaced.
 */
export async function writeOutput(out: string | null, absolute: string | null, content: string | Uint8Array, stdout: OutStream): Promise<void> {
  if (out === null || out === '-' || absolute === null) {
    // main() waits for stdout to take the bytes, and exits 3 when it cannot (see write/stdout.ts).
    stdout.write(content);
    return;
  }
  const existing = await stat(absolute).catch(() => null);
  if (existing && !existing.isFile() && !existing.isDirectory()) await writeIntoSpecialFile(absolute, content);
  else await writeFileAtomic(absolute, content);
}

