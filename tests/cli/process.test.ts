import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../helpers.js';
import { buildRealCli } from '../support/built-cli.js';

/**
 * What only the real process can show: its exit code, a reader that closes the pipe early and
 * Ctrl-C. One child process each, of bin/jbmonitor.js compiled fresh from src/; everything else
 * about the CLI is tested in-process with main(argv, io).
 */
let bin = '';
beforeAll(async () => {
  bin = (await buildRealCli()).bin;
}, 120_000);

function start(args: string[]) {
  const child = spawn(process.execPath, [bin, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, exit, stderr: () => stderr };
}

describe('the real process', () => {
  it('exits with the code main decides: 1 for invalid input, with the located message', async () => {
    const run = start(['compute', 'fixtures/fouten-waarden']);
    expect(await run.exit).toBe(1);
    expect(run.stderr()).toContain('fixtures/fouten-waarden/fouten.csv › rij 3 › Formatie jeugdbeschermers (fte)');
  });

  it('ends quietly when stdout closes early, for a large html report (| head -c 1)', async () => {
    const run = start(['compute', 'fixtures/nulmeting-2022-12-01', 'fixtures/twee-peildata', '--format', 'html']);
    run.child.stdout.once('data', () => run.child.stdout.destroy());
    const code = await run.exit;
    expect(run.stderr()).not.toMatch(/EPIPE|interne fout|at .*\.js/u);
    expect(code).toBe(0);
  });

  it('on SIGINT leaves no output or temporary file, and never touches the inputs', async () => {
    const hashes = (dir: string) => readdirSync(dir).sort().map((f) => createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex'));
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
    const run = start(['compute', inputs, '--out', path.join(outDir, 'rapport.json')]);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    run.child.kill('SIGINT');
    expect(await run.exit).toBe(130);
    expect(readdirSync(outDir)).toEqual([]);
    expect(readdirSync(inputs).flatMap((d) => hashes(path.join(inputs, d)))).toEqual(before);
  }, 30_000);
});
