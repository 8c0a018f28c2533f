import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { progressBar, PROGRESS_MIN_ROWS } from '../../src/cases/progress.js';
import { main } from '../../src/main.js';
import { ROOT } from '../helpers.js';

class Sink {
  text = '';
  constructor(readonly isTTY: boolean) {}
  write(chunk: string | Uint8Array, callback?: (err?: Error | null) => void): boolean {
    this.text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    callback?.();
    return true;
  }
}

describe('progressBar', () => {
  it('stays silent below the row threshold, then draws and clears itself', () => {
    const out = new Sink(true);
    let rows = 0;
    const bar = progressBar(out, 'big.csv', 1000, () => rows);
    rows = PROGRESS_MIN_ROWS - 1;
    bar.update(500);
    expect(out.text).toBe('');
    rows = PROGRESS_MIN_ROWS + 1;
    bar.update(500);
    expect(out.text).toContain('\rbig.csv [###############...............] 50%');
    bar.done();
    expect(out.text.endsWith('\r\x1b[K')).toBe(true);
  });
});

describe('the progress bar in a run', () => {
  const dir = path.join(ROOT, 'test-artifacts', 'progress');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'big.csv');
  const rows = 2 * PROGRESS_MIN_ROWS; // the bar follows bytes read; rows lag a chunk behind

  async function run(tty: boolean): Promise<string> {
    mkdirSync(dir, { recursive: true });
    const lines = ['gi,client_id,maatregel,startdatum'];
    for (let i = 0; i < rows; i++) lines.push(`JBRR,C${i},OTS,2022-01-01`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    const stderr = new Sink(tty);
    const stdout = new Sink(false);
    const code = await main(['compute', path.relative(ROOT, file), '--peildatum', '2022-12-01', '--format', 'json'], { stdout, stderr, env: {}, cwd: ROOT });
    expect(code).toBe(0);
    return stderr.text;
  }

  it('appears on a terminal for a file over 100.000 rows, and never in a pipe', async () => {
    expect(await run(true)).toContain('% ');
    expect(await run(false)).not.toContain('\r');
  });
});
