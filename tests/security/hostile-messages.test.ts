import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/domain/model.js';
import type { ValidationReport } from '../../src/render/validation.js';
import { FIXTURES, runCli } from '../helpers.js';
import { runWithResources } from '../support/resource-run.js';
import { makeZip } from '../support/zip.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'jbm-messages-'));

/** The clean semicolon table: its header and its first GI row (Jeugdbescherming Noord). */
const TABLE = readFileSync(path.join(FIXTURES, 'input-csv-semicolon', 'gis.csv'), 'utf8').split('\n');
const HEADER = TABLE[0] ?? '';
const NOORD = TABLE[1] ?? '';

/** Characters a terminal acts on, raw: none may reach a terminal from a file or sheet name. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

describe('repeated rows give bounded messages', () => {
  it('names a few other places of a GI repeated on 300 rows, counts the rest, and lists 50 issues of a kind', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'herhaald.csv'), `${HEADER}\n${`${NOORD}\n`.repeat(300)}`);
    const nl = await runCli(['validate', '.'], { cwd: dir });
    expect(nl.exitCode).toBe(1);
    expect(nl.stdout).toContain('deze en herhaald.csv › rij 3, herhaald.csv › rij 4, herhaald.csv › rij 5 en nog 296 andere.');
    expect(nl.stdout).toContain('Nog 250 meldingen van dezelfde soort (submission/duplicate) zijn niet afzonderlijk getoond.');
    // The summary line names the GI once, with how often it came.
    expect(nl.stdout).toContain('300 aanleveringen: Jeugdbescherming Noord 2022-12-01 (300×)');
    expect(nl.stdout.length).toBeLessThan(30_000);
    const en = await runCli(['validate', '.', '--lang', 'en', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(en.stdout) as ValidationReport;
    expect(report.issues.filter((i) => i.type === 'submission/duplicate')).toHaveLength(50);
    expect(report.issues.find((i) => i.type === 'submission/duplicate')?.message).toContain('and 296 more.');
    expect(report.issues.find((i) => i.type === 'file/more-issues')).toMatchObject({ severity: 'error', file: 'herhaald.csv' });
  });

  it('checks many rows with unknown names and many total rows without rescanning the table per row', async () => {
    const dir = tmp();
    const figures = NOORD.slice(NOORD.indexOf(';'));
    const unknown = Array.from({ length: 600 }, (_, i) => `Onbekend ${i}${figures}`).join('\n');
    const totals = Array.from({ length: 600 }, () => `Totaal${figures}`).join('\n');
    writeFileSync(path.join(dir, 'tabel.csv'), `${HEADER}\n${NOORD}\n${unknown}\n${totals}\n`);
    const started = Date.now();
    const r = await runCli(['compute', dir, '--format', 'json', '--max-rows', '2000']);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.issues.filter((i) => i.type === 'gi/unknown')).toHaveLength(50);
    expect(report.issues.find((i) => i.type === 'file/more-issues' && i.message.includes('gi/unknown'))?.message).toContain('Nog 550 meldingen');
  });

  it('keeps a GI repeated on 2,000 rows (106 kB) small in memory and in output', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'herhaald.csv'), `${HEADER}\n${`${NOORD}\n`.repeat(2000)}`);
    const r = await runWithResources(['validate', dir, '--max-rows', '3000'], { cwd: dir, timeoutMs: 60_000 });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/herhaald\.csv › rij 2 › Naam GI: 2\.000 aanleveringen voor Jeugdbescherming Noord op peildatum 2022-12-01: deze en .* en nog 1\.996 andere\./u);
    expect(r.stdout.length).toBeLessThan(40_000);
    expect(r.peakMb).not.toBeNull();
    expect(r.peakMb ?? Infinity).toBeLessThan(400);
  }, 90_000);
});

describe('a CSV file is held in bounded memory', () => {
  it('refuses a form followed by a flood of ; lines at the first line beyond --max-rows, in bounded memory', async () => {
    const dir = tmp();
    const form = 'Naam GI;Jeugdbescherming Noord\nPeildatum;1-12-2022\nFormatie jeugdbeschermers (fte);154,6\n';
    writeFileSync(path.join(dir, 'formulier.csv'), form + ';\n'.repeat(2_400_000));
    const r = await runWithResources(['validate', dir, '--max-file-mb', '5'], { cwd: dir, timeoutMs: 60_000 });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/formulier\.csv › rij (\d+(\.\d{3})*): Het CSV-bestand heeft meer dan [\d.]+ regels \(--max-rows\), ook lege regels \(;;;\) tellen mee/u);
    expect(r.stdout.length).toBeLessThan(2_000);
    expect(r.peakMb ?? Infinity).toBeLessThan(400);
  }, 90_000);

  it('locates the row limit at the first record beyond it, and refuses more filled-in cells than a submission holds', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'lang.csv'), `${HEADER}\n${`${NOORD}\n`.repeat(12)}`);
    const rows = await runCli(['validate', '.', '--max-rows', '10', '--lang', 'en'], { cwd: dir });
    expect(rows.exitCode).toBe(1);
    expect(rows.stdout).toContain('lang.csv › row 11: The CSV file has more than 10 lines (--max-rows), empty lines (;;;) included; the file was not read.');
    const wide = tmp();
    writeFileSync(path.join(wide, 'breed.csv'), `${HEADER}\n${`${'1;'.repeat(1000)}\n`.repeat(300)}`);
    const cells = await runCli(['validate', '.'], { cwd: wide });
    expect(cells.exitCode).toBe(1);
    expect(cells.stdout).toContain('breed.csv › rij 251: Het CSV-bestand heeft meer dan 250.000 ingevulde cellen');
  });
});

describe('file and sheet names reach the terminal printable', () => {
  const NASTY = ['esc\u001b[31mrood', 'osc\u001b]0;titel\u0007', 'csi\u009b2J', 'nel\u0085x', 'ls\u2028x', 'rlo\u202Exslx'];

  it('escapes control characters in file names in validate, compute\'s issues and source lists, and keeps the true name in JSON', async () => {
    const dir = tmp();
    for (const name of NASTY) writeFileSync(path.join(dir, `${name}.csv`), `${HEADER}\n${NOORD}\n`);
    const validate = await runCli(['validate', dir]);
    expect(validate.exitCode).toBe(1);
    expect(validate.stdout).not.toMatch(RAW_CONTROLS);
    expect(validate.stdout).toContain('esc\\u001b[31mrood.csv');
    expect(validate.stdout).toContain('rlo\\u202exslx.csv');
    const compute = await runCli(['compute', path.join(dir, `${NASTY[0] ?? ''}.csv`), path.join(dir, `${NASTY[5] ?? ''}.csv`)]);
    expect(compute.stderr).not.toMatch(RAW_CONTROLS);
    const json = await runCli(['validate', dir, '--format', 'json']);
    expect(json.stdout).not.toMatch(RAW_CONTROLS);
    const report = JSON.parse(json.stdout) as ValidationReport;
    expect(report.files.map((f) => path.basename(f)).sort()).toEqual(NASTY.map((n) => `${n}.csv`).sort());
  });

  it('escapes them in the sources of every text report', async () => {
    const dir = tmp();
    const name = `${NASTY[1] ?? ''}.csv`;
    writeFileSync(path.join(dir, name), `${HEADER}\n${NOORD}\n`);
    for (const format of ['table', 'md', 'html']) {
      const r = await runCli(['compute', dir, '--format', format]);
      expect(r.exitCode, format).toBe(0);
      expect(r.stdout, format).not.toMatch(RAW_CONTROLS);
      // Markdown escapes the backslash of the escape once more: \\u001b, shown as \u001b.
      expect(r.stdout, format).toMatch(/osc\\{1,2}u001b\\?\]0;titel\\{1,2}u0007\.csv/u);
    }
  });

  it('escapes control characters in sheet names', async () => {
    const dir = tmp();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Uitvraag').addRows([['Naam GI', 'Jeugdbescherming Noord'], ['Peildatum', '1-12-2022'], ['Formatie jeugdbeschermers (fte)', 'veel']]);
    // XML holds no C0 control (exceljs drops a BEL): a C1 control and a bidi override it does hold.
    wb.addWorksheet('Lijst\u009b2J\u202e').addRow(['niets']);
    await wb.xlsx.writeFile(path.join(dir, 'werkboek.xlsx'));
    const r = await runCli(['validate', '.'], { cwd: dir });
    expect(r.stdout).not.toMatch(RAW_CONTROLS);
    expect(r.stdout).toContain('werkboek.xlsx › Lijst\\u009b2J\\u202e');
    expect(r.stdout).toContain('Tabblad Lijst\\u009b2J\\u202e heeft geen herkenbare velden');
  });
});

describe('misleading messages', () => {
  it('reads a UTF-16 CSV (Excel\'s "Unicode text", tab-separated, with a byte-order mark), little- and big-endian', async () => {
    // The same data in a clean layout, under the same name: the reports may differ in nothing else.
    const text = readFileSync(path.join(FIXTURES, 'input-csv-semicolon', 'gis.csv'), 'utf8').replace(/;/gu, '\t').replace(/"/gu, '');
    const twin = tmp();
    writeFileSync(path.join(twin, 'gis.csv'), text);
    const clean = await runCli(['compute', '.', '--format', 'json'], { cwd: twin });
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    for (const [name, bytes] of [['le', le], ['be', be]] as const) {
      const dir = tmp();
      writeFileSync(path.join(dir, 'gis.csv'), bytes);
      const r = await runCli(['compute', '.', '--format', 'json'], { cwd: dir });
      expect(r.exitCode, name).toBe(0);
      expect(clean.exitCode).toBe(0);
      expect((JSON.parse(r.stdout) as Report).rounds, name).toEqual((JSON.parse(clean.stdout) as Report).rounds);
    }
  });

  it('names a zip that is no workbook, instead of calling it empty', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'brief.xlsx'), makeZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
    ]));
    writeFileSync(path.join(dir, 'archief.xlsx'), makeZip([{ name: 'notities.txt', data: Buffer.from('hallo') }]));
    const r = await runCli(['validate', '.'], { cwd: dir });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('brief.xlsx: Dit is een zip-bestand, maar geen Excel-werkmap (er zit geen xl/workbook.xml in): het lijkt een Word-document (.docx).');
    expect(r.stdout).toContain('archief.xlsx: Dit is een zip-bestand, maar geen Excel-werkmap (er zit geen xl/workbook.xml in). Lever een .xlsx- of .csv-bestand aan.');
    expect(r.stdout).not.toContain('leeg');
  });

  it('refuses a limit that is not a positive whole number as wrong usage', async () => {
    for (const [option, value] of [['--max-line-kb', '0.3'], ['--max-file-mb', '2.5'], ['--max-rows', '0'], ['--max-compression-ratio', '-3'], ['--max-unzipped-mb', '1e3'], ['--max-rows', '99999999999999999999']]) {
      const r = await runCli(['validate', 'fixtures/input-csv-semicolon', option ?? '', value ?? '', '--lang', 'en']);
      expect(r.exitCode, `${option} ${value}`).toBe(2);
      expect(r.stderr).toContain(`jbmonitor: usage: ${option} must be a positive whole number, not "${value}"`);
      expect(r.stderr).not.toMatch(/Invalid Option/iu);
    }
  });
});
