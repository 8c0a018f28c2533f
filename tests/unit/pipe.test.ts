import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

/**
 * `jbmonitor compute … | head -c 1`: the reader closes the pipe early and jbmonitor ends quietly
 * (exit 0, no stack trace). Needs the built CLI (`npm run build`; .ci/run builds first).
 */
const BUILT = existsSync(path.join(ROOT, 'dist', 'main.js'));

describe('a closed pipe', () => {
  it.skipIf(!BUILT)('ends quietly when stdout closes early, for a large html report', async () => {
    const child = spawn(process.execPath, ['bin/jbmonitor.js', 'compute', 'fixtures/nulmeting-2022-12-01', 'fixtures/twee-peildata', '--format', 'html'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|interne fout|at .*\.js/u);
    expect(code).toBe(0);
  });
});
