import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import type { Report } from '../../src/domain/model.js';
import { FIELDS, labelWithUnit } from '../../src/domain/fields.js';
import { runCli } from '../helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'jbmonitor-template-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The figures a GI fills in, by field key (percentages as fractions, as Excel stores them). */
const FILLED: Record<string, number> = {
  formatie_fte: 154.6, beschikbaarheid: 0.812, ots: 1194, voogdij: 546, jr: 283, maatregelen_totaal: 2023,
  wachtlijst_start: 60, wachtdagen_start: 21, interne_wachtlijst: 90, wachtdagen_intern: 38, personeelsverloop: 0.158, ziekteverzuim: 0.072,
};

async function computeOn(file: string): Promise<Report> {
  const r = await runCli(['compute', file, '--format', 'json'], { cwd: dir });
  expect(r.exitCode, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Report;
}

function expectNoord(report: Report): void {
  const round = report.rounds[0];
  expect(round?.peildatum).toBe('2022-12-01');
  expect(round?.gis.map((g) => g.gi)).toEqual(['Jeugdbescherming Noord']);
  const gi = round?.gis[0]?.indicators ?? {};
  expect(gi.formatie_fte?.value).toBe(154.6);
  expect(gi.maatregelen_totaal?.value).toBe(2023);
  expect(gi.beschikbaarheid?.value).toBeCloseTo(0.812, 12);
  expect(gi.beschikbare_fte?.value).toBeCloseTo(154.6 * 0.812, 9);
  expect(gi.organisatieworkload?.value).toBeCloseTo(2023 / (154.6 * 0.812), 9);
  expect(round?.national.wachtlijst_start?.value).toBe(60);
  expect(report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
}

describe('jbmonitor template (xlsx)', () => {
  it('writes the form, instructions and a hidden lists sheet, with input validation on every value cell', async () => {
    const r = await runCli(['template', '--out', 'uitvraag.xlsx'], { cwd: dir });
    expect(r.exitCode, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'uitvraag.xlsx'));
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([['Uitvraag', 'visible'], ['Instructies', 'visible'], ['Lijsten', 'hidden']]);
    const form = wb.getWorksheet('Uitvraag');
    if (!form) throw new Error('no form');
    expect(form.getRow(4).values).toEqual([undefined, 'Veld', 'Waarde', 'Toelichting']);
    FIELDS.forEach((def, i) => {
      const row = 5 + i;
      expect(form.getCell(row, 1).value).toBe(labelWithUnit(def, 'nl'));
      expect(form.getCell(row, 3).value).toBe(def.help.nl);
      const v = form.getCell(row, 2).dataValidation;
      const expected = { gi: 'list', date: 'date', count: 'whole', fte: 'decimal', days: 'decimal', percent: 'decimal' }[def.type];
      expect([def.key, v.type]).toEqual([def.key, expected]);
      if (def.type === 'count') expect([v.operator, v.formulae]).toEqual(['greaterThanOrEqual', [0]]);
      if (def.type === 'percent') expect([v.operator, v.formulae, form.getCell(row, 2).numFmt]).toEqual(['between', [0, 1], '0.0%']);
    });
    // The GI dropdown points to a range on the lists sheet (inline lists stop at 255 characters).
    expect(form.getCell('B5').dataValidation.formulae).toEqual(["'Lijsten'!$A$1:$A$14"]);
    const lists = wb.getWorksheet('Lijsten');
    expect(lists?.getCell('A1').value).toBe('Jeugdbescherming Noord');
    expect(lists?.getCell('A14').value).toBe('Nidos');
  });

  it('round-trips: filled in programmatically, it computes to the figures filled in', async () => {
    const r = await runCli(['template', '--out', 'noord.xlsx', '--gi', 'JB Noord', '--peildatum', '1-12-2022'], { cwd: dir });
    expect(r.exitCode, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'noord.xlsx'));
    const form = wb.getWorksheet('Uitvraag');
    if (!form) throw new Error('no form');
    expect(form.getCell('B5').value).toBe('Jeugdbescherming Noord');
    expect(form.getCell('B6').value).toEqual(new Date(Date.UTC(2022, 11, 1)));
    FIELDS.forEach((def, i) => {
      const value = FILLED[def.key];
      if (value !== undefined) form.getCell(5 + i, 2).value = value;
    });
    await wb.xlsx.writeFile(path.join(dir, 'noord-ingevuld.xlsx'));
    expectNoord(await computeOn('noord-ingevuld.xlsx'));
  });

  it('an unfilled template is valid input but warns that nothing is filled in', async () => {
    await runCli(['template', '--out', 'leeg.xlsx', '--gi', 'JBN', '--peildatum', '2022-12-01'], { cwd: dir });
    const r = await runCli(['validate', 'leeg.xlsx'], { cwd: dir });
    expect(r.stdout).toContain('waarschuwing: leeg.xlsx › Uitvraag: Er is geen enkel cijfer ingevuld. Vul de cijfers in, of laat dit bestand weg.');
  });

  it('refuses to write a workbook to a terminal, but writes it to a pipe', async () => {
    const out: Uint8Array[] = [];
    const err: string[] = [];
    const tty = { isTTY: true, write: (c: string | Uint8Array) => out.push(typeof c === 'string' ? Buffer.from(c) : c) };
    const code = await main(['template'], { stdout: tty, stderr: { write: (c: string | Uint8Array) => err.push(String(c)) }, env: {}, cwd: dir });
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('')).toBe('jbmonitor: gebruik: een xlsx-werkmap wordt niet naar de terminal geschreven: geef --out uitvraag.xlsx, stuur de uitvoer door (> uitvraag.xlsx), of gebruik --format csv\n');
    const piped = await runCli(['template'], { cwd: dir });
    expect(piped.exitCode).toBe(0);
    expect([...piped.stdoutBytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it('refuses an unknown --gi with the nearest name, and a contradicting --format', async () => {
    const r = await runCli(['template', '--out', 'x.xlsx', '--gi', 'JB Nord'], { cwd: dir });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe('jbmonitor: gebruik: --gi: onbekende GI "JB Nord"; bedoelt u "Jeugdbescherming Noord"? (vul het register aan met --gi-register)\n');
    expect((await runCli(['template', '--out', 'x.csv', '--format', 'xlsx'], { cwd: dir })).exitCode).toBe(2);
  });
});

describe('jbmonitor template --format csv', () => {
  it('round-trips: the CSV form filled in Dutch notation computes to the figures filled in', async () => {
    const r = await runCli(['template', '--format', 'csv', '--gi', 'Jeugdbescherming Noord', '--peildatum', '2022-12-01'], { cwd: dir });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout.startsWith('\uFEFFUitvraag Monitor jeugdbescherming\r\nVeld;Waarde;Toelichting\r\nNaam GI;Jeugdbescherming Noord;')).toBe(true);
    const lines = r.stdout.split('\r\n');
    const filled = lines.map((line) => {
      const def = FIELDS.find((f) => line.startsWith(`${labelWithUnit(f, 'nl')};;`));
      const value = def ? FILLED[def.key] : undefined;
      if (!def || value === undefined) return line;
      const shown = def.type === 'percent' ? `${String(Math.round(value * 1000) / 10).replace('.', ',')}%` : String(value).replace('.', ',');
      return line.replace(';;', `;${shown};`);
    });
    writeFileSync(path.join(dir, 'noord.csv'), filled.join('\r\n'));
    expect(readFileSync(path.join(dir, 'noord.csv'), 'utf8')).toContain('Formatie jeugdbeschermers (fte);154,6;');
    expectNoord(await computeOn('noord.csv'));
  });
});
