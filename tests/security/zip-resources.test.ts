import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/domain/model.js';
import { FIXTURES } from '../helpers.js';
import { runWithResources } from '../support/resource-run.js';
import { editPart, makeZip, styledRowsXml, workbookParts } from '../support/zip.js';

/**
 * The tiny workbooks that once blew exceljs up (merges, defined names and row numbers it
 * allocates while loading; parts named so that the row guard missed them; entries only a
 * streaming reader sees), run through the real CLI with a small heap: each ends at once, in
 * bounded memory, with the right figures or a located error.
 */
const FORM = path.join(FIXTURES, 'nulmeting-2022-12-01', 'jb-noord.xlsx');
const CASES = path.join(FIXTURES, 'cases-2022-12-01', 'leger-des-heils.xlsx');
const SHEET = 'xl/worksheets/sheet1.xml';

function dirWith(name: string, bytes: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'jbm-zipres-'));
  writeFileSync(path.join(dir, name), bytes);
  return dir;
}

const form = await workbookParts(readFileSync(FORM));
const cases = await workbookParts(readFileSync(CASES));
const sheetEdit = (edit: (xml: string) => string) => makeZip(editPart(form, SHEET, edit));

describe('hostile workbooks through the real CLI, in bounded memory', () => {
  // The first run compiles the CLI: not part of any case's time.
  beforeAll(() => runWithResources(['--version']), 180_000);

  it.each([
    ['a merge over most of the grid', sheetEdit((x) => x.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="D1:XFD1048576"/></mergeCells>')), /gi\.xlsx › Uitvraag: Een werkblad \(xl\/worksheets\/sheet1\.xml\) voegt ten minste 17\.176\.723\.456 cellen samen/u],
    ['a row numbered 300,000,000', sheetEdit((x) => x.replace('<row r="17"', '<row r="300000000"')), /gi\.xlsx › Uitvraag: Het werkblad \(xl\/worksheets\/sheet1\.xml\) verwijst naar 300000000:300000000, buiten het raster van Excel/u],
    ['a sheet stored under a leading slash, full of rows', makeZip([...form.filter((p) => p.name !== SHEET), { name: `/${SHEET}`, data: Buffer.concat([Buffer.from('<worksheet><sheetData>'), styledRowsXml(5_000), Buffer.from('</sheetData></worksheet>')]) }]), /gi\.xlsx: Het werkboek bevat een onderdeel met een naam die niet eenduidig is \(\/xl\/worksheets\/sheet1\.xml/u],
  ])('%s: exit 1 with a located error', async (_, bytes, message) => {
    const r = await runWithResources(['compute', dirWith('gi.xlsx', bytes), '--max-rows', '100']);
    expect(r.exitCode, r.stderr).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.peakMb).toBeLessThan(400);
  });

  it('a defined name over the whole grid: dropped, the same figures as the clean workbook', async () => {
    const hostile = makeZip(editPart(form, 'xl/workbook.xml', (x) => x.replace('</sheets>', '</sheets><definedNames><definedName name="alles">Uitvraag!$A$1:$XFD$1048576</definedName></definedNames>')));
    const r = await runWithResources(['compute', '.', '--format', 'json', '--peildatum', '2022-12-01'], { cwd: dirWith('gi.xlsx', hostile) });
    expect(r.exitCode, r.stderr).toBe(0);
    // The clean workbook's own figures (fixtures/nulmeting-2022-12-01/jb-noord.xlsx).
    const gi = (JSON.parse(r.stdout) as Report).rounds[0]?.gis.find((g) => g.gi === 'Jeugdbescherming Noord');
    expect([gi?.indicators.formatie_fte?.value, gi?.indicators.ots?.value, gi?.indicators.maatregelen_totaal?.value]).toEqual([154.6, 1194, 2023]);
    expect(r.peakMb).toBeLessThan(400);
  });

  it('a case register with a sheet only the streaming reader would see: exit 1, never other counts', async () => {
    const sheet = cases.find((p) => p.name === SHEET)?.data ?? Buffer.alloc(0);
    const hostile = makeZip([...cases, { name: 'xl/worksheets/sheet2.xml', data: sheet, localOnly: true }]);
    const r = await runWithResources(['compute', dirWith('dossiers.xlsx', hostile), '--peildatum', '2022-12-01']);
    expect(r.exitCode, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/dossiers\.xlsx: De inhoud van het zip-bestand klopt niet met zijn inhoudsopgave \(bij xl\/worksheets\/sheet2\.xml\)/u);
    expect(r.peakMb).toBeLessThan(400);
  });
});
