import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/domain/model.js';
import { ROOT, runCli } from '../helpers.js';

/** Case-level files end to end: figures, the combined run, bad rows, the BSN guard, options. */
const DIR = path.join(ROOT, 'test-artifacts', 'cases-cli');
const rel = (name: string) => path.relative(ROOT, path.join(DIR, name));
const HEADER = 'Naam GI;Cliëntnummer;Maatregel;Startdatum;Einddatum;Toewijzingsdatum;Interne wachtlijst sinds;Interne wachtlijst tot';
const write = (name: string, lines: string[]) => writeFileSync(path.join(DIR, name), `${lines.join('\n')}\n`);

beforeAll(() => mkdirSync(DIR, { recursive: true }));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

async function json(args: string[]): Promise<{ report: Report; exitCode: number; stderr: string; stdout: string }> {
  const r = await runCli(['compute', ...args, '--format', 'json']);
  return { report: JSON.parse(r.stdout) as Report, exitCode: r.exitCode, stderr: r.stderr, stdout: r.stdout };
}

describe('the nulmeting case fixture', () => {
  it('derives the counts and waiting figures of the aggregate fixture', async () => {
    const { report, exitCode } = await json(['fixtures/cases-2022-12-01', '--peildatum', '2022-12-01']);
    expect(exitCode).toBe(0);
    const n = report.rounds[0]?.national ?? {};
    expect(n.maatregelen_totaal?.value).toBe(33_859);
    expect([n.ots?.value, n.voogdij?.value, n.jr?.value]).toEqual([19_638, 9_142, 5_079]);
    expect(n.wachtlijst_start).toMatchObject({ value: 762, lower_bound: true, gi_count: 10 });
    expect(n.interne_wachtlijst).toMatchObject({ value: 1210, lower_bound: true, gi_count: 11 });
    expect(report.rounds[0]?.waiting_rule).toMatchObject({ source: 'case-level', days: 'calendar', threshold: 5, holidays: null });
    expect(report.options).toMatchObject({ werkdagen: false, drempel: 5, peildatum: '2022-12-01' });
  });

  it('combined with the aggregate fixture gives the same national figures, without disagreement', async () => {
    const aggregate = await json(['fixtures/nulmeting-2022-12-01']);
    const combined = await json(['fixtures/nulmeting-2022-12-01', 'fixtures/cases-2022-12-01']);
    expect(combined.exitCode).toBe(0);
    const a = aggregate.report.rounds[0]?.national ?? {};
    const c = combined.report.rounds[0]?.national ?? {};
    for (const id of Object.keys(a)) {
      if (id.startsWith('wachtdagen')) continue; // the case files deliver means for more GIs
      expect(c[id], id).toEqual(a[id]);
    }
    expect(Math.round(c.wachtdagen_start?.value ?? 0)).toBe(Math.round(a.wachtdagen_start?.value ?? 0));
    expect(Math.round(c.wachtdagen_intern?.value ?? 0)).toBe(Math.round(a.wachtdagen_intern?.value ?? 0));
    expect(combined.report.issues.filter((i) => i.type === 'case/differs')).toEqual([]);
    expect(combined.report.inputs).toHaveLength(23);
  });

  it('never shows a client number', async () => {
    const r = await runCli(['compute', 'fixtures/cases-2022-12-01', '--peildatum', '2022-12-01', '--format', 'json']);
    expect(r.stdout).not.toMatch(/K(JB|RBV|SVM)[-0-9a-z]{6}/u);
  });

  it('several peildata from one register; --werkdagen changes the waiting figures and is printed', async () => {
    const cal = await json(['fixtures/cases-2022-12-01', '--peildatum', '2022-12-01', '--peildatum', '2022-11-01']);
    expect(cal.report.rounds.map((r) => r.peildatum)).toEqual(['2022-11-01', '2022-12-01']);
    expect(cal.report.options.peildatum).toBe('2022-11-01, 2022-12-01');
    const work = await json(['fixtures/cases-2022-12-01', '--peildatum', '2022-12-01', '--werkdagen']);
    expect(work.report.rounds[0]?.waiting_rule).toMatchObject({ days: 'working', holidays: 'algemene-termijnenwet' });
    expect(work.report.rounds[0]?.national.wachtlijst_start?.value).toBeLessThan(762);
    const table = await runCli(['compute', 'fixtures/cases-2022-12-01', '--peildatum', '2022-12-01', '--werkdagen', '--drempel', '10']);
    expect(table.stdout).toContain('Wachtregel: ');
    expect(table.stdout).toContain('meer dan 10 werkdagen');
  });
});

describe('options', () => {
  it('case files without any peildatum: usage error', async () => {
    const r = await runCli(['compute', 'fixtures/cases-2022-12-01/jb-noord.csv']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('--peildatum');
  });
  it('several --peildatum with an aggregate table without a peildatum column: usage error', async () => {
    write('table.csv', ['gi,ots,voogdij,jr', 'JB Noord,1,2,3']);
    const r = await runCli(['compute', rel('table.csv'), '--peildatum', '2022-12-01', '--peildatum', '2023-05-01']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('precies één --peildatum');
    const one = await runCli(['compute', rel('table.csv'), '--peildatum', '2022-12-01']);
    expect(one.exitCode).toBe(0);
  });
  it('--drempel must be a whole number', async () => {
    const r = await runCli(['compute', 'fixtures/cases-2022-12-01/jb-noord.csv', '--peildatum', '2022-12-01', '--drempel', 'vijf']);
    expect(r.exitCode).toBe(2);
  });
});

describe('bad rows and files', () => {
  it('every bad row is an error located by row, without client numbers', async () => {
    write('bad.csv', [
      HEADER,
      'JB Noord;SECRET-A1;OTS;1-11-2022;;;;',
      'JB Noord;SECRET-A2;pleegzorg;1-11-2022;;;;',
      'JB Noord;SECRET-A3;OTS;1-11-2022;1-10-2022;;;',
      'JB Noord;SECRET-A1;Voorlopige OTS;1-11-2022;;;;',
      'JB Noord;SECRET-A4;JR;31-11-2022;;;;',
      'JB Noord;;JR;1-11-2022;;;;',
    ]);
    const { report, exitCode, stdout } = await json([rel('bad.csv'), '--peildatum', '2022-12-01']);
    expect(exitCode).toBe(1);
    const errors = report.issues.filter((i) => i.severity === 'error').map((i) => `${i.row} ${i.type} ${i.field ?? ''}`);
    expect(errors).toEqual([
      '3 case/unknown-type maatregel',
      '4 case/date-order einddatum',
      '5 case/duplicate ',
      '6 case/date startdatum',
      '7 case/missing-value client_id',
    ]);
    expect(report.issues.find((i) => i.type === 'case/duplicate')?.message).toContain('rij 2');
    expect(stdout).not.toContain('SECRET');
  });

  it('a column of BSNs refuses the file and never shows them', async () => {
    const bsns: string[] = [];
    for (let x = 100_000_000; bsns.length < 25; x++) {
      const s = String(x);
      const sum = [...s].reduce((acc, ch, i) => acc + (i === 8 ? -1 : 9 - i) * Number(ch), 0);
      if (sum % 11 === 0) bsns.push(s);
    }
    write('bsn.csv', [HEADER, ...bsns.map((b) => `JB Noord;${b};OTS;1-11-2022;;;;`)]);
    const { report, exitCode, stdout } = await json([rel('bsn.csv'), '--peildatum', '2022-12-01']);
    expect(exitCode).toBe(1);
    expect(report.issues.find((i) => i.type === 'case/bsn-column')).toMatchObject({ column: 'Cliëntnummer', severity: 'error' });
    for (const b of bsns) expect(stdout).not.toContain(b);
  });

  it('too many bad rows: twenty shown per kind, the rest counted', async () => {
    write('many.csv', [HEADER, ...Array.from({ length: 30 }, (_, i) => `JB Noord;C${i};pleegzorg;1-11-2022;;;;`)]);
    const { report } = await json([rel('many.csv'), '--peildatum', '2022-12-01']);
    expect(report.issues.filter((i) => i.type === 'case/unknown-type')).toHaveLength(20);
    expect(report.issues.find((i) => i.type === 'file/more-issues')?.message).toContain('10');
  });

  it('where a case file and a submission disagree, the case file wins and a warning shows both', async () => {
    write('agg.csv', ['gi,peildatum,ots,voogdij,jr', 'Jeugdbescherming Noord,2022-12-01,5,0,0']);
    write('case.csv', [HEADER, 'JB Noord;C1;OTS;1-11-2022;;2-11-2022;;', 'JB Noord;C2;OTS;1-11-2022;;2-11-2022;;']);
    const { report, exitCode } = await json([rel('agg.csv'), rel('case.csv')]);
    expect(exitCode).toBe(0);
    expect(report.rounds[0]?.national.ots?.value).toBe(2);
    const w = report.issues.find((i) => i.type === 'case/differs' && i.field === 'ots');
    expect(w?.message).toContain('5');
    expect(w?.message).toContain('2');
  });

  it('a Windows-1252 case file is read (the header has ë)', async () => {
    writeFileSync(path.join(DIR, 'latin.csv'), Buffer.from(`${HEADER}\r\nJB Noord;C1;Voogdij;1-11-2022;;;;\r\n`, 'latin1'));
    const { report, exitCode } = await json([rel('latin.csv'), '--peildatum', '2022-12-01']);
    expect(exitCode).toBe(0);
    expect(report.rounds[0]?.national.voogdij?.value).toBe(1);
    expect(report.rounds[0]?.national.wachtlijst_start?.value).toBe(1);
  });
});
