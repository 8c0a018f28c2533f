/** Where output goes: the process's stdout in real use, a buffer in tests. */
export interface OutStream {
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
  /** A terminal's width in columns (Node sets it on a TTY); the table is laid out to it. */
  columns?: number;
}

/** Everything a run touches outside itself; tests pass buffers and a fixed environment. */
export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}
