import { readdirSync, readFileSync, mkdtempSync, writeFileSync, truncateSync } from 'node:fs';
import JSZip from 'jszip';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/read/limits.js';
import { inspectZip, listZipEntries } from '../../src/read/zip-guard.js';
import { inflateRawChunks } from '../../src/files/inflate.js';
import { FIXTURES, runCli } from '../helpers.js';
import { makeZip, styledEmptyRows, styledRowsXml } from '../support/zip.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'jbm-limits-'));

describe('zip guard', () => {
  it('passes a real workbook and lists its parts', async () => {
    const buf = readFileSync(path.join(FIXTURES, 'nulmeting-2022-12-01', 'svmn.xlsx'));
    const verdict = await inspectZip(buf, DEFAULT_LIMITS, inflateRawChunks);
    expect(verdict.ok).toBe(true);
    const listing = listZipEntries(buf);
    expect(listing.ok && listing.entries.some((e) => e.name === 'xl/worksheets/sheet1.xml')).toBe(true);
  });

  it('refuses a bomb by its declared size before inflating anything', async () => {
    const bomb = makeZip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(10), declaredSize: 4_000_000_000 }]);
    expect(await inspectZip(bomb, DEFAULT_LIMITS, inflateRawChunks)).toMatchObject({ ok: false, type: 'limit/unzipped-size' });
  });

  it('refuses an entry that inflates to more than it declares', async () => {
    const liar = makeZip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(5_000_000), declaredSize: 1000 }]);
    expect(await inspectZip(liar, DEFAULT_LIMITS, inflateRawChunks)).toMatchObject({ ok: false, type: 'file/corrupt' });
  });

  it('refuses a compression ratio far beyond real spreadsheets', async () => {
    // 2 MB of one letter deflate about 1,000-fold; the limit is lowered so the test stays small.
    const bomb = makeZip([{ name: 'xl/sharedStrings.xml', data: Buffer.alloc(2_000_000, 0x41) }]);
    expect(await inspectZip(bomb, { ...DEFAULT_LIMITS, maxCompressionRatio: 50 }, inflateRawChunks)).toMatchObject({ ok: false, type: 'limit/compression-ratio' });
  });

  it('counts rows across chunk boundaries exactly', async () => {
    const zip = makeZip([{ name: 'xl/worksheets/sheet1.xml', data: styledEmptyRows(54_321) }]);
    expect(await inspectZip(zip, { ...DEFAULT_LIMITS, maxRows: 54_321, maxCompressionRatio: 1e9 }, inflateRawChunks)).toMatchObject({ ok: true });
    expect(await inspectZip(zip, { ...DEFAULT_LIMITS, maxRows: 54_320, maxCompressionRatio: 1e9 }, inflateRawChunks)).toMatchObject({ ok: false, type: 'limit/rows', params: { limit: 54_320 } });
  });

  it('refuses bytes that are not a zip at all', async () => {
    expect(await inspectZip(Buffer.from('PK\u0003\u0004 truncated'), DEFAULT_LIMITS, inflateRawChunks)).toMatchObject({ ok: false, type: 'file/corrupt' });
  });
});

describe('limits on the command line', () => {
  it('refuses a sheet with a million empty formatted rows quickly, with a message and the option to raise it', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'opgemaakt.xlsx'), makeZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/worksheets/sheet1.xml', data: styledEmptyRows(1_048_576) },
    ]));
    const started = Date.now();
    const r = await runCli(['compute', dir]);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/opgemaakt\.xlsx: .*meer dan 1\.000 rijen \(--max-rows/u);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const dir = tmp();
    const big = path.join(dir, 'groot.csv');
    writeFileSync(big, '');
    truncateSync(big, 101 * 1024 * 1024);
    const r = await runCli(['compute', dir]);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('groot.csv: Het bestand is 101 MB, meer dan de grens van 100 MB (--max-file-mb).');
  });

  it('refuses a CSV line of megabytes, naming the row', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'lang.csv'), `Naam GI;Peildatum\r\nJeugdbescherming Noord;${'x'.repeat(3 * 1024 * 1024)}\r\n`);
    const r = await runCli(['compute', dir, '--lang', 'en']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/lang\.csv › row \d+: A line of the CSV file is longer than 1,024 kB \(--max-line-kb\)/u);
  });

  it('lets the user raise or lower a limit, and refuses a nonsense value as wrong usage', async () => {
    const lowered = await runCli(['compute', 'fixtures/nulmeting-2022-12-01', '--max-rows', '3']);
    expect(lowered.exitCode).toBe(1);
    expect(lowered.stderr).toContain('--max-rows');
    const bad = await runCli(['compute', 'fixtures/nulmeting-2022-12-01', '--max-rows', 'veel']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('--max-rows moet een positief geheel getal zijn');
  });
});

describe('limits on streamed case-level files', () => {
  it('refuses a case workbook with a valid header over a sheet of more rows than Excel allows', async () => {
    const dir = tmp();
    const fixture = readdirSync(path.join(FIXTURES, 'cases-2022-12-01')).find((f) => f.endsWith('.xlsx')) ?? '';
    const zip = await JSZip.loadAsync(readFileSync(path.join(FIXTURES, 'cases-2022-12-01', fixture)));
    const sheet = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/u.test(n)) ?? '';
    const xml = await zip.file(sheet)?.async('nodebuffer') ?? Buffer.alloc(0);
    const end = xml.lastIndexOf('</sheetData>');
    // Empty formatted rows after the fixture's own, up to one beyond Excel's last row (1,048,576):
    // the guard refuses the first row beyond the grid, wherever the rows before it stand.
    const grown = Buffer.concat([xml.subarray(0, end), styledRowsXml(10, 1_048_568), xml.subarray(end)]);
    const parts = await Promise.all(Object.values(zip.files).filter((f) => !f.dir).map(async (f) => ({ name: f.name, data: f.name === sheet ? grown : await f.async('nodebuffer') })));
    writeFileSync(path.join(dir, 'dossiers.xlsx'), makeZip(parts));
    const started = Date.now();
    const r = await runCli(['compute', dir, '--peildatum', '2022-12-01']);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/dossiers\.xlsx › Dossiers: .*verwijst naar 1048577:1048577, buiten het raster van Excel/u);
  });

  it('refuses a case file over the size limit', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'dossiers.csv'), `gi,client_id,maatregel,startdatum\r\n${'Jeugdbescherming Noord,K-1,OTS,2022-01-01\r\n'.repeat(30_000)}`);
    const r = await runCli(['compute', dir, '--peildatum', '2022-12-01', '--max-file-mb', '1']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('dossiers.csv: Het bestand is 1,2 MB, meer dan de grens van 1 MB (--max-file-mb).');
  });
});
