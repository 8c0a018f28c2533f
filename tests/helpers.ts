import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/main.js';

/** The repository root, found from this file, never from the working directory. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = path.join(ROOT, 'fixtures');

class Buffered {
  chunks: Buffer[] = [];
  isTTY = false;
  columns?: number;
  write(chunk: string | Uint8Array, callback?: (err?: Error | null) => void): boolean {
    this.chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
    if (callback) queueMicrotask(() => callback());
    return true;
  }
  get bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
  get text(): string {
    return this.bytes.toString('utf8');
  }
}

export interface CliResult {
  exitCode: number;
  stdout: string;
  stdoutBytes: Buffer;
  stderr: string;
}

/** Run jbmonitor in-process, as `jbmonitor ...args` from `cwd` (the repository root by default). */
export async function runCli(args: string[], options: { cwd?: string; env?: Record<string, string>; tty?: boolean; columns?: number } = {}): Promise<CliResult> {
  const stdout = new Buffered();
  stdout.isTTY = Boolean(options.tty);
  // A terminal's width, as Node sets it on a TTY.
  if (options.columns !== undefined) stdout.columns = options.columns;
  const stderr = new Buffered();
  const exitCode = await main(args, { stdout, stderr, env: options.env ?? {}, cwd: options.cwd ?? ROOT });
  return { exitCode, stdout: stdout.text, stdoutBytes: stdout.bytes, stderr: stderr.text };
}
