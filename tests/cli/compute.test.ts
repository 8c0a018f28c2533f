import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/domain/model.js';
import { ROOT, runCli } from '../helpers.js';

const NULMETING = 'fixtures/nulmeting-2022-12-01';

async function json(args: string[]): Promise<Report> {
  const r = await runCli(['compute', ...args, '--format', 'json']);
  return JSON.parse(r.stdout) as Report;
}

describe('jbmonitor compute on the nulmeting', () => {
  it('reproduces the published baseline of 1 December 2022', async () => {
    const report = await json([NULMETING]);
    expect(report.valid).toBe(true);
    expect(report.rounds.map((r) => r.peildatum)).toEqual(['2022-12-01']);
    const n = report.rounds[0]?.national ?? {};
    const v = (id: string) => n[id]?.value ?? NaN;
    expect(Math.round(v('formatie_fte'))).toBe(2566);
    expect(Math.round(v('beschikbare_fte'))).toBe(2053);
    expect(v('beschikbaarheid')).toBeCloseTo(0.8, 3);
    expect(v('maatregelen_totaal')).toBe(33859);
    expect([v('aandeel_ots'), v('aandeel_voogdij'), v('aandeel_jr')].map((x) => Math.round(x * 100))).toEqual([58, 27, 15]);
    expect(Math.round(v('organisatieworkload') * 10) / 10).toBe(16.5);
    expect(n.wachtlijst_start).toMatchObject({ value: 762, lower_bound: true, gi_count: 10, gi_total: 13 });
    expect(n.interne_wachtlijst).toMatchObject({ value: 1210, lower_bound: true, gi_count: 11, gi_total: 13 });
    expect(v('aandeel_wachtlijst_start')).toBeCloseTo(762 / 33859, 15);
    expect(n.organisatieworkload?.lower_bound).toBe(false);
    expect(report.rounds[0]?.gis).toHaveLength(13);
  });

  it('prints the figures in Dutch on the terminal, English with --lang en', async () => {
    const nl = await runCli(['compute', NULMETING]);
    expect(nl.exitCode).toBe(0);
    expect(nl.stdout).toMatch(/Organisatieworkload \(maatregelen per fte\)\s+16,5/u);
    expect(nl.stdout).toMatch(/Wachtlijst bij start\s+ten minste 762/u);
    expect(nl.stdout).toContain('33.859');
    const en = await runCli(['compute', NULMETING, '--lang', 'en']);
    expect(en.stdout).toMatch(/Organisation workload \(measures per fte\)\s+16\.5/u);
    expect(en.stdout).toContain('at least 762');
  });

  it('carries provenance: tool, definitions version, every input with its SHA-256', async () => {
    const report = await json([NULMETING]);
    expect(report.tool.name).toBe('jbmonitor');
    expect(report.definitions_version).toMatch(/\d/u);
    expect(report.inputs).toHaveLength(10);
    for (const input of report.inputs) {
      const hash = createHash('sha256').update(readFileSync(path.join(ROOT, input.path))).digest('hex');
      expect(input.sha256).toBe(hash);
    }
  });

  it('gives identical bytes whatever the order of the inputs', async () => {
    const files = readdirSync(path.join(ROOT, NULMETING)).map((f) => `${NULMETING}/${f}`);
    const a = await runCli(['compute', ...files, '--format', 'json']);
    const b = await runCli(['compute', ...[...files].reverse(), '--format', 'json']);
    expect(a.stdout).toBe(b.stdout);
  });

  it('applies --norm to the target comparison', async () => {
    const report = await json([NULMETING, '--norm', '16,5']);
    expect(report.options.norm).toBe(16.5);
    expect(report.rounds[0]?.national.workload_boven_streefwaarde?.value).toBeCloseTo(33859 / 2053.0157 - 16.5, 3);
  });
});

describe('bad input', () => {
  it('reports every problem of every row in one run, located, and computes nothing', async () => {
    const r = await runCli(['compute', 'fixtures/fouten-waarden']);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('fout:'));
    expect(lines).toHaveLength(5);
    expect(r.stderr).toContain('fixtures/fouten-waarden/fouten.csv › rij 3 › Formatie jeugdbeschermers (fte)');
    expect(r.stderr).toContain('"veel" is geen getal');
    expect(r.stderr).toContain('"-5" is negatief');
    expect(r.stderr).toContain('"120%" ligt niet tussen 0 en 100%');
    expect(r.stderr).toContain('4.000 kinderen wachten, meer dan het totaal van 3.878 maatregelen');
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/u);
  });

  it('prints valid: false, no rounds and the issues as JSON', async () => {
    const r = await runCli(['compute', 'fixtures/fouten-waarden', '--format', 'json']);
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.valid).toBe(false);
    expect(report.rounds).toEqual([]);
    const notANumber = report.issues.find((i) => i.type === 'cell/not-a-number');
    expect(notANumber).toEqual({
      severity: 'error', type: 'cell/not-a-number', file: 'fixtures/fouten-waarden/fouten.csv', sheet: null, cell: null,
      row: 3, column: 'Formatie jeugdbeschermers (fte)', field: 'formatie_fte', value: 'veel', expected: 'een aantal fte ≥ 0',
      message: '"veel" is geen getal. Vul alleen het getal in, of laat de cel leeg als het cijfer niet geleverd kan worden.',
    });
  });

  it('refuses a legacy .xls, an empty file and a renamed PDF with exit 1 and no stack trace', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jbm-'));
    writeFileSync(path.join(dir, 'oud.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    writeFileSync(path.join(dir, 'leeg.csv'), '');
    writeFileSync(path.join(dir, 'rapport.xlsx'), '%PDF-1.7\n%âãÏÓ\n');
    const r = await runCli(['compute', dir]);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('oud.xls: Oude Excel-bestanden (.xls) worden niet gelezen');
    expect(r.stderr).toContain('leeg.csv: Het bestand is leeg.');
    expect(r.stderr).toContain('rapport.xlsx: Dit is geen spreadsheet');
  });
});

describe('usage and output', () => {
  it.each([
    [['compute', 'bestaat-niet'], /pad bestaat niet: bestaat-niet/u],
    [['compute', NULMETING, '--onbekend'], /onbekende optie '--onbekend'/u],
    [['compute', NULMETING, '--format', 'pdf'], /kent de waarde 'pdf' niet/u],
    [['compute', NULMETING, '--norm', 'twaalf'], /--norm moet een positief getal zijn/u],
    [['compute', NULMETING, '--format', 'json', '--out', 'x.csv'], /spreekt de extensie van --out x\.csv tegen/u],
    [['compute', NULMETING, '--out', `${NULMETING}/svmn.xlsx`], /is een van de invoerbestanden/u],
    [['rekenen'], /onbekende opdracht 'rekenen'/u],
  ])('exits 2 for %j', async (args, message) => {
    const r = await runCli(args);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('writes --out atomically, inferring the format from the extension', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jbm-'));
    const r = await runCli(['compute', NULMETING, '--out', path.join(dir, 'rapport.json')]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('');
    expect((JSON.parse(readFileSync(path.join(dir, 'rapport.json'), 'utf8')) as Report).valid).toBe(true);
    expect(readdirSync(dir)).toEqual(['rapport.json']);
  });

  it('exits 3 when the output cannot be written, leaving no partial file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jbm-'));
    const r = await runCli(['compute', NULMETING, '--out', path.join(dir, 'geen-map', 'rapport.csv')]);
    expect(r.exitCode).toBe(3);
    expect(r.stderr).toMatch(/kan .*rapport\.csv niet schrijven/u);
    expect(existsSync(path.join(dir, 'geen-map'))).toBe(false);
    if (process.getuid?.() !== 0) {
      chmodSync(dir, 0o500);
      const ro = await runCli(['compute', NULMETING, '--out', path.join(dir, 'r.csv')]);
      expect(ro.exitCode).toBe(3);
    }
  });

  it('prints help and version with exit 0', async () => {
    const help = await runCli(['--help']);
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain('compute');
    const version = await runCli(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/u);
  });

  it('keeps colour off when stdout is not a terminal', async () => {
    const r = await runCli(['compute', NULMETING], { env: { FORCE_COLOR: '3' } });
    expect(r.stdout).not.toContain('\u001b[');
  });
});
