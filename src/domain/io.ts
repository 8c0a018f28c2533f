/** Called once a write has been taken by the stream, with its error when it could not be. */
export type WriteCallback = (err?: Error | null) => void;

/**
 * Where output goes: the process's stdout in real use, a buffer in tests. Like a Node stream, it
 * calls `callback` once the chunk is written (or has failed): main() waits for that before it
 * decides the exit code.
 */
export interface OutStream {
  write(chunk: string | Uint8Array, callback?: WriteCallback): unknown;
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
