import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

describe('jbmonitor validate', () => {
  it('exit 0 on valid input, grouped by file, with a closing count line', async () => {
    const r = await runCli(['validate', 'fixtures/nulmeting-2022-12-01']);
    expect(r.exitCode).toBe(0);
    const out = r.stdout.split('\n');
    expect(out[0]).toBe('fixtures/nulmeting-2022-12-01/jb-gelderland.xlsx — 1 aanlevering: Jeugdbescherming Gelderland 2022-12-01');
    expect(out[1]).toBe('  geen problemen');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('10 bestanden: 0 fouten, 0 waarschuwingen, 5 opmerkingen. Geldig: de bestanden kunnen worden berekend.');
    expect(r.stderr).toBe('');
  });
  it('exit 1 on errors, with every problem of every file in one run', async () => {
    const r = await runCli(['validate', 'fixtures/refuse-empty', 'fixtures/refuse-negative', 'fixtures/refuse-legacy-xls']);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('leeg.csv: Het bestand is leeg.');
    expect(r.stdout).toContain('"-154,6" is negatief');
    expect(r.stdout).toContain('noord.xls: Oude Excel-bestanden');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('3 bestanden: 3 fouten, 0 waarschuwingen, 0 opmerkingen. Ongeldig: los de fouten op; jbmonitor compute rekent niet met deze bestanden.');
  });
  it('exit 2 for a path that does not exist', async () => {
    const r = await runCli(['validate', 'fixtures/does-not-exist']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe('jbmonitor: gebruik: pad bestaat niet: fixtures/does-not-exist\n');
  });
  it('exit 2 for a wrong option value', async () => {
    expect((await runCli(['validate', 'fixtures/input-clean', '--format', 'csv'])).exitCode).toBe(2);
    expect((await runCli(['validate', 'fixtures/input-clean', '--peildatum', '31-02-2022'])).exitCode).toBe(2);
  });
  it('--strict makes warnings fail', async () => {
    expect((await runCli(['validate', 'fixtures/input-percent-bare'])).exitCode).toBe(0);
    const strict = await runCli(['validate', 'fixtures/input-percent-bare', '--strict']);
    expect(strict.exitCode).toBe(1);
    expect(strict.stdout).toContain('Ongeldig: er zijn waarschuwingen en --strict is gezet.');
  });
  it('--format json prints the same problems as data', async () => {
    const r = await runCli(['validate', 'fixtures/refuse-types-total', '--format', 'json', '--lang', 'en']);
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(r.stdout) as {
      valid: boolean; counts: Record<string, number>; files: string[]; inputs: { path: string; sha256: string }[];
      issues: { severity: string; type: string; file: string; sheet: string; cell: string; field: string; value: string; expected: string; message: string }[];
    };
    expect(report.valid).toBe(false);
    expect(report.counts).toEqual({ error: 1, warning: 0, info: 0 });
    expect(report.files).toEqual(['fixtures/refuse-types-total/noord.xlsx']);
    expect(report.inputs[0]?.sha256).toMatch(/^[0-9a-f]{64}$/u);
    expect(report.issues).toEqual([{
      severity: 'error', type: 'rule/types-total', file: 'fixtures/refuse-types-total/noord.xlsx', sheet: 'Uitvraag', cell: 'B11', row: 11, column: 'B',
      field: 'maatregelen_totaal', value: '2,032', expected: 'OTS + guardianship + JR = total',
      message: 'OTS + guardianship + JR = 2,023, but the total is 2,032. Correct the total or one of the types.',
    }]);
  });
  it('validate and compute agree on validity for every fixture folder', async () => {
    for (const folder of ['input-clean', 'input-percent-bare', 'refuse-duplicate', 'refuse-empty', 'plausibility-change']) {
      const v = await runCli(['validate', `fixtures/${folder}`]);
      const c = await runCli(['compute', `fixtures/${folder}`]);
      expect([folder, v.exitCode]).toEqual([folder, c.exitCode]);
    }
  });
});
