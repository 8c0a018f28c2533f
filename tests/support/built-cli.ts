import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { ROOT } from '../helpers.js';

/** The memory probe (scripts/rss-probe.mjs), copied into the build beside bin/. */
export const PROBE_FILE = 'rss-probe.mjs';

/** Set by tests/support/shared-build.ts: one folder for the whole run's build. */
export const SHARED_BUILD_ENV = 'JBM_TEST_BUILD_DIR';

async function buildInto(root: string): Promise<{ bin: string; root: string }> {
  // Readable by any user, so that a test may run it as an unprivileged one.
  chmodSync(root, 0o755);
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  await promisify(execFile)(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.build.json'), '--outDir', path.join(root, 'dist'), '--noCheck'], { cwd: ROOT });
  for (const own of ['bin', 'data', 'package.json']) cpSync(path.join(ROOT, own), path.join(root, own), { recursive: true });
  cpSync(path.join(ROOT, 'scripts', PROBE_FILE), path.join(root, PROBE_FILE));
  if (othersCanEnter(ROOT)) symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'));
  else copyRuntimeDependencies(path.join(root, 'node_modules'));
  return { bin: path.join(root, 'bin', 'jbmonitor.js'), root };
}

/** Whether a user without rights of its own can reach `dir` (every folder above it searchable by others). */
function othersCanEnter(dir: string): boolean {
  for (let d = dir; ; d = path.dirname(d)) {
    if ((statSync(d).mode & 0o001) === 0) return false;
    if (path.dirname(d) === d) return true;
  }
}

/**
 * A checkout inside a private folder (`mktemp -d` makes one) cannot be read by the unprivileged
 * user some tests run the CLI as: the build then gets its own copy of the runtime dependencies
 * (npm's list without the dev ones; a package's nested node_modules come with it).
 */
function copyRuntimeDependencies(target: string): void {
  const listed = execFileSync('npm', ['ls', '--omit=dev', '--parseable', '--all'], { cwd: ROOT, encoding: 'utf8' });
  const topLevel = listed.split('\n').map((p) => path.relative(path.join(ROOT, 'node_modules'), p.trim()))
    .filter((rel) => rel !== '' && !rel.startsWith('..') && /^(?:@[^/]+\/)?[^/@]+$/u.test(rel.split(path.sep).join('/')));
  for (const rel of new Set(topLevel)) cpSync(path.join(ROOT, 'node_modules', rel), path.join(target, rel), { recursive: true, dereference: true });
}

/**
 * The real jbmonitor binary, compiled fresh from src/ into a temporary folder laid out like the
 * installed package (bin/, dist/, data/, package.json, node_modules). Never the repository's own
 * dist/, which may be missing or older than the source. Type errors are the typecheck's business,
 * so the compiler only emits (--noCheck): a few seconds.
 *
 * In a whole test run the first test file that needs it builds it once, into the run's shared
 * folder, and the others (in any worker) wait for it: a build per file cost seconds each.
 */
export async function buildRealCli(): Promise<{ bin: string; root: string }> {
  const shared = process.env[SHARED_BUILD_ENV];
  if (!shared) return buildInto(mkdtempSync(path.join(tmpdir(), 'jbm-built-')));
  const root = path.join(shared, 'cli');
  const ready = path.join(shared, 'ready');
  const failed = path.join(shared, 'failed');
  try {
    mkdirSync(root);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    while (!existsSync(ready)) {
      if (existsSync(failed)) throw new Error('the shared build of the CLI failed in another test file');
      await sleep(100);
    }
    return { bin: path.join(root, 'bin', 'jbmonitor.js'), root };
  }
  try {
    const built = await buildInto(root);
    writeFileSync(ready, '');
    return built;
  } catch (err) {
    writeFileSync(failed, String(err));
    throw err;
  }
}

/** Remove the run's shared build folder (the global teardown). */
export function removeSharedBuild(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
