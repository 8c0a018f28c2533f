import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildRealCli } from './built-cli.js';

const PROBE = path.join(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'scripts', 'rss-probe.mjs');

/** The heap the resource tests give the CLI: a regression fails fast instead of swapping. */
export const TEST_HEAP_MB = 256;

export interface ResourceRun {
  /** The exit code, or null when the process was killed (a timeout or a signal). */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  /** Stderr without the probe's line. */
  stderr: string;
  /** Peak resident memory in MB; null when the process did not exit normally (a crash, a kill). */
  peakMb: number | null;
  ms: number;
}

let built: Promise<{ bin: string }> | null = null;

/**
 * Run the real CLI as a child process with a small heap, and measure its peak memory. Killed
 * (SIGKILL, so a process that ignores SIGTERM cannot hang the test) after `timeoutMs`.
 */
export async function runWithResources(args: readonly string[], opts: { cwd?: string; timeoutMs?: number; heapMb?: number } = {}): Promise<ResourceRun> {
  built ??= buildRealCli();
  const { bin } = await built;
  const started = Date.now();
  const child = spawn(process.execPath, [`--max-old-space-size=${opts.heapMb ?? TEST_HEAP_MB}`, '--import', PROBE, bin, ...args], {
    cwd: opts.cwd,
    env: { ...process.env, NO_COLOR: '1', LANG: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => { stdout += s; });
  child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr += s; });
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 30_000);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
  clearTimeout(timer);
  const probe = /\n@@maxrss-kb (\d+)\n$/u.exec(stderr);
  return {
    exitCode,
    signal,
    stdout,
    stderr: probe ? stderr.slice(0, probe.index) : stderr,
    peakMb: probe ? Math.round(Number(probe[1]) / 1024) : null,
    ms: Date.now() - started,
  };
}
