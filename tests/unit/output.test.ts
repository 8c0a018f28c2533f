import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

const INPUT = 'fixtures/twee-peildata';

describe('--out and --format', () => {
  it('infers the format from the extension of --out, for every registered extension', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'jbmonitor-out-'));
    const cases: [string, (b: Buffer) => boolean][] = [
      ['r.xlsx', (b) => b.subarray(0, 2).toString() === 'PK'],
      ['r.html', (b) => b.toString().startsWith('<!DOCTYPE html>')],
      ['r.htm', (b) => b.toString().startsWith('<!DOCTYPE html>')],
      ['r.md', (b) => b.toString().startsWith('# ')],
      ['r.tsv', (b) => b.toString().includes('\t')],
      ['r.csv', (b) => b.toString().includes(';')],
      ['r.json', (b) => JSON.parse(b.toString()) !== null],
      ['r.txt', (b) => b.toString().startsWith('Monitor jeugdbescherming —')],
    ];
    for (const [name, check] of cases) {
      const r = await runCli(['compute', INPUT, '--out', path.join(dir, name)]);
      expect(r.exitCode, `${name}: ${r.stderr}`).toBe(0);
      expect(check(readFileSync(path.join(dir, name))), name).toBe(true);
    }
  });

  it('writes tekst to a .txt file when --format tekst says so', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'jbmonitor-out-'));
    const r = await runCli(['compute', INPUT, '--format', 'tekst', '--out', path.join(dir, 'brief.txt')]);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'brief.txt'), 'utf8')).toMatch(/^Peildatum 1 mei 2023\n\nOp 1 mei 2023 waren er ten minste 5.780 maatregelen in uitvoering/u);
  });

  it('refuses a --format that contradicts the extension (exit 2)', async () => {
    const r = await runCli(['compute', INPUT, '--format', 'csv', '--out', 'x.xlsx']);
    expect(r.exitCode).toBe(2);
  });

  it('refuses an --out extension that names no format, unless --format says which (exit 2)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'jbmonitor-out-'));
    const r = await runCli(['compute', INPUT, '--out', path.join(dir, 'rapport.pdf')]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('--format');
    expect(readdirSync(dir)).toEqual([]);
    const ok = await runCli(['compute', INPUT, '--format', 'md', '--out', path.join(dir, 'rapport.pandoc')]);
    expect(ok.exitCode, ok.stderr).toBe(0);
    const bare = await runCli(['compute', INPUT, '--out', path.join(dir, 'rapport')]);
    expect(bare.exitCode, bare.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'rapport'), 'utf8')).toMatch(/^Monitor jeugdbescherming/u);
  });

  it('refuses xlsx on a terminal', async () => {
    const r = await runCli(['compute', INPUT, '--format', 'xlsx'], { tty: true });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('--out');
  });

  it('--out into a missing folder: exit 3 and no file, not even a temporary one', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'jbmonitor-out-'));
    const r = await runCli(['compute', INPUT, '--format', 'xlsx', '--out', path.join(dir, 'nope', 'r.xlsx')]);
    expect(r.exitCode).toBe(3);
    expect(r.stderr).toMatch(/kan .* niet schrijven/u);
    expect(existsSync(path.join(dir, 'nope'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--out over an existing file replaces it whole, and leaves no temporary file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'jbmonitor-out-'));
    const target = path.join(dir, 'r.html');
    writeFileSync(target, 'old');
    const r = await runCli(['compute', INPUT, '--out', target]);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/<\/html>\n$/u);
    expect(readdirSync(dir)).toEqual(['r.html']);
  });

  it('refuses to write over an input (exit 2) and leaves it untouched', async () => {
    const input = 'fixtures/twee-peildata/peildatum-2023-05-01.csv';
    const before = readFileSync(input);
    const r = await runCli(['compute', INPUT, '--format', 'csv', '--out', input]);
    expect(r.exitCode).toBe(2);
    expect(readFileSync(input).equals(before)).toBe(true);
  });
});
