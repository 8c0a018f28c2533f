import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inflateRawChunks } from '../../src/files/inflate.js';
import { DEFAULT_LIMITS } from '../../src/read/limits.js';
import { readInput } from '../../src/read/inputs.js';
import { readXlsx } from '../../src/read/xlsx.js';
import { REPORT_MARK } from '../../src/domain/model.js';
import ExcelJS from 'exceljs';
import { WorkbookScan } from '../../src/read/xml-scan.js';
import { inspectZip, type ReadMode } from '../../src/read/zip-guard.js';
import { FIXTURES } from '../helpers.js';
import { editPart, makeZip, workbookParts, type ZipInput } from '../support/zip.js';

const FORM = readFileSync(path.join(FIXTURES, 'nulmeting-2022-12-01', 'jb-noord.xlsx'));
const SHEET = 'xl/worksheets/sheet1.xml';
const parts = await workbookParts(FORM);

const inspect = (zip: Buffer, mode: ReadMode = 'whole', limits = DEFAULT_LIMITS) => inspectZip(zip, limits, inflateRawChunks, mode);
/** The form with its first sheet's XML changed. */
const sheetEdit = (edit: (xml: string) => string): Buffer => makeZip(editPart(parts, SHEET, edit));
const withMerge = (ref: string) => sheetEdit((x) => x.replace('</sheetData>', `</sheetData><mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`));
const withValue = (cell: string, v: string, t?: string) => sheetEdit((x) => x.replace(new RegExp(`<c r="${cell}"([^>]*)><v>[^<]*</v>`, 'u'), (_, attrs: string) => `<c r="${cell}"${attrs}${t ? ` t="${t}"` : ''}><v>${v}</v>`));

describe('zip pre-pass: references, merges and sizes exceljs would allocate', () => {
  it.each([
    ['a merge over most of the grid', withMerge('D1:XFD1048576'), { type: 'limit/merged-cells', sheet: 'Uitvraag' }],
    ['a merge beyond the last row', withMerge('A1:A1048577'), { type: 'sheet/bad-reference', params: { problem: 'grid' } }],
    ['a row number beyond the grid', sheetEdit((x) => x.replace('<row r="17"', '<row r="300000000"')), { type: 'sheet/bad-reference', sheet: 'Uitvraag', params: { ref: '300000000:300000000' } }],
    ['a cell beyond the grid', sheetEdit((x) => x.replace('<c r="B8"', '<c r="A99999999"')), { type: 'sheet/bad-reference', params: { ref: 'A99999999', problem: 'grid' } }],
    ['a column beyond XFD', sheetEdit((x) => x.replace('<c r="B8"', '<c r="XFE8"')), { type: 'sheet/bad-reference', params: { ref: 'XFE8' } }],
    ['a dimension beyond the grid', sheetEdit((x) => x.replace('<dimension ref="A1:B17"/>', '<dimension ref="A1:B99999999"/>')), { type: 'sheet/bad-reference' }],
    ['a column range beyond XFD', sheetEdit((x) => x.replace('<col min="2" max="2"', '<col min="2" max="999999999"')), { type: 'sheet/bad-reference' }],
    ['rows out of order', sheetEdit((x) => x.replace('<row r="6"', '<row r="4"').replace('<c r="A6"', '<c r="A4"').replace('<c r="B6"', '<c r="B4"')), { type: 'sheet/bad-reference', params: { problem: 'order' } }],
    ['a cell repeated in its row', sheetEdit((x) => x.replace('<c r="B8"', '<c r="A8"')), { type: 'sheet/bad-reference', params: { ref: 'A8', problem: 'order' } }],
    ['a row number above the submission limit', sheetEdit((x) => x.replace('<row r="17"', '<row r="1001"').replace(/r="([A-Z])17"/gu, 'r="$11001"')), { type: 'limit/rows', params: { limit: 1000 } }],
    ['a DOCTYPE', sheetEdit((x) => x.replace('<worksheet', '<!DOCTYPE worksheet><worksheet')), { type: 'file/corrupt' }],
  ])('%s', async (_, zip, expected) => {
    expect(await inspect(zip)).toMatchObject({ ok: false, ...expected });
  });

  it('counts the cells of a workbook against the budget of a submission (100 per allowed row)', async () => {
    const row = (r: number) => `<row r="${r}">${Array.from({ length: 100 }, (_, c) => `<c r="${String.fromCharCode(65 + Math.floor(c / 26))}${String.fromCharCode(65 + (c % 26))}${r}"><v>1</v></c>`).join('')}</row>`;
    const zip = makeZip([{ name: SHEET, data: Buffer.from(`<worksheet><sheetData>${Array.from({ length: 12 }, (_, i) => row(i + 1)).join('')}</sheetData></worksheet>`) }]);
    expect(await inspect(zip, 'whole', { ...DEFAULT_LIMITS, maxRows: 12 })).toMatchObject({ ok: false, type: 'limit/cells', params: { limit: 1200 } });
    expect(await inspect(zip, 'whole', { ...DEFAULT_LIMITS, maxRows: 13 })).toMatchObject({ ok: true });
    expect(await inspect(zip, 'streamed')).toMatchObject({ ok: true });
  });

  it('passes the fixtures as they are, with their sheet names resolved', async () => {
    expect(await inspect(makeZip(parts))).toMatchObject({ ok: true });
    // A merge of a title row is ordinary.
    expect(await inspect(withMerge('A1:B1'))).toMatchObject({ ok: true });
  });

  it('gives the same verdict however the XML is cut into chunks', () => {
    const xml = '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" x=\'a>b\'><v> 283abc</v></c></row></sheetData></worksheet>';
    for (let size = 1; size <= xml.length; size++) {
      const scan = new WorkbookScan({ maxRows: 10, maxCells: null, isoDates: 'read' });
      const part = scan.part(SHEET);
      for (let i = 0; i < xml.length && part.feed(xml.slice(i, i + size)); i += size);
      expect(scan.refusal, `chunks of ${size}`).toEqual({ type: 'garbled', part: SHEET, cell: 'B1', text: ' 283abc', stored: 'number' });
    }
  });
});

describe('zip pre-pass: cell values exceljs would misread', () => {
  it.each([
    ['0x222', 'number'], ['283abc', 'number'], [' 154.6e0xyz', 'number'], ['1e400', 'number'], ['INF', 'number'], ['NaN', 'number'], [' ', 'number'],
  ])('a number cell holding "%s" is refused with the text as written', async (text, stored) => {
    expect(await inspect(withValue('B6', text))).toMatchObject({ ok: false, type: 'cell/garbled-value', sheet: 'Uitvraag', cell: 'B6', value: text, params: { stored } });
  });

  it.each([[' 154.6 '], ['1.546E2'], ['+154.6'], ['1546e-1']])('a number cell holding "%s" (valid XML Schema) passes', async (text) => {
    expect(await inspect(withValue('B6', text))).toMatchObject({ ok: true });
  });

  it.each([
    ['false', 'b', 'boolean'], ['2', 'b', 'boolean'], ['1x', 's', 'shared-string'], ['1-12-2022', 'd', 'date'], ['2022-12-01T13:45:00Z', 'd', 'date'], ['2022-02-30', 'd', 'date'],
  ])('"%s" in a cell of type %s is refused', async (text, t, stored) => {
    expect(await inspect(withValue('B6', text, t))).toMatchObject({ ok: false, type: 'cell/garbled-value', cell: 'B6', params: { stored } });
  });

  // exceljs joins the values of a cell (60 and 0 become 600), and a phonetic guide inside a cell's
  // text made it drop the rest of the sheet: both gave other figures with exit 0.
  const cellB12 = (body: string, t = '') => sheetEdit((x) => x.replace(/<c r="B12"([^>]*)><v>60<\/v>/u, (_, attrs: string) => `<c r="B12"${attrs}${t}>${body}`));
  it.each([
    ['two values', cellB12('<v>60</v><v>0</v>'), '60 + 0'],
    ['a value and inline text', cellB12('<v>60</v><is><t>0</t></is>'), '60 + <is>'],
    ['inline text in a cell not typed so', cellB12('<is><t>60</t></is>'), '<is>'],
    ['a phonetic guide in inline text', cellB12('<is><t>60</t><rPh sb="0" eb="1"><t>0</t></rPh></is>', ' t="inlineStr"'), '<rPh>'],
    ['phonetic properties in inline text', cellB12('<is><t>60</t><phoneticPr fontId="1"/></is>', ' t="inlineStr"'), '<phoneticPr>'],
  ])('a cell built as Excel never builds one (%s) is refused at its place', async (_what, zip, text) => {
    expect(await inspect(zip)).toMatchObject({ ok: false, type: 'cell/garbled-value', cell: 'B12', value: text, params: { stored: 'structure' } });
  });

  it.each([
    ['rich text runs', cellB12('<is><r><t>6</t></r><r><t>0</t></r></is>', ' t="inlineStr"')],
    ['a formula after its value', cellB12('<v>60</v><f>A1</f>')],
    ['the sheet\'s own phonetic properties', sheetEdit((x) => x.replace('</sheetData>', '</sheetData><phoneticPr fontId="1" type="noConversion"/>'))],
  ])('%s: read as Excel shows it', async (_what, zip) => {
    expect(await inspect(zip)).toMatchObject({ ok: true });
  });

  it.each([
    ['in another folder', 'sheets/a.xml', 'xl/sheets/a.xml'],
    ['outside xl/, a stale sheet1.xml left beside it', '/data/s.xml', 'xl//data/s.xml'],
  ])('a sheet stored %s is refused, naming its part (exceljs would miss it or read another)', async (_what, target, part) => {
    const moved = editPart(parts, 'xl/_rels/workbook.xml.rels', (x) => x.replace('worksheets/sheet1.xml', target));
    const zip = makeZip([...moved, ...moved.filter((p) => p.name === SHEET).map((p) => ({ ...p, name: part.replace('xl//', '').replace(/^xl\/sheets/u, 'xl/sheets') }))]);
    expect(await inspect(zip)).toMatchObject({ ok: false, type: 'file/unsafe-zip', params: { part, problem: 'sheet-elsewhere' } });
  });

  it('reads a t="d" cell as the day it names (exceljs alone makes 2022-12-01 into 1905-07-14)', async () => {
    const zip = withValue('B5', '2022-12-01T00:00:00Z', 'd');
    const verdict = await inspect(zip);
    if (!verdict.ok) throw new Error(verdict.type);
    expect(verdict.dates.get('Uitvraag')?.get('B5')).toBe('2022-12-01');
    const wb = await readXlsx(zip, 'gi.xlsx', verdict.dates);
    expect(wb.sheets[0]?.rows[4]?.find((c) => c.col === 2)?.value).toEqual({ kind: 'date', iso: '2022-12-01' });
    expect(await inspect(zip, 'streamed')).toMatchObject({ ok: false, type: 'cell/garbled-value', params: { stored: 'streamed-date' } });
  });
});

describe('zip pre-pass: defined names and data validations are never expanded', () => {
  const workbook = (names: string) => makeZip(editPart(parts, 'xl/workbook.xml', (x) => x.replace('</sheets>', `</sheets><definedNames>${names}</definedNames>`)));

  it('loads a workbook whose defined name covers the whole grid at once, print titles and filters included', async () => {
    const zip = workbook('<definedName name="alles">Uitvraag!$A$1:$XFD$1048576</definedName><definedName name="_xlnm.Print_Titles" localSheetId="0">Uitvraag!$1:$3,Uitvraag!$A:$B</definedName><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Uitvraag!$A$4:$B$17</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">Uitvraag!$A$1:$B$17</definedName>');
    expect(await inspect(zip)).toMatchObject({ ok: true });
    const started = Date.now();
    const wb = await readXlsx(zip, 'gi.xlsx');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(wb.sheets[0]?.rows[5]?.find((c) => c.col === 2)?.value).toMatchObject({ kind: 'number', number: 154.6 });
  });

  it('loads a workbook with a data validation over the whole grid at once', async () => {
    const zip = sheetEdit((x) => x.replace('</sheetData>', '</sheetData><dataValidations count="1"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations>'));
    const started = Date.now();
    await readXlsx(zip, 'gi.xlsx');
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('zip pre-pass: the zip structure every reader must agree on', () => {
  const sheet = parts.find((p) => p.name === SHEET) as ZipInput;
  const renamed = (name: string) => makeZip(parts.map((p) => (p.name === SHEET ? { ...p, name } : p)));

  it.each([
    ['a leading slash', renamed('/xl/worksheets/sheet1.xml'), 'name'],
    ['a .. segment', renamed('xl/../xl/worksheets/sheet1.xml'), 'name'],
    ['a backslash', renamed('xl\\worksheets\\sheet1.xml'), 'name'],
    ['an empty segment', renamed('xl//worksheets/sheet1.xml'), 'name'],
    ['a control character', renamed('xl/worksheets/sheet1.xml\u0000'), 'name'],
    ['a duplicate part', makeZip([...parts, sheet]), 'duplicate'],
    ['a duplicate part in other case', makeZip([...parts, { ...sheet, name: 'XL/Worksheets/Sheet1.xml' }]), 'duplicate'],
    ['a part present only in the local headers', makeZip([...parts, { name: 'xl/worksheets/sheet9.xml', data: sheet.data, localOnly: true }]), 'local-entries'],
  ])('refuses %s', async (_, zip, problem) => {
    expect(await inspect(zip)).toMatchObject({ ok: false, type: 'file/unsafe-zip', params: { problem } });
  });

  it('refuses bytes before the first entry and a central directory that points elsewhere', async () => {
    expect(await inspect(Buffer.concat([Buffer.from('MZ junk'), makeZip(parts)]))).toMatchObject({ ok: false });
  });

  it('counts rows in a worksheet part wherever exceljs would find one', async () => {
    const rows = `<worksheet><sheetData>${Array.from({ length: 1001 }, (_, i) => `<row r="${i + 1}"/>`).join('')}</sheetData></worksheet>`;
    const zip = makeZip([...parts, { name: 'extra/xl/worksheets/sheet7.xml', data: Buffer.from(rows) }]);
    expect(await inspect(zip)).toMatchObject({ ok: false, type: 'limit/rows', params: { part: 'extra/xl/worksheets/sheet7.xml' } });
  });
});

describe('the submission row limit and jbmonitor\'s own reports', () => {
  const workbook = async (keywords: string) => {
    const wb = new ExcelJS.Workbook();
    wb.keywords = keywords;
    const ws = wb.addWorksheet('Meldingen');
    for (let r = 1; r <= 1_500; r++) ws.addRow([`melding ${r}`]);
    return Buffer.from(await wb.xlsx.writeBuffer());
  };

  it('refuses a submission sheet of 1,500 rows, but still recognises (and skips) an own report that long', async () => {
    const submission = await readInput(await workbook(''), 'gi.xlsx', 'h', DEFAULT_LIMITS, inflateRawChunks);
    expect(submission.issues).toMatchObject([{ type: 'limit/rows', sheet: 'Meldingen', params: { limit: 1000 } }]);
    const report = await readInput(await workbook(REPORT_MARK), 'rapport.xlsx', 'h', DEFAULT_LIMITS, inflateRawChunks);
    expect(report).toMatchObject({ ownReport: true, issues: [{ type: 'file/own-report' }] });
  });
});
