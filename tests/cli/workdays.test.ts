import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/domain/model.js';
import { ROOT, runCli } from '../helpers.js';

/** --werkdagen end to end: the law's holidays, the decreed days, --feestdagen, and --drempel beside the uitvraag. */
const DIR = path.join(ROOT, 'test-artifacts', 'workdays-cli');
const rel = (name: string) => path.relative(ROOT, path.join(DIR, name));
const HEADER = 'Naam GI;Cliëntnummer;Maatregel;Startdatum;Einddatum;Toewijzingsdatum;Interne wachtlijst sinds;Interne wachtlijst tot';
const write = (name: string, lines: string[]) => writeFileSync(path.join(DIR, name), `${lines.join('\n')}\n`);
/** One case file, one waiting child per start date (no assignment yet). */
const startedOn = (name: string, starts: string[]) => write(name, [HEADER, ...starts.map((s, i) => `Jeugdbescherming Noord;P${i};OTS;${s};;;;`)]);

beforeAll(() => mkdirSync(DIR, { recursive: true }));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

async function json(args: string[]): Promise<{ report: Report; exitCode: number }> {
  const r = await runCli(['compute', ...args, '--format', 'json']);
  return { report: JSON.parse(r.stdout) as Report, exitCode: r.exitCode };
}
const startList = (report: Report) => {
  const v = report.rounds[0]?.national;
  return [v?.wachtlijst_start?.value, v?.wachtdagen_start?.value];
};

describe('working days per the Algemene termijnenwet', () => {
  it.each([
    // Goede Vrijdag 29 March 2024 and Tweede Paasdag 1 April 2024 (the peildatum) are no working days:
    // from 21 March: 22, 25, 26, 27, 28 = 5 (not waiting); from 20 March: 6.
    ['Goede Vrijdag 2024, peildatum Tweede Paasdag', '2024-04-01', ['2024-03-21', '2024-03-20'], [1, 6]],
    // Hemelvaartsdag 9 May and the decreed 10 May 2024: from 8 May to 17 May: 13..17 = 5; from 7 May: 6.
    ['Hemelvaart and the decreed 10 May 2024', '2024-05-17', ['2024-05-08', '2024-05-07'], [1, 6]],
    // Christmas and the decreed 27 December 2024: from 20 December to 3 January 2025: 23, 24, 30, 31, 2, 3 = 6.
    ['the decreed 27 December 2024', '2025-01-03', ['2024-12-20', '2024-12-23'], [1, 6]],
    // Nieuwjaarsdag and the decreed 2 January 2026: from 31 December 2025 to 9 January: 5..9 = 5; from 30 December: 6.
    ['the decreed 2 January 2026', '2026-01-09', ['2025-12-31', '2025-12-30'], [1, 6]],
  ])('%s', async (_name, peildatum, starts, expected) => {
    startedOn('gv.csv', starts);
    const { report, exitCode } = await json([rel('gv.csv'), '--peildatum', peildatum, '--werkdagen']);
    expect(exitCode).toBe(0);
    expect(startList(report)).toEqual(expected);
    expect(report.issues.filter((i) => i.type === 'workdays/no-decreed-days')).toEqual([]);
    const rule = report.rounds[0]?.waiting_rule;
    expect(rule).toMatchObject({ days: 'working', holidays: 'algemene-termijnenwet', decreed_days_cover: { from: 2022, to: 2028 }, feestdagen: null });
    expect(rule?.description).toContain('lid 2 (Goede Vrijdag) en lid 3 (de bij besluit gelijkgestelde dagen, bekend voor 2022–2028)');
  });

  it('a count reaching a year outside the decreed-days data gives a note naming the days applied', async () => {
    startedOn('old.csv', ['2021-12-20']);
    const { report, exitCode } = await json([rel('old.csv'), '--peildatum', '2022-01-10', '--werkdagen']);
    expect(exitCode).toBe(0);
    const notes = report.issues.filter((i) => i.type === 'workdays/no-decreed-days');
    expect(notes.map((n) => n.severity)).toEqual(['info']);
    expect(notes[0]?.message).toContain('Voor 2021 zijn geen bij besluit gelijkgestelde dagen');
    expect(notes[0]?.message).toContain('Goede Vrijdag 2 april 2021');
    // Calendar days count no working days: no note.
    const cal = await json([rel('old.csv'), '--peildatum', '2022-01-10']);
    expect(cal.report.issues.filter((i) => i.type === 'workdays/no-decreed-days')).toEqual([]);
  });
});

describe('--feestdagen', () => {
  it('adds a day: one waiting child fewer, and the rule says so in every format', async () => {
    // Peildatum Monday 10 June 2024; from Friday 31 May: 3, 4, 5, 6, 7, 10 = 6 working days, 5 with 4 June off.
    startedOn('juni.csv', ['2024-05-31']);
    write('eigen.txt', ['# sluitingsdagen', 'Datum;Naam', '4-6-2024;Sluitingsdag']);
    const without = await json([rel('juni.csv'), '--peildatum', '2024-06-10', '--werkdagen']);
    expect(startList(without.report)).toEqual([1, 6]);
    const withDay = await json([rel('juni.csv'), '--peildatum', '2024-06-10', '--werkdagen', '--feestdagen', rel('eigen.txt')]);
    expect(withDay.exitCode).toBe(0);
    expect(startList(withDay.report)).toEqual([0, null]);
    expect(withDay.report.rounds[0]?.waiting_rule?.feestdagen).toEqual({ file: rel('eigen.txt'), days: ['2024-06-04'] });
    expect(withDay.report.options).toMatchObject({ werkdagen: true, feestdagen: rel('eigen.txt') });
    const said = `plus 1 dag uit ${rel('eigen.txt')} (--feestdagen)`;
    for (const format of ['table', 'md', 'html', 'tekst', 'csv']) {
      const r = await runCli(['compute', rel('juni.csv'), '--peildatum', '2024-06-10', '--werkdagen', '--feestdagen', rel('eigen.txt'), '--format', format]);
      expect(r.stdout, format).toContain(said);
      expect(r.stdout, format).toContain('lid 2 (Goede Vrijdag)');
    }
  });

  it('a bad line fails the run (exit 1) with the file and line; compute and validate alike', async () => {
    startedOn('juni.csv', ['2024-05-31']);
    write('slecht.txt', ['2024-06-04', '31-2-2024;Sluitingsdag']);
    const args = [rel('juni.csv'), '--peildatum', '2024-06-10', '--werkdagen', '--feestdagen', rel('slecht.txt')];
    const c = await runCli(['compute', ...args]);
    expect(c.exitCode).toBe(1);
    expect(c.stderr).toContain(`${rel('slecht.txt')} › rij 2: "31-2-2024" is geen bestaande datum.`);
    const v = await runCli(['validate', ...args, '--format', 'json']);
    expect(v.exitCode).toBe(1);
    const issues = (JSON.parse(v.stdout) as { issues: { type: string; file: string; row: number; value: string }[] }).issues;
    expect(issues.filter((i) => i.type === 'feestdagen/date')).toMatchObject([{ file: rel('slecht.txt'), row: 2, value: '31-2-2024' }]);
  });

  it.each([
    ['a file that does not exist', ['--werkdagen', '--feestdagen', 'geen-bestand.txt'], 'geen-bestand.txt'],
    ['without --werkdagen', ['--feestdagen', 'README.md'], '--werkdagen'],
  ])('%s is a usage error (exit 2)', async (_name, options, said) => {
    startedOn('juni.csv', ['2024-05-31']);
    const r = await runCli(['compute', rel('juni.csv'), '--peildatum', '2024-06-10', ...options]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(said);
  });
});

describe('--drempel other than 5 beside uitvraag waiting figures', () => {
  const inputs = ['fixtures/nulmeting-2022-12-01', 'fixtures/cases-2022-12-01'];
  it('warns that they measure different things; --strict fails; validate says the same', async () => {
    const ten = await json([...inputs, '--drempel', '10']);
    expect(ten.exitCode).toBe(0);
    const warnings = ten.report.issues.filter((i) => i.type === 'case/threshold-mismatch');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', file: expect.stringContaining('fixtures/nulmeting-2022-12-01') as unknown });
    expect(warnings[0]?.message).toContain('--drempel 10');
    expect((await runCli(['compute', ...inputs, '--drempel', '10', '--strict'])).exitCode).toBe(1);
    const v = await runCli(['validate', ...inputs, '--drempel', '10', '--format', 'json']);
    expect(JSON.parse(v.stdout)).toMatchObject({ options: { drempel: 10, werkdagen: false } });
    expect(v.stdout).toContain('case/threshold-mismatch');
  });
  it('no warning with the uitvraag threshold, nor with case files alone', async () => {
    const five = await json(inputs);
    expect(five.report.issues.filter((i) => i.type === 'case/threshold-mismatch')).toEqual([]);
    const alone = await json(['fixtures/cases-2022-12-01', '--peildatum', '2022-12-01', '--drempel', '10']);
    expect(alone.report.issues.filter((i) => i.type === 'case/threshold-mismatch')).toEqual([]);
  });
});
