import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { removeSharedBuild, SHARED_BUILD_ENV } from './built-cli.js';

/**
 * Vitest's global setup: a folder where the run's one build of the real CLI goes (made by the
 * first test that needs it, see built-cli.ts). The workers start after this and inherit the
 * environment variable.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'jbm-test-build-'));
  chmodSync(dir, 0o755);
  process.env[SHARED_BUILD_ENV] = dir;
  return () => removeSharedBuild(dir);
}
