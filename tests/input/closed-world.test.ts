import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/domain/model.js';
import { runCli } from '../helpers.js';

/**
 * The closed world across the inputs of a run: own reports in the folder, --skip-sheet, case
 * files that name an unknown GI, and case-derived figures that pass the same checks as typed ones.
 */
const HEADER = 'gi,peildatum,formatie_fte,beschikbaarheid,ots,voogdij,jr,wachtlijst_start';
const ROWS = ['Jeugdbescherming Noord,2022-12-01,154.6,0.8,1194,546,283,60', 'Jeugdbescherming Limburg,2022-12-01,157.9,0.8,1173,566,284,20'];

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'jbm-closed-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

const national = (stdout: string) => (JSON.parse(stdout) as Report).rounds.map((r) => r.national);

describe('jbmonitor\'s own reports among the inputs', () => {
  it.each(['xlsx', 'csv'])('a %s report written into the folder is skipped on the next run, and --out may replace it', async (ext) => {
    const dir = folder({ 'gis.csv': [HEADER, ...ROWS].join('\n') });
    const out = path.join(dir, `monitor.${ext}`);
    const first = await runCli(['compute', dir, '--out', out]);
    expect(first.exitCode, first.stderr).toBe(0);
    const again = await runCli(['compute', dir, '--out', out]);
    expect(again.exitCode, again.stderr).toBe(0);
    expect(again.stderr).toContain(`monitor.${ext}: Dit is een rapport van jbmonitor zelf`);
    // Not an input, so not in the provenance either: from then on the report is a fixed point.
    const bytes = readFileSync(out);
    expect((await runCli(['compute', dir, '--out', out])).exitCode).toBe(0);
    expect(readFileSync(out).equals(bytes)).toBe(true);
    const json = await runCli(['compute', dir, '--format', 'json']);
    const report = JSON.parse(json.stdout) as Report;
    expect(report.inputs.map((i) => path.basename(i.path))).toEqual(['gis.csv']);
    expect(report.rounds[0]?.national.ots?.value).toBe(1194 + 1173);
  });

  it('every text format carries the mark; the uitvraag template does not', async () => {
    const dir = folder({ 'gis.csv': [HEADER, ...ROWS].join('\n') });
    for (const [format, ext] of [['html', 'html'], ['md', 'md'], ['table', 'txt'], ['tekst', 'tekst.txt'], ['json', 'json'], ['tsv', 'tsv']] as const) {
      const out = path.join(dir, `rapport.${ext}`);
      expect((await runCli(['compute', path.join(dir, 'gis.csv'), '--format', format, '--out', out])).exitCode).toBe(0);
      const r = await runCli(['validate', path.join(dir, 'gis.csv'), out]);
      expect(r.exitCode, `${format}: ${r.stdout}`).toBe(0);
      expect(r.stdout, format).toContain('Dit is een rapport van jbmonitor zelf');
    }
    const template = path.join(dir, 'uitvraag.xlsx');
    expect((await runCli(['template', '--out', template])).exitCode).toBe(0);
    const t = await runCli(['validate', template]);
    expect(t.stdout).not.toContain('rapport van jbmonitor zelf');
  });

  it('--out still refuses a submission', async () => {
    const dir = folder({ 'gis.csv': [HEADER, ...ROWS].join('\n') });
    const r = await runCli(['compute', dir, '--out', path.join(dir, 'gis.csv')]);
    expect(r.exitCode).toBe(2);
  });
});

describe('--skip-sheet', () => {
  async function workbook(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    for (const name of ['Data', 'Mijn overzicht']) {
      const ws = wb.addWorksheet(name);
      ws.addRow(HEADER.split(','));
      for (const row of ROWS) ws.addRow(row.split(',').map((v, i) => (i < 2 ? v : Number(v))));
    }
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('leaves the named sheet out of every workbook, case-insensitively, and warns about a name that matches nothing', async () => {
    const dir = folder({ 'a.xlsx': await workbook() });
    const without = await runCli(['compute', dir, '--format', 'json']);
    expect(without.exitCode).toBe(1);
    const r = await runCli(['compute', dir, '--format', 'json', '--skip-sheet', 'MIJN OVERZICHT', '--skip-sheet', 'Draaitabel']);
    expect(r.exitCode, r.stdout).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.rounds[0]?.national.ots?.value).toBe(1194 + 1173);
    expect(report.issues.map((i) => [i.severity, i.type, i.sheet ?? i.value])).toEqual(expect.arrayContaining([
      ['info', 'sheet/skipped-by-option', 'Mijn overzicht'],
      ['warning', 'option/skip-sheet-unmatched', 'Draaitabel'],
    ]));
    expect((await runCli(['compute', dir, '--skip-sheet', 'Mijn overzicht', '--skip-sheet', 'Draaitabel', '--strict'])).exitCode).toBe(1);
  });
});

describe('case-level files in the closed world', () => {
  const CASE_HEADER = 'gi,client_id,maatregel,startdatum,einddatum,toewijzingsdatum,interne_wachtlijst_sinds,interne_wachtlijst_tot';
  const cases = (gi: string, n: number) => [CASE_HEADER, ...Array.from({ length: n }, (_, i) => `${gi},K-${String(i).padStart(5, '0')},OTS,2022-01-01,,2022-01-02,,`)].join('\n');
  const staff = 'gi,peildatum,formatie_fte,beschikbaarheid\nJeugdbescherming Noord,2022-12-01,1000,0.8\n';

  it('a GI name that is not in the register is an error in a case file too', async () => {
    const dir = folder({ 'dossiers.csv': cases('Jeugdbescherming Noord-Nederland', 3) });
    const r = await runCli(['compute', dir, '--peildatum', '2022-12-01', '--format', 'json']);
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    const unknown = report.issues.find((i) => i.type === 'gi/unknown');
    expect([unknown?.severity, path.basename(unknown?.file ?? ''), unknown?.row]).toEqual(['error', 'dossiers.csv', 2]);
  });

  it('case-derived figures pass the plausibility checks of typed ones (fatal under --strict)', async () => {
    const dir = folder({ 'staf.csv': staff, 'dossiers.csv': cases('Jeugdbescherming Noord', 10) });
    const r = await runCli(['compute', dir, '--format', 'json']);
    expect(r.exitCode, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.issues.map((i) => i.type)).toContain('plausibility/workload');
    expect(national(r.stdout)[0]?.maatregelen_totaal?.value).toBe(10);
    expect((await runCli(['compute', dir, '--strict'])).exitCode).toBe(1);
  });
});

describe('a field given twice is never decided by position', () => {
  const FORM = ['Naam GI;JB Noord', 'Peildatum;1-12-2022', 'Formatie jeugdbeschermers (fte);154,6', 'Aantal ondertoezichtstellingen;1.194',
    'Aantal voogdijmaatregelen;546', 'Aantal jeugdreclasseringsmaatregelen;283', 'Kinderen niet binnen 5 dagen toegewezen;60'];

  it.each([
    ['a form label twice with different values', { 'noord.csv': [...FORM.slice(0, 6), 'Kinderen niet binnen 5 dagen toegewezen;66', FORM[6]].join('\r\n') }, 1, 'field/repeated-conflict'],
    ['a form label twice with the same value', { 'noord.csv': [...FORM, FORM[6]].join('\r\n') }, 0, 'field/repeated-same'],
    ['a second column with the same header and other values', { 'gis.csv': [`${HEADER},wachtlijst_start`, `${ROWS[0]},63`, `${ROWS[1]},20`].join('\n') }, 1, 'field/repeated-conflict'],
    ['a Peildatum label above the table and a column that disagree', { 'gis.csv': ['Peildatum,1-5-2023', '', HEADER, ...ROWS].join('\n') }, 1, 'field/repeated-conflict'],
    ['two GI names in one form', { 'noord.csv': [...FORM, 'Naam GI;JB Limburg'].join('\r\n') }, 1, 'field/repeated-conflict'],
  ] as const)('%s', async (_what, files, exit, type) => {
    const r = await runCli(['compute', folder(files), '--format', 'json']);
    expect(r.exitCode, r.stdout.slice(0, 400)).toBe(exit);
    expect((JSON.parse(r.stdout) as Report).issues.map((i) => i.type)).toContain(type);
  });
});

describe('cells Excel saved in its own ways', () => {
  it('a formula whose saved result is 0 is read as 0, not as a formula without a result', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Uitvraag');
    const rows: [string, ExcelJS.CellValue][] = [['Naam GI', 'Jeugdbescherming Noord'], ['Peildatum', '1-12-2022'], ['Formatie jeugdbeschermers (fte)', 154.6],
      ['Aantal ondertoezichtstellingen', 1194], ['Kinderen niet binnen 5 dagen toegewezen', { formula: 'B9*0', result: 0 }], ['Kinderen langer dan 5 dagen op interne wachtlijst', { formula: 'B10' }]];
    rows.forEach(([label, value]) => ws.addRow([label, value]));
    const dir = folder({ 'noord.xlsx': Buffer.from(await wb.xlsx.writeBuffer()) });
    const report = JSON.parse((await runCli(['compute', dir, '--format', 'json'])).stdout) as Report;
    expect(report.issues.filter((i) => i.type === 'cell/formula-without-result').map((i) => i.cell)).toEqual(['B6']);
    ws.getRow(6).getCell(2).value = null;
    const fixed = await runCli(['compute', folder({ 'noord.xlsx': Buffer.from(await wb.xlsx.writeBuffer()) }), '--format', 'json']);
    expect(fixed.exitCode, fixed.stdout.slice(0, 300)).toBe(0);
    expect((JSON.parse(fixed.stdout) as Report).rounds[0]?.gis[0]?.indicators.wachtlijst_start?.value).toBe(0);
  });

  it('a figure merged over two GI rows is refused at the lower row, not counted for the upper GI only', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Tabel');
    ws.addRow(HEADER.split(','));
    for (const row of ROWS) ws.addRow(row.split(',').map((v, i) => (i < 2 ? v : Number(v))));
    ws.mergeCells('D2:D3');
    const r = await runCli(['compute', folder({ 'tabel.xlsx': Buffer.from(await wb.xlsx.writeBuffer()) }), '--format', 'json']);
    expect(r.exitCode, r.stdout.slice(0, 300)).toBe(1);
    const merged = (JSON.parse(r.stdout) as Report).issues.filter((i) => i.type === 'cell/merged-rows');
    expect(merged.map((i) => [i.cell, i.field])).toEqual([['D3', 'beschikbaarheid']]);
    // A title merged across the columns above the table is no figure: still read.
    const titled = new ExcelJS.Workbook();
    const t = titled.addWorksheet('Tabel');
    t.addRow(['Aanlevering 2022']);
    t.addRow([]);
    t.addRow(HEADER.split(','));
    for (const row of ROWS) t.addRow(row.split(',').map((v, i) => (i < 2 ? v : Number(v))));
    t.mergeCells('A1:H2');
    expect((await runCli(['compute', folder({ 'tabel.xlsx': Buffer.from(await titled.xlsx.writeBuffer()) })])).exitCode).toBe(0);
  });

  it('Windows-1252 bytes 0x80-0x9F are the characters Excel meant (an en dash is "not delivered")', async () => {
    const text = 'gi;peildatum;formatie_fte;ots;voogdij;jr;wachtlijst_start\r\nJeugdbescherming Noord;1-12-2022;154,6;1194;546;283;\u2013\r\n';
    const bytes = Buffer.from([...text].map((c) => (c === '\u2013' ? 0x96 : c.charCodeAt(0))));
    const r = await runCli(['compute', folder({ 'noord.csv': bytes }), '--format', 'json']);
    expect(r.exitCode, r.stdout.slice(0, 300)).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.issues.find((i) => i.type === 'cell/not-delivered')?.value).toBe('\u2013');
  });
});

describe('percentages are never a guess', () => {
  it.each([
    ['0,9 among 7,2%', '7,2%', '0,9', 1],
    ['1 among 7,2%', '7,2%', '1', 1],
    ['all with a % sign', '7,2%', '0,9%', 0],
    ['all fractions', '0,072', '0,009', 0],
  ] as const)('%s', async (_what, a, b, exit) => {
    const csv = ['gi;peildatum;formatie_fte;ots;ziekteverzuim', `Jeugdbescherming Noord;1-12-2022;154,6;1194;${a}`, `Jeugdbescherming Limburg;1-12-2022;157,9;1173;${b}`].join('\r\n');
    const r = await runCli(['compute', folder({ 'gis.csv': csv }), '--format', 'json']);
    expect(r.exitCode, r.stdout.slice(0, 300)).toBe(exit);
    if (exit === 1) expect((JSON.parse(r.stdout) as Report).issues.find((i) => i.type === 'field/fraction-among-percents')).toMatchObject({ row: 3, value: b });
  });
});

describe('a form never takes a number from another column', () => {
  it.each([
    ['a transposed table (GIs as columns) is refused, not read as the first GI\'s form',
      ['gi;Jeugdbescherming Noord;Jeugdbescherming Limburg', 'peildatum;1-12-2022;1-12-2022', 'formatie_fte;154,6;157,9', 'ots;1194;1173', 'voogdij;546;566'], 1],
    ['an empty value beside a previous round\'s figure stays empty and the figure is refused',
      ['Naam GI;JB Limburg;', 'Peildatum;1-12-2022;', 'Formatie jeugdbeschermers (fte);157,9;', 'Aantal ondertoezichtstellingen;1173;', 'Kinderen niet binnen 5 dagen toegewezen;;41'], 1],
    ['the same figure repeated beside the value is a note', ['Naam GI;JB Limburg', 'Peildatum;1-12-2022', 'Formatie jeugdbeschermers (fte);157,9;157,9', 'Aantal ondertoezichtstellingen;1173'], 0],
  ] as const)('%s', async (_what, lines, exit) => {
    const r = await runCli(['compute', folder({ 'form.csv': lines.join('\r\n') }), '--format', 'json']);
    expect(r.exitCode, r.stdout.slice(0, 300)).toBe(exit);
    const types = (JSON.parse(r.stdout) as Report).issues.map((i) => i.type);
    expect(types).toContain(exit === 1 ? 'field/repeated-conflict' : 'field/repeated-same');
  });
});

describe('a column of numbers is never dropped for want of a header', () => {
  it.each([
    ['an empty header cell above a figure column', [`${HEADER.replace(',wachtlijst_start', ',')}`, ...ROWS].join('\n'), 'column/no-header-figures', 'H'],
    ['numbers beyond the last header', [HEADER, `${ROWS[0]},12`, `${ROWS[1]},14`].join('\n'), 'column/no-header-figures', 'I'],
  ] as const)('%s', async (_what, csv, type, column) => {
    const r = await runCli(['compute', folder({ 'gis.csv': csv }), '--format', 'json']);
    expect(r.exitCode, r.stdout.slice(0, 300)).toBe(1);
    expect((JSON.parse(r.stdout) as Report).issues.find((i) => i.type === type)).toMatchObject({ severity: 'error', row: 1, column });
  });
});
