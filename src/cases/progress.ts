/**
 * A progress bar for long case files: on stderr, only when it is a terminal (the caller decides),
 * and only once a file has passed PROGRESS_MIN_ROWS rows, so short runs and pipes never see it.
 */
import type { OutStream } from '../domain/io.js';

export const PROGRESS_MIN_ROWS = 100_000;
const WIDTH = 30;

/** @param size the file's size in bytes: the bar shows bytes read, since rows are not known ahead */
export function progressBar(out: OutStream, label: string, size: number, rows: () => number): { update: (bytes: number) => void; done: () => void } {
  const startRows = rows();
  let shown = false;
  let last = 0;
  return {
    update(bytes) {
      const n = rows() - startRows;
      if (n < PROGRESS_MIN_ROWS || size === 0) return;
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      shown = true;
      const fraction = Math.min(bytes / size, 1);
      const filled = Math.round(fraction * WIDTH);
      out.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${Math.floor(fraction * 100)}% ${n.toLocaleString('nl-NL')}`);
    },
    done() {
      if (shown) out.write('\r\x1b[K');
    },
  };
}
