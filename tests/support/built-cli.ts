import { execFile } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { ROOT } from '../helpers.js';

/** Set by tests/support/shared-build.ts: one folder for the whole run's build. */
export const SHARED_BUILD_ENV = 'JBM_TEST_BUILD_DIR';

async function buildInto(root: string): Promise<{ bin: string; root: string }> {
  // Readable by any user, so that a test may run it as an unprivileged one.
  chmodSync(root, 0o755);
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  await promisify(execFile)(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.build.json'), '--outDir', path.join(root, 'dist'), '--noCheck'], { cwd: ROOT });
  cpSync(path.join(ROOT, 'bin'), path.join(root, 'bin'), { recursive: true });
  for (const shared of ['package.json', 'data', 'node_modules']) symlinkSync(path.join(ROOT, shared), path.join(root, shared));
  return { bin: path.join(root, 'bin', 'jbmonitor.js'), root };
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
