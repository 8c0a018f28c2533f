import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { OutputError } from '../domain/errors.js';
import type { OutStream } from '../domain/io.js';


let counter = 0;

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
    const code = (err as NodeJS.ErrnoException).code ?? 'I/O';
    throw new OutputError(`cannot write ${target} (${code})`, `kan ${target} niet schrijven (${code})`);
  } finally {
    pendingTemporaryFiles.delete(tmp);
  }
}

/** Temporary files being written now: removed by main() when the run is interrupted. */
export const pendingTemporaryFiles = new Set<string>();

/** Write the report to --out (atomically) or to stdout (`-` or no --out). */
export async function writeOutput(out: string | null, absolute: string | null, content: string | Uint8Array, stdout: OutStream): Promise<void> {
  if (out === null || out === '-' || absolute === null) {
    stdout.write(content);
    return;
  }
  await writeFileAtomic(absolute, content);
}
