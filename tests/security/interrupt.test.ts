import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../helpers.js';

const BIN = path.join(ROOT, 'bin', 'jbmonitor.js');
const BUILT = existsSync(path.join(ROOT, 'dist', 'main.js'));
// CI builds before it tests; on a developer machine without a build this test says why it skips.
const runIt = BUILT || process.env.CI === 'true' ? it : it.skip;
if (!BUILT) console.warn('interrupt.test.ts: dist/ is missing; run `npm run build` to test SIGINT on the real CLI');

const hashes = (dir: string) => readdirSync(dir).sort().map((f) => createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex'));

describe('an interrupted run (SIGINT)', () => {
  runIt('leaves no output or temporary file, and never touches the inputs', async () => {
    const inputs = mkdtempSync(path.join(tmpdir(), 'jbm-sigint-in-'));
    const src = path.join(FIXTURES, 'nulmeting-2022-12-01');
    // Enough work that the signal arrives mid-run.
    for (let copy = 0; copy < 60; copy++) {
      const sub = path.join(inputs, `kopie-${copy}`);
      mkdirSync(sub);
      for (const f of readdirSync(src)) copyFileSync(path.join(src, f), path.join(sub, f));
    }
    const before = readdirSync(inputs).flatMap((d) => hashes(path.join(inputs, d)));
    const outDir = mkdtempSync(path.join(tmpdir(), 'jbm-sigint-out-'));
    const child = spawn(process.execPath, [BIN, 'compute', inputs, '--out', path.join(outDir, 'rapport.json')], { stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise((resolve) => setTimeout(resolve, 2500));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(130);
    expect(readdirSync(outDir)).toEqual([]);
    expect(readdirSync(inputs).flatMap((d) => hashes(path.join(inputs, d)))).toEqual(before);
  }, 30_000);
});
