// Writes fixtures/cases-2022-12-01/: case-level registers (one row per measure, pseudonymised)
// for the nulmeting round, one file per GI, deterministic (seeded PRNG; the one workbook is
// re-zipped with fixed dates). Their derived figures on 1 December 2022 equal the aggregate
// fixture fixtures/nulmeting-2022-12-01 (scripts/make-fixtures.mjs): the same OTS / voogdij / JR
// counts per GI, the same waiting counts where a GI delivered them, the same mean waiting days
// where a GI delivered those (elsewhere means near the national ones, 29 and 46 days).
// A GI that did not deliver a waiting list has no column for it.
// Run: `node scripts/make-case-fixtures.mjs`.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { caseRows, day, dutchDate, iso, prng } from './case-data.mjs';

const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'fixtures', 'cases-2022-12-01');
mkdirSync(root, { recursive: true });
const P = day('2022-12-01');

// file, name as written, ots, voogdij, jr, wachtlijst_start, interne, wachtdagen_start, wachtdagen_intern, style
const GIS = [
  ['jb-noord.csv', 'JB Noord', 1194, 546, 283, 60, 90, 21, 38, 'nl'],
  ['rbv.csv', 'Regiecentrum Bescherming en Veiligheid', 647, 302, 130, 18, null, 14, null, 'nl'],
  ['jb-overijssel.csv', 'Jeugdbescherming Overijssel', 1271, 570, 351, 48, null, null, null, 'keys'],
  ['jb-gelderland.csv', 'Jeugdbescherming Gelderland', 2139, 1042, 529, 95, 160, 32, 45, 'nl'],
  ['svmn.csv', 'Samen Veilig Midden-Nederland', 1956, 913, 503, 80, 130, 27, 41, 'keys'],
  ['jbra.csv', 'Jeugdbescherming Regio Amsterdam', 1700, 850, 485, 72, 95, null, null, 'cp1252'],
  ['jgb.csv', 'De Jeugd- & Gezinsbeschermers', 1492, 658, 379, 55, 85, null, null, 'nl'],
  ['jb-west.csv', 'Jeugdbescherming west', 2861, 1324, 705, 120, 210, 35, 52, 'keys'],
  ['jbrr.csv', 'Jeugdbescherming Rotterdam Rijnmond', 1826, 833, 545, 88, 140, null, null, 'nl'],
  ['jb-brabant.csv', 'Jeugdbescherming Brabant', 2313, 1047, 518, 126, 150, null, null, 'keys'],
  ['jb-limburg.csv', 'Jeugdbescherming Limburg', 1173, 566, 284, null, 70, null, null, 'nl'],
  ['wss.csv', 'William Schrikker Stichting', 836, 405, 108, null, 60, null, null, 'keys'],
  ['leger-des-heils.xlsx', 'Leger des Heils Jeugdbescherming & Reclassering', 230, 86, 259, null, 20, null, null, 'xlsx'],
];

const NL_HEADERS = ['Naam GI', 'Cliëntnummer', 'Maatregel', 'Startdatum', 'Einddatum', 'Toewijzingsdatum', 'Interne wachtlijst sinds', 'Interne wachtlijst tot'];
const KEYS = ['gi', 'client_id', 'maatregel', 'startdatum', 'einddatum', 'toewijzingsdatum', 'interne_wachtlijst_sinds', 'interne_wachtlijst_tot'];
const FIELDS = [null, 'client', 'type', 'start', 'end', 'assigned', 'since', 'until'];

function columnsFor(ws, wi) {
  return KEYS.map((_, i) => i).filter((i) => (i !== 5 || ws !== null) && (i < 6 || wi !== null));
}

async function deterministicXlsx(wb) {
  const fixed = new Date(Date.UTC(2023, 0, 1));
  wb.created = fixed;
  wb.modified = fixed;
  const buffer = await wb.xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(buffer);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : 1));
  const out = new JSZip();
  for (const name of names) out.file(name, await zip.file(name).async('uint8array'), { date: fixed, createFolders: false });
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
}

let seed = 20221201;
for (const [file, name, ots, voogdij, jr, ws, wi, wds, wdi, style] of GIS) {
  const rand = prng(seed++);
  const rows = caseRows(rand, P, { ots, voogdij, jr, ws, wi, wds, wdi }, `K${file.slice(0, 3).toUpperCase()}`);
  const cols = columnsFor(ws, wi);
  if (style === 'xlsx') {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Dossiers');
    sheet.getCell('A1').value = `Dossieroverzicht ${name}, peildatum 1 december 2022`;
    sheet.getRow(3).values = cols.map((i) => NL_HEADERS[i]);
    rows.forEach((r, k) => {
      const row = sheet.getRow(4 + k);
      cols.forEach((i, c) => {
        const f = FIELDS[i];
        const v = f === null ? name : r[f];
        if (v === null) return;
        if (typeof v === 'number') {
          row.getCell(c + 1).value = new Date(v * 86_400_000);
          row.getCell(c + 1).numFmt = 'dd-mm-yyyy';
        } else {
          row.getCell(c + 1).value = v;
        }
      });
    });
    writeFileSync(path.join(root, file), await deterministicXlsx(wb));
    continue;
  }
  const dutch = style !== 'keys';
  const sep = dutch ? ';' : ',';
  const date = dutch ? dutchDate : iso;
  const header = cols.map((i) => (dutch ? NL_HEADERS[i] : KEYS[i]));
  const lines = [header.join(sep)];
  for (const r of rows) {
    lines.push(cols.map((i) => {
      const f = FIELDS[i];
      const v = f === null ? name : r[f];
      return v === null ? '' : typeof v === 'number' ? date(v) : v;
    }).join(sep));
  }
  const text = lines.join(dutch ? '\r\n' : '\n') + (dutch ? '\r\n' : '\n');
  writeFileSync(path.join(root, file), style === 'cp1252' ? Buffer.from(text, 'latin1') : Buffer.from(text, 'utf8'));
}
console.log(`case fixtures written to ${root}`);
