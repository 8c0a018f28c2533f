import { OutputError } from '../domain/errors.js';
import type { OutStream, WriteCallback } from '../domain/io.js';

/**
 * stdout as the commands see it: every write is followed until the stream has taken the bytes, so
 * that a write that fails (a full disk, /dev/full) is known before the run ends and main() can
 * exit 3 instead of 0. A reader that leaves early (`| head`, EPIPE) is no failure: the run ends
 * quietly, as other Unix tools do.
 */
export class CheckedStdout implements OutStream {
  readonly isTTY: boolean | undefined;
  private readonly pending: Promise<void>[] = [];
  private failure: (Error & { code?: string }) | null = null;

  constructor(private readonly inner: OutStream) {
    this.isTTY = inner.isTTY;
  }

  /** The terminal's width, as the stream knows it now (the table is laid out to it). */
  get columns(): number | undefined {
    return this.inner.columns;
  }

  write(chunk: string | Uint8Array, callback?: WriteCallback): unknown {
    let settle = (): void => undefined;
    this.pending.push(new Promise<void>((resolve) => { settle = resolve; }));
    try {
      return this.inner.write(chunk, (err) => {
        if (err && this.failure === null) this.failure = err;
        settle();
        callback?.(err);
      });
    } catch (err) {
      settle();
      throw err;
    }
  }

  /** Wait for every write so far; rejects with an OutputError (exit 3) when one failed, other than EPIPE. */
  async settled(): Promise<void> {
    await Promise.all(this.pending);
    const code = this.failure?.code ?? (this.failure ? 'I/O' : null);
    if (code === null || code === 'EPIPE') return;
    throw new OutputError(`cannot write to stdout (${code})`, `kan niet naar stdout schrijven (${code})`);
  }
}
