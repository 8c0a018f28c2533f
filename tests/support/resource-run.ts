import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildRealCli, PROBE_FILE } from './built-cli.js';


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

let built: Promise<{ bin: string; root: string }> | null = null;

/** An unprivileged user (nobody) to run as, for file permissions that root would ignore. */
export const DROPPED_USER = { uid: 65534, gid: 65534 };

/** Whether setpriv is there to drop privileges (util-linux); tests of permissions need it. */
export function canDropPrivileges(): boolean {
  return spawnSync('setpriv', ['--version'], { stdio: 'ignore' }).status === 0;
}

export interface ResourceRunOptions {
  cwd?: string;
  timeoutMs?: number;
  heapMb?: number;
  /** Run as this user (through setpriv, without supplementary groups) rather than as the test's own. */
  user?: { uid: number; gid: number };
  /** A file descriptor for the child's stdout (e.g. opened on /dev/full) instead of a pipe. */
  stdoutFd?: number;
  /** Send this signal after this many milliseconds (a run must end on SIGTERM, not hang). */
  signal?: { name: NodeJS.Signals; afterMs: number };
}

/**
 * Run the real CLI as a child process with a small heap, and measure its peak memory. Killed
 * (SIGKILL, so a process that ignores SIGTERM cannot hang the test) after `timeoutMs`.
 */
export async function runWithResources(args: readonly string[], opts: ResourceRunOptions = {}): Promise<ResourceRun> {
  built ??= buildRealCli();
  const { bin, root } = await built;
  // The probe is part of the build, so that a user without rights to the checkout can load it too.
  const probeModule = path.join(root, PROBE_FILE);
  const started = Date.now();
  const node = [process.execPath, `--max-old-space-size=${opts.heapMb ?? TEST_HEAP_MB}`, '--import', probeModule, bin, ...args];
  const argv = opts.user ? ['setpriv', `--reuid=${opts.user.uid}`, `--regid=${opts.user.gid}`, '--clear-groups', ...node] : node;
  const child = spawn(argv[0] ?? process.execPath, argv.slice(1), {
    cwd: opts.cwd,
    env: { ...process.env, NO_COLOR: '1', LANG: 'C' },
    stdio: ['ignore', opts.stdoutFd ?? 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (s: string) => { stdout += s; });
  child.stderr?.setEncoding('utf8').on('data', (s: string) => { stderr += s; });
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 30_000);
  const sent = opts.signal;
  const signalTimer = sent ? setTimeout(() => child.kill(sent.name), sent.afterMs) : null;
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
  clearTimeout(timer);
  if (signalTimer) clearTimeout(signalTimer);
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
