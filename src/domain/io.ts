/** Where output goes: the process's stdout in real use, a buffer in tests. */
export interface OutStream {
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
}

/** Everything a run touches outside itself; tests pass buffers and a fixed environment. */
export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}
