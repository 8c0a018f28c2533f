import type { OutStream } from './write/output.js';

/** Everything a run touches outside itself; tests pass buffers and a fixed environment. */
export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}
