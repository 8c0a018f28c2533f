import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report, ReportIssue } from '../../src/domain/model.js';
import { runCli } from '../helpers.js';
import { CASE_HEADER, DEC_2022, formRows, tempDir, writeWorkbook, type CellInput, type SheetSpec } from '../support/workbooks.js';

/**
 * Values that used to pass silently: dates that are no dates of a round, numbers beyond what a
 * number holds, a field given twice, hidden sheets and rows, case dates that are typing errors.
 * Every input is generated here; each run either gives the right figures or fails with a located
 * error that shows the value as written.
 */

const dir = tempDir('values');

async function json(args: string[]): Promise<{ exitCode: number; report: Report; stderr: string }> {
  const r = await runCli([...args, '--format', 'json']);
  return { exitCode: r.exitCode, report: JSON.parse(r.stdout) as Report, stderr: r.stderr };
}

const located = (i: ReportIssue) => ({ type: i.type, severity: i.severity, cell: i.cell, row: i.row, value: i.value });

async function form(name: string, spec: Partial<SheetSpec> & { peildatum?: CellInput; extra?: readonly (readonly CellInput[])[] } = {}, more: SheetSpec[] = []): Promise<string> {
  const rows = spec.rows ?? formRows('Jeugdbescherming Noord', spec.peildatum ?? DEC_2022, spec.extra);
  return writeWorkbook(path.join(dir, `${name}.xlsx`), [{ name: 'Uitvraag', ...spec, rows }, ...more]);
}

describe('a peildatum is a day of the years 2000–2099', () => {
  const DATE = 'dd-mm-yyyy';
  it.each([
    // what, the cell, its number format, the issue, the value shown
    ['serial 2958466 in a date cell (year 10000)', 2958466, DATE, 'cell/date-range', '10000-01-01'],
    ['serial 0 in a date cell', 0, DATE, 'cell/date-range', '1899-12-30'],
    ['serial -1 in a date cell', -1, DATE, 'cell/date-range', '1899-12-29'],
    ['serial 0.5 in a date cell', 0.5, DATE, 'cell/date-time', '1899-12-30 12:00'],
    ['serial 60 (29 February 1900, which never was) in a date cell', 60, DATE, 'cell/date-range', '1900-02-28'],
    ['a date cell with a time of day', 44896.5, DATE, 'cell/date-time', '2022-12-01 12:00'],
    ['a date cell in 1999', 36495, DATE, 'cell/date-range', '1999-12-01'],
    ['a date cell in 2100', 73051, DATE, 'cell/date-range', '2100-01-01'],
    ['serial 60 in a number cell', 60, undefined, 'cell/date', '60'],
    ['serial 0 in a number cell', 0, undefined, 'cell/date', '0'],
    ['a serial with a fraction in a number cell', 44896.5, undefined, 'cell/date-time', '44896.5'],
    ['serial 100 in a number cell (9 April 1900)', 100, undefined, 'cell/date-range', '100'],
    ['a text date in 2202', '1-12-2202', undefined, 'cell/date-range', '1-12-2202'],
  ] as const)('%s: refused at B3, the value as written', async (what, value, numFmt, type, shown) => {
    const file = await form(what.replace(/\W+/gu, '-'), { peildatum: value, ...(numFmt ? { formats: { B3: numFmt } } : {}) });
    const { exitCode, report } = await json(['validate', file]);
    expect(exitCode).toBe(1);
    expect(report.issues.filter((i) => i.severity === 'error').map(located)).toEqual([{ type, severity: 'error', cell: 'B3', row: 3, value: shown }]);
  });

  it('a date cell of 1 December 2022 is read as before', async () => {
    const { exitCode, report } = await json(['validate', await form('clean')]);
    expect(exitCode).toBe(0);
    expect(report.issues).toEqual([]);
  });

  it.each(['1999-12-01', '2100-01-01'])('--peildatum %s is a usage error', async (date) => {
    const r = await runCli(['validate', 'fixtures/input-clean', '--peildatum', date]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(`--peildatum "${date}" ligt buiten de jaren 2000–2099 van de monitor`);
  });

  it('a peildatum typed in a CSV form in 1999 is refused, saying what it was read as', async () => {
    const file = path.join(dir, 'peildatum-1999.csv');
    writeFileSync(file, 'Naam GI;Jeugdbescherming Noord\nPeildatum;1-12-1999\nAantal ondertoezichtstellingen;1194\nAantal voogdijmaatregelen;546\n');
    const r = await runCli(['validate', file, '--lang', 'en']);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('rij 2 › Peildatum: "1-12-1999" lies outside the years 2000–2099 of the monitor'.replace('rij', 'row'));
  });
});

describe('a number beyond what a number holds', () => {
  const HUGE = `1${'0'.repeat(400)}`;
  it.each([
    ['a 400-digit text', HUGE, 'cell/too-large'],
    ['1e400 as text', '1e400', 'cell/not-a-number'],
  ])('%s is refused, shown as written, never as Infinity', async (_what, text, type) => {
    const file = path.join(dir, `huge-${type.replace('/', '-')}.csv`);
    writeFileSync(file, `Naam GI;Jeugdbescherming Noord\nPeildatum;1-12-2022\nFormatie jeugdbeschermers (fte);${text}\nAantal ondertoezichtstellingen;1194\n`);
    for (const command of ['validate', 'compute']) {
      const r = await runCli([command, file, '--format', 'json']);
      expect(r.exitCode).toBe(1);
      expect(r.stdout).not.toMatch(/Infinity|NaN/u);
      const issue = (JSON.parse(r.stdout) as Report).issues.find((i) => i.severity === 'error');
      expect(issue && located(issue)).toEqual({ type, severity: 'error', cell: null, row: 3, value: text });
    }
  });
});

describe('a field given twice', () => {
  const conflict = (cell: string, first: string) => ({ type: 'field/repeated-conflict', cell, first: expect.stringContaining(first) as unknown });
  const found = (r: Report) => r.issues.filter((i) => i.type.startsWith('field/repeated')).map((i) => ({ type: i.type, cell: i.cell, first: i.message }));
  it.each([
    ['a label twice with different values', { extra: [['Aantal ondertoezichtstellingen', 1200]] }, 1, [conflict('B10', 'Uitvraag › B6')]],
    ['a label twice in a hidden row', { extra: [['Aantal ondertoezichtstellingen', 1200]], hiddenRows: [10] }, 1, [conflict('B10', 'Uitvraag › B6')]],
    ['a label twice with the same value', { extra: [['Aantal ondertoezichtstellingen', 1194]] }, 0, [{ type: 'field/repeated-same', cell: 'B10', first: expect.stringContaining('B6') as unknown }]],
    ['a form with a second value column under the same header', {
      rows: [['Naam GI', 'Jeugdbescherming Noord'], ['Peildatum', DEC_2022], ['Veld', 'Waarde', 'Waarde'], ['Aantal ondertoezichtstellingen', 1194, 1200], ['Aantal voogdijmaatregelen', 546, 546]],
    }, 1, [conflict('C4', 'Uitvraag › B4'), { type: 'field/repeated-same', cell: 'C5', first: expect.stringContaining('B5') as unknown }]],
  ] as const)('%s', async (what, spec, exitCode, expected) => {
    const { exitCode: code, report } = await json(['validate', await form(`twice-${what.replace(/\W+/gu, '-')}`, spec)]);
    expect(code).toBe(exitCode);
    expect(found(report)).toEqual(expected);
  });

  it.each([
    ['xlsx', []],
    ['xlsx, the second column hidden', [5]],
  ] as const)('a table with a second column under the same header (%s)', async (what, hiddenColumns) => {
    const file = await writeWorkbook(path.join(dir, `table-twice-${hiddenColumns.length}.xlsx`), [{
      name: 'Overzicht', hiddenColumns,
      rows: [['Naam GI', 'Peildatum', 'Aantal OTS', 'Aantal voogdij', 'Aantal OTS'], ['Jeugdbescherming Noord', DEC_2022, 1194, 546, 1200], ['Jeugdbescherming Gelderland', DEC_2022, 9139, 4042, 9139]],
    }]);
    const { exitCode, report } = await json(['validate', file]);
    expect(exitCode, what).toBe(1);
    expect(found(report)).toEqual([conflict('E2', 'Overzicht › C2'), { type: 'field/repeated-same', cell: 'E3', first: expect.stringContaining('C3') as unknown }]);
  });

  it('a CSV table with a second column under the same header', async () => {
    const file = path.join(dir, 'table-twice.csv');
    writeFileSync(file, 'GI;Peildatum;Aantal OTS;Aantal voogdij;Aantal OTS\nJeugdbescherming Noord;1-12-2022;1194;546;1200\nJeugdbescherming Gelderland;1-12-2022;9139;4042;9139\n');
    const { exitCode, report } = await json(['validate', file]);
    expect(exitCode).toBe(1);
    expect(report.issues.filter((i) => i.type.startsWith('field/repeated')).map((i) => ({ type: i.type, row: i.row, value: i.value })))
      .toEqual([{ type: 'field/repeated-conflict', row: 2, value: '1200' }, { type: 'field/repeated-same', row: 3, value: '9139' }]);
  });
});

describe('hidden sheets, rows and columns are read, and said so', () => {
  const other = (state: 'hidden' | 'veryHidden'): SheetSpec => ({ name: 'Oud', state, rows: formRows('Jeugdbescherming Gelderland') });
  it.each(['hidden', 'veryHidden'] as const)('a %s sheet with another GI\'s form counts, with a warning naming it', async (state) => {
    const file = await form(`sheet-${state}`, {}, [other(state)]);
    const r = await runCli(['validate', file]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('2 aanleveringen: Jeugdbescherming Gelderland 2022-12-01; Jeugdbescherming Noord 2022-12-01');
    expect(r.stdout).toContain('waarschuwing: ' + `${file} › Oud: Tabblad Oud is verborgen in Excel, maar is gelezen en telt mee.`);
    const strict = await runCli(['validate', file, '--strict']);
    expect(strict.exitCode).toBe(1);
  });

  it('--skip-sheet leaves a hidden sheet out without the warning', async () => {
    const file = await form('sheet-hidden-skipped', {}, [other('hidden')]);
    const { exitCode, report } = await json(['validate', file, '--skip-sheet', 'Oud']);
    expect(exitCode).toBe(0);
    expect(report.issues.map((i) => i.type)).toEqual(['sheet/skipped-by-option']);
  });

  it('hidden rows and columns with data are a note naming them', async () => {
    const file = await form('hidden-rows', { hiddenRows: [6, 7, 8], hiddenColumns: [2] });
    const { exitCode, report } = await json(['validate', file]);
    expect(exitCode).toBe(0);
    expect(report.issues.map((i) => [i.type, i.severity, i.message])).toEqual([
      ['sheet/hidden-cells', 'info', 'Tabblad Uitvraag heeft verborgen rijen 6–8 en kolommen B met gegevens; die zijn gelezen en tellen mee.'],
    ]);
  });

  const caseSheet = (name: string, prefix: string, count: number, state?: 'hidden' | 'veryHidden'): SheetSpec => ({
    name, ...(state ? { state } : {}),
    rows: [CASE_HEADER, ...Array.from({ length: count }, (_, i): CellInput[] => ['Jeugdbescherming Noord', `${prefix}${i}`, 'OTS', new Date(Date.UTC(2022, 0, 1 + i)), null, new Date(Date.UTC(2022, 0, 2 + i))])],
  });
  it.each(['hidden', 'veryHidden'] as const)('a case workbook\'s %s sheet counts, with a warning naming it', async (state) => {
    const file = await writeWorkbook(path.join(dir, `case-${state}.xlsx`), [caseSheet('Dossiers', 'A', 30), caseSheet('Archief', 'B', 50, state)]);
    const { exitCode, report } = await json(['compute', file, '--peildatum', '2022-12-01']);
    expect(exitCode, JSON.stringify(report.issues.filter((i) => i.severity === 'error'))).toBe(0);
    expect(report.rounds[0]?.gis[0]?.indicators.ots?.value).toBe(80);
    expect(report.issues.filter((i) => i.type === 'sheet/hidden-read').map((i) => [i.sheet, i.severity])).toEqual([['Archief', 'warning']]);
    const skipped = await json(['compute', file, '--peildatum', '2022-12-01', '--skip-sheet', 'Archief']);
    expect(skipped.report.rounds[0]?.gis[0]?.indicators.ots?.value).toBe(30);
    expect(skipped.report.issues.map((i) => i.type)).not.toContain('sheet/hidden-read');
  });
});

describe('case dates that are typing errors, and figures beyond the scale limits', () => {
  const csv = (name: string, rows: string[]): string => {
    const file = path.join(dir, name);
    writeFileSync(file, [CASE_HEADER.join(';'), ...rows].join('\n'));
    return file;
  };
  const noord = (start: string, assigned = '') => `Jeugdbescherming Noord;K${start};OTS;${start};;${assigned}`;
  it.each([
    ['a start date in the year 1000', noord('1-1-1000'), 'Startdatum', '1-1-1000'],
    ['a start date in 1989', noord('31-12-1989'), 'Startdatum', '31-12-1989'],
    ['a start date in 2202', noord('1-1-2202'), 'Startdatum', '1-1-2202'],
    ['an assignment date in 2220', noord('1-1-2022', '2-1-2220'), 'Toewijzingsdatum', '2-1-2220'],
  ])('%s (CSV) is refused at its row and column, as written', async (what, row, column, shown) => {
    const file = csv(`case-${what.replace(/\W+/gu, '-')}.csv`, [noord('1-3-2022'), row]);
    const { exitCode, report } = await json(['compute', file, '--peildatum', '2022-12-01']);
    expect(exitCode).toBe(1);
    expect(report.issues.filter((i) => i.severity === 'error').map((i) => ({ type: i.type, row: i.row, column: i.column, value: i.value })))
      .toEqual([{ type: 'case/date-range', row: 3, column, value: shown }]);
  });

  it('a start date in the year 1000 (xlsx) is refused at its cell', async () => {
    const file = await writeWorkbook(path.join(dir, 'case-1000.xlsx'), [{
      name: 'Dossiers', rows: [CASE_HEADER, ['Jeugdbescherming Noord', 'K1', 'OTS', new Date(Date.UTC(2022, 2, 1)), null, null], ['Jeugdbescherming Noord', 'K2', 'OTS', new Date(Date.UTC(1000, 0, 1)), null, null]],
    }]);
    const { exitCode, report } = await json(['compute', file, '--peildatum', '2022-12-01']);
    expect(exitCode).toBe(1);
    expect(report.issues.filter((i) => i.severity === 'error').map((i) => ({ type: i.type, cell: i.cell, value: i.value })))
      .toEqual([{ type: 'case/date-range', cell: 'D3', value: '1000-01-01' }]);
  });

  it('a mean waiting time beyond the scale limit, derived from case dates, is refused like a typed one', async () => {
    const file = csv('case-long-wait.csv', [noord('2-1-1990'), noord('3-1-1990')]);
    const { exitCode, report } = await json(['compute', file, '--peildatum', '2099-12-01']);
    expect(exitCode).toBe(1);
    expect(report.issues.filter((i) => i.severity === 'error').map((i) => ({ type: i.type, field: i.field, file: i.file })))
      .toEqual([{ type: 'cell/too-large', field: 'wachtdagen_start', file }]);
  });
});
