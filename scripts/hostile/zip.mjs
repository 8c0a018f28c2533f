// Hostile workbooks at the sizes that once crashed or hung jbmonitor: tiny files whose XML makes
// exceljs allocate billions of cells (merges, defined names, row numbers), a sheet stored under a
// leading slash that the row guard missed, and a case register with entries only the streaming
// reader saw. tests/security/zip-resources.test.ts builds the same at a small scale.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const FORM = path.join(ROOT, 'fixtures', 'nulmeting-2022-12-01', 'jb-noord.xlsx');
const CASES = path.join(ROOT, 'fixtures', 'cases-2022-12-01', 'leger-des-heils.xlsx');
const SHEET = 'xl/worksheets/sheet1.xml';

async function partsOf(file) {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return Promise.all(Object.values(zip.files).filter((f) => !f.dir).map(async (f) => ({ name: f.name, data: await f.async('nodebuffer') })));
}

/** A zip of the parts; a part with `localOnly` is left out of the central directory. */
function zip(parts) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const body = deflateRawSync(p.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(p.data), 14); local.writeUInt32LE(body.length, 18); local.writeUInt32LE(p.data.length, 22); local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(p.data), 16); central.writeUInt32LE(body.length, 20); central.writeUInt32LE(p.data.length, 24);
    central.writeUInt16LE(name.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    if (!p.localOnly) centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  const listed = parts.filter((p) => !p.localOnly).length;
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(listed, 8); end.writeUInt16LE(listed, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const edit = (parts, name, fn) => parts.map((p) => (p.name === name ? { ...p, data: Buffer.from(fn(p.data.toString('utf8')), 'utf8') } : p));

/** The uitvraag form with one part changed, written as gi.xlsx; the arguments to run it. */
function formCase(name, exit, change) {
  return {
    name, exit,
    async make(dir) {
      writeFileSync(path.join(dir, 'gi.xlsx'), zip(change(await partsOf(FORM))));
      return ['compute', dir];
    },
  };
}

const merge = (ref) => (parts) => edit(parts, SHEET, (x) => x.replace('</sheetData>', `</sheetData><mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`));
const definedName = (ref) => (parts) => edit(parts, 'xl/workbook.xml', (x) => x.replace('</sheets>', `</sheets><definedNames><definedName name="alles">Uitvraag!${ref}</definedName></definedNames>`));
const rowNumber = (r) => (parts) => edit(parts, SHEET, (x) => x.replace('<row r="17"', `<row r="${r}"`));

/** `count` empty formatted rows, as Excel writes them, in chunks. */
function styledRows(count) {
  const chunks = [Buffer.from('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')];
  let text = '';
  for (let r = 1; r <= count; r++) {
    text += `<row r="${r}" s="1" customFormat="1"/>`;
    if (text.length > 1 << 20) { chunks.push(Buffer.from(text)); text = ''; }
  }
  chunks.push(Buffer.from(`${text}</sheetData></worksheet>`));
  return Buffer.concat(chunks);
}

/** Case rows (one measure each) numbered from `first`, copied from the register's own row 4. */
function caseRows(count, first) {
  const chunks = [Buffer.from('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')];
  let text = '';
  for (let r = first; r < first + count; r++) {
    text += `<row r="${r}"><c r="A${r}" t="s"><v>8</v></c><c r="B${r}" t="s"><v>9</v></c><c r="C${r}" t="s"><v>10</v></c><c r="D${r}" s="1"><v>43245</v></c></row>`;
    if (text.length > 1 << 20) { chunks.push(Buffer.from(text)); text = ''; }
  }
  chunks.push(Buffer.from(`${text}</sheetData></worksheet>`));
  return Buffer.concat(chunks);
}

export const cases = [
  formCase('zip: merge D1:XFD1048576 (1.5 KB)', 1, merge('D1:XFD1048576')),
  formCase('zip: defined name $A$1:$XFD$1048576 (dropped)', 0, definedName('$A$1:$XFD$1048576')),
  formCase('zip: defined name $A$1:$Z$1048576 (dropped)', 0, definedName('$A$1:$Z$1048576')),
  formCase('zip: row r="300000000"', 1, rowNumber(300_000_000)),
  formCase('zip: row r="100000000"', 1, rowNumber(100_000_000)),
  formCase('zip: 4.5M formatted rows under /xl/worksheets/sheet1.xml', 1, (parts) => [
    ...parts.filter((p) => p.name !== SHEET), { name: `/${SHEET}`, data: styledRows(4_500_000) },
  ]),
  {
    name: 'zip: case register with 1,100,000 rows in local-only entries',
    exit: 1,
    async make(dir) {
      const parts = await partsOf(CASES);
      writeFileSync(path.join(dir, 'dossiers.xlsx'), zip([...parts, { name: 'xl/worksheets/sheet2.xml', data: caseRows(1_100_000, 1), localOnly: true }]));
      return ['compute', dir, '--peildatum', '2022-12-01'];
    },
  },
];
