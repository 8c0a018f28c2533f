import { execFile } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../helpers.js';

/**
 * The real jbmonitor binary, compiled fresh from src/ into a temporary folder laid out like the
 * installed package (bin/, dist/, data/, package.json, node_modules). Never the repository's own
 * dist/, which may be missing or older than the source. Type errors are the typecheck's business,
 * so the compiler only emits (--noCheck): a few seconds.
 */
export async function buildRealCli(): Promise<{ bin: string; root: string }> {
  const root = mkdtempSync(path.join(tmpdir(), 'jbm-built-'));
  // Readable by any user, so that a test may run it as an unprivileged one.
  chmodSync(root, 0o755);
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  await promisify(execFile)(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.build.json'), '--outDir', path.join(root, 'dist'), '--noCheck'], { cwd: ROOT });
  cpSync(path.join(ROOT, 'bin'), path.join(root, 'bin'), { recursive: true });
  for (const shared of ['package.json', 'data', 'node_modules']) symlinkSync(path.join(ROOT, shared), path.join(root, shared));
  return { bin: path.join(root, 'bin', 'jbmonitor.js'), root };
}
