// Writes the input corpus of issue 3: fixtures/input-*/ (accepted variants, each a twin of
// fixtures/input-clean/), fixtures/refuse-*/ (files that must be refused) and fixtures/plausibility-*/.
// Run once: `node scripts/make-input-fixtures.mjs`; the files are committed as written (exceljs
// output is not byte-reproducible, so re-running changes the xlsx bytes but not their content).
import ExcelJS from 'exceljs';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FIXTURES = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'fixtures');

// ------------------------------------------------------------------ the data of the twins
/** Three GIs, peildatum 1 December 2022. Every accepted variant carries exactly these figures. */
const A = { gi: 'Jeugdbescherming Noord', formatie_fte: 154.6, beschikbaarheid: 0.812, ots: 1194, voogdij: 546, jr: 283, maatregelen_totaal: 2023, wachtlijst_start: 60, wachtdagen_start: 21, interne_wachtlijst: 90, wachtdagen_intern: 38, personeelsverloop: 0.158, ziekteverzuim: 0.072 };
const B = { gi: 'Jeugdbescherming Gelderland', formatie_fte: 1274.5, beschikbare_fte: 1013.3, ots: 9139, voogdij: 4042, jr: 2529, maatregelen_totaal: 15710, wachtlijst_start: 95, wachtdagen_start: 32, interne_wachtlijst: 160, wachtdagen_intern: 45, personeelsverloop: 0.183, ziekteverzuim: 0.079 };
const C = { gi: 'Jeugdbescherming Limburg', formatie_fte: 157.9, beschikbaarheid: 0.8, ots: 1173, voogdij: 566, jr: 284, interne_wachtlijst: 70 };
const TWINS = [A, B, C];

/** Form order and Dutch labels (with unit), as on the uitvraag. */
const FIELDS = [
  ['formatie_fte', 'Formatie jeugdbeschermers (fte)'],
  ['beschikbaarheid', 'Beschikbaarheid (%)'],
  ['beschikbare_fte', 'Beschikbare formatie (fte)'],
  ['ots', 'Aantal ondertoezichtstellingen'],
  ['voogdij', 'Aantal voogdijmaatregelen'],
  ['jr', 'Aantal jeugdreclasseringsmaatregelen'],
  ['maatregelen_totaal', 'Totaal aantal maatregelen'],
  ['wachtlijst_start', 'Kinderen niet binnen 5 dagen toegewezen'],
  ['wachtdagen_start', 'Gemiddelde wachttijd bij start (dagen)'],
  ['interne_wachtlijst', 'Kinderen op interne wachtlijst'],
  ['wachtdagen_intern', 'Gemiddelde wachttijd interne wachtlijst (dagen)'],
  ['personeelsverloop', 'Personeelsverloop (%)'],
  ['ziekteverzuim', 'Ziekteverzuim (%)'],
];
const KEYS = FIELDS.map(([k]) => k);
const LABEL = Object.fromEntries(FIELDS);
const PERCENT = new Set(['beschikbaarheid', 'personeelsverloop', 'ziekteverzuim']);
const PEILDATUM = new Date(Date.UTC(2022, 11, 1));

// ------------------------------------------------------------------ writers
function folder(name) {
  const dir = path.join(FIXTURES, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

const pct10 = (v) => Math.round(v * 1000) / 10; // 0.812 → 81.2
const nl = (n) => n.toLocaleString('nl-NL', { maximumFractionDigits: 3 });
const nlPlain = (n) => String(n).replace('.', ',');
const en = (n) => n.toLocaleString('en-GB', { maximumFractionDigits: 3 });

/** How each value is written in a text file (csv), per key. */
function dutchText(key, v, percentStyle = 'sign') {
  if (v === undefined || v === null) return '';
  if (PERCENT.has(key)) {
    if (percentStyle === 'sign') return `${nlPlain(pct10(v))}%`;
    if (percentStyle === 'space') return `${nlPlain(pct10(v))} %`;
    if (percentStyle === 'decimal') return `${pct10(v).toFixed(1).replace('.', ',')}%`;
    if (percentStyle === 'fraction') return nlPlain(v);
    if (percentStyle === 'bare') return nlPlain(pct10(v));
  }
  return nl(v);
}

function writeCsv(file, rows, { delimiter = ';', encoding = 'utf-8', bom = false, eol = '\n' } = {}) {
  const quote = (s) => (/[";,\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s);
  const text = rows.map((r) => r.map((c) => quote(String(c ?? ''))).join(delimiter)).join(eol) + eol;
  const bytes = encoding === 'windows-1252' ? Buffer.from(text, 'latin1') : Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8');
  writeFileSync(file, bytes);
}

/** A CSV form: title, GI, peildatum, then label;value per field. */
function csvForm(file, g, { peildatum = '1-12-2022', percentStyle = 'sign', ...csv } = {}) {
  const rows = [['Uitvraag Monitor jeugdbescherming', ''], ['', ''], ['Naam GI', g.gi], ['Peildatum', peildatum]];
  for (const k of KEYS) if (g[k] !== undefined) rows.push([LABEL[k], dutchText(k, g[k], percentStyle)]);
  writeCsv(file, rows, csv);
}

/** A CSV table: one header row, one row per GI. */
function csvTable(file, gis, { text = dutchText, header = ['Naam GI', 'Peildatum', ...KEYS.map((k) => LABEL[k])], date = '1-12-2022', titleRows = [], ...csv } = {}) {
  const withDate = header.length === KEYS.length + 2;
  const rows = [...titleRows, header, ...gis.map((g) => [g.gi, ...(withDate ? [date] : []), ...KEYS.map((k) => text(k, g[k]))])];
  writeCsv(file, rows, csv);
}

/**
 * An xlsx form: title rows, GI and peildatum, label | value per field. Numbers are number cells;
 * percentages percent-formatted unless `percentText` writes them as text.
 */
async function xlsxForm(file, g, o = {}) {
  const wb = new ExcelJS.Workbook();
  if (o.date1904) wb.properties.date1904 = true;
  if (o.instructionsFirst) wb.addWorksheet('Instructies').getCell('A1').value = 'Vul het tabblad Uitvraag in.';
  const ws = wb.addWorksheet(o.sheet ?? 'Uitvraag');
  const col = o.startCol ?? 1;
  // mergeLabels: each label spans two merged columns, the value sits in the third.
  const cell = (r, c) => ws.getCell(r, col + (o.mergeLabels && c > 0 ? c + 1 : c));
  const label = (r) => { if (o.mergeLabels) ws.mergeCells(r, col, r, col + 1); return cell(r, 0); };
  cell(1, 0).value = 'Uitvraag Monitor jeugdbescherming';
  if (o.mergeTitle) ws.mergeCells(1, col, 1, col + 2);
  cell(2, 0).value = 'In te vullen door de GI';
  let r = o.firstRow ?? 4;
  const gap = o.emptyRows ? 2 : 1;
  label(r).value = 'Naam GI';
  cell(r, 1).value = o.giName ?? g.gi;
  r += gap;
  label(r).value = 'Peildatum';
  cell(r, 1).value = o.peildatum ?? PEILDATUM;
  if (o.peildatum === undefined) cell(r, 1).numFmt = 'd-m-yyyy';
  r += gap;
  for (const k of KEYS) {
    const v = o.override?.[k] !== undefined ? o.override[k] : g[k];
    if (v === undefined) continue;
    label(r).value = LABEL[k];
    const target = cell(r, 1);
    if (o.formulaTotal && k === 'maatregelen_totaal') {
      target.value = { formula: `SUM(${target.address.replace(/\d+$/u, '')}${r - 3}:${target.address.replace(/\d+$/u, '')}${r - 1})`, ...(o.formulaTotal === 'no-result' ? {} : { result: v }) };
    } else if (typeof v === 'string') {
      target.value = v;
    } else {
      target.value = v;
      if (PERCENT.has(k)) target.numFmt = '0.0%';
    }
    r += gap;
  }
  if (o.note) cell(r + 1, 0).value = o.note;
  if (o.instructions) wb.addWorksheet('Instructies').getCell('A1').value = 'Vul het tabblad Uitvraag in. Laat velden leeg als u het cijfer niet kunt leveren.';
  if (o.hiddenLists) {
    const lists = wb.addWorksheet('Lijsten', { state: 'hidden' });
    TWINS.forEach((x, i) => { lists.getCell(i + 1, 1).value = x.gi; });
  }
  if (o.notesSheet) wb.addWorksheet('Toelichting').getCell('B3').value = 'Cijfers volgens eigen registratie.';
  await wb.xlsx.writeFile(file);
}

/** An xlsx table: optional title rows and Peildatum label above the header, a Totaal row. */
async function xlsxTable(file, gis, o = {}) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(o.sheet ?? 'Overzicht');
  ws.getCell('A1').value = 'Monitor jeugdbescherming — aanlevering';
  let r = 2;
  if (o.peildatumLabel) {
    ws.getCell('A2').value = 'Peildatum';
    ws.getCell('B2').value = o.peildatumLabel;
    r = 4;
  }
  const keys = KEYS;
  const header = ['Naam GI', ...(o.dateColumn ? ['Peildatum'] : []), ...keys.map((k) => LABEL[k]), ...(o.extraColumn ? [o.extraColumn] : [])];
  ws.getRow(r).values = header;
  const headerRow = r;
  r++;
  const sums = {};
  for (const g of gis) {
    const row = ws.getRow(r);
    row.getCell(1).value = g.gi;
    let c = 2;
    if (o.dateColumn) {
      row.getCell(c).value = PEILDATUM;
      row.getCell(c).numFmt = 'dd-mm-yyyy';
      c++;
    }
    for (const k of keys) {
      const v = g[k];
      if (v !== undefined) {
        row.getCell(c).value = v;
        if (PERCENT.has(k)) row.getCell(c).numFmt = '0.0%';
        if (!PERCENT.has(k) && !k.startsWith('wachtdagen')) sums[k] = (sums[k] ?? 0) + v;
      }
      c++;
    }
    if (o.extraColumn) row.getCell(c).value = 'eigen registratie';
    r++;
  }
  if (o.totalRow) {
    const row = ws.getRow(r);
    row.getCell(1).value = o.totalRow;
    let c = o.dateColumn ? 3 : 2;
    for (const k of keys) {
      const complete = gis.every((g) => g[k] !== undefined);
      if (complete && sums[k] !== undefined) row.getCell(c).value = Math.round((sums[k] + (o.totalOff?.[k] ?? 0)) * 10) / 10;
      c++;
    }
  }
  void headerRow;
  await wb.xlsx.writeFile(file);
}

// ------------------------------------------------------------------ accepted variants (twins)
async function accepted() {
  // The clean twin: an English CSV table with canonical keys, ISO dates and fractions.
  let d = folder('input-clean');
  csvTable(path.join(d, 'gis.csv'), TWINS, {
    header: ['gi', 'peildatum', ...KEYS], date: '2022-12-01', delimiter: ',',
    text: (k, v) => (v === undefined ? '' : String(v)),
  });

  d = folder('input-csv-semicolon');
  csvTable(path.join(d, 'gis.csv'), TWINS, { delimiter: ';' });

  d = folder('input-csv-comma');
  csvTable(path.join(d, 'gis.csv'), TWINS, {
    delimiter: ',', date: '2022-12-01',
    text: (k, v) => (v === undefined ? '' : PERCENT.has(k) ? `${pct10(v)}%` : en(v)),
  });

  d = folder('input-csv-bom-crlf');
  csvTable(path.join(d, 'gis.csv'), TWINS, { bom: true, eol: '\r\n' });

  d = folder('input-csv-windows-1252');
  csvTable(path.join(d, 'gis.csv'), TWINS, { encoding: 'windows-1252', eol: '\r\n', titleRows: [['Aanlevering Noord, Gelderland en Limburg - één bestand, Fryslân niet', ''], ['', '']] });

  d = folder('input-csv-forms');
  csvForm(path.join(d, 'noord.csv'), A, { percentStyle: 'space' });
  csvForm(path.join(d, 'gelderland.csv'), B, { percentStyle: 'decimal', bom: true, eol: '\r\n' });
  csvForm(path.join(d, 'limburg.csv'), C, { percentStyle: 'fraction', encoding: 'windows-1252' });

  d = folder('input-percent-bare');
  csvTable(path.join(d, 'gis.csv'), TWINS, { text: (k, v) => dutchText(k, v, 'bare') });

  d = folder('input-xlsx-forms');
  await xlsxForm(path.join(d, 'noord.xlsx'), A, { instructions: true, hiddenLists: true, mergeTitle: true });
  await xlsxForm(path.join(d, 'gelderland.xlsx'), B, { sheet: 'Aanlevering', startCol: 2, firstRow: 6, emptyRows: true, notesSheet: true });
  await xlsxForm(path.join(d, 'limburg.xlsx'), C, { instructionsFirst: true, mergeLabels: true, override: { beschikbaarheid: '80 %' } });

  d = folder('input-xlsx-table-total');
  await xlsxTable(path.join(d, 'overzicht.xlsx'), TWINS, { dateColumn: true, totalRow: 'Totaal landelijk', extraColumn: 'Opmerking' });

  d = folder('input-peildatum-label');
  await xlsxTable(path.join(d, 'overzicht.xlsx'), TWINS, { peildatumLabel: '1 december 2022', totalRow: 'Totaal' });

  d = folder('input-peildatum-option');
  csvTable(path.join(d, 'gis.csv'), TWINS, { header: ['Naam GI', ...KEYS.map((k) => LABEL[k])] });

  d = folder('input-dates-text');
  csvForm(path.join(d, 'noord.csv'), A, { peildatum: '01-12-2022' });
  csvForm(path.join(d, 'gelderland.csv'), B, { peildatum: '2022-12-01' });
  await xlsxForm(path.join(d, 'limburg.xlsx'), C, { peildatum: '1 december 2022' });

  d = folder('input-dates-serial');
  await xlsxForm(path.join(d, 'noord.xlsx'), A, { peildatum: 44896 });
  await xlsxForm(path.join(d, 'gelderland.xlsx'), B, { date1904: true, peildatum: 43434 });
  await xlsxForm(path.join(d, 'limburg.xlsx'), C, { date1904: true });

  d = folder('input-formula-cached');
  await xlsxForm(path.join(d, 'noord.xlsx'), A, { formulaTotal: 'cached' });
  await xlsxForm(path.join(d, 'gelderland.xlsx'), B, { formulaTotal: 'cached' });
  await xlsxForm(path.join(d, 'limburg.xlsx'), C);

  d = folder('input-gi-aliases');
  csvTable(path.join(d, 'gis.csv'), [{ ...A, gi: 'JB Noord' }, { ...B, gi: 'JBG' }, { ...C, gi: 'jeugdbescherming  limburg' }]);
}

// ------------------------------------------------------------------ other accepted cases
async function otherAccepted() {
  let d = folder('input-decimal-ambiguous');
  // Only fte, each a whole number with a dot: "1.274" is 1274 fte (comma notation) or 1,274 fte
  // (point notation), and both are possible. (A count with a dot would decide: never 1,765 children.)
  writeCsv(path.join(d, 'gelderland.csv'), [
    ['Naam GI', 'Peildatum', 'Formatie jeugdbeschermers (fte)', 'Beschikbare formatie (fte)'],
    ['Jeugdbescherming Gelderland', '1-12-2022', '1.274', '1.013'],
  ]);

  d = folder('input-counts-windows-1252');
  // Client counts only, as Dutch Excel saves them: Windows-1252, ";", dot thousands. "1.765" is
  // ambiguous as a number, but as a count it can only be 1765 (comma notation).
  writeCsv(path.join(d, 'clienten.csv'), [
    ['Cliënten per GI', '', ''],
    ['Naam GI', 'Peildatum', 'Totaal aantal maatregelen'],
    ['Jeugdbescherming Noord', '1-1-2024', '1.765'],
  ], { encoding: 'windows-1252', eol: '\r\n' });

  d = folder('input-gi-register');
  csvTable(path.join(d, 'gis.csv'), [A, { ...C, gi: 'JB Zuid-Limburg' }]);
  writeFileSync(path.join(d, 'extra-register.json'), `${JSON.stringify({ gis: [{ name: 'Jeugdbescherming Zuid-Limburg', code: 'JBZL', monitor: false, aliases: ['JB Zuid-Limburg'] }] }, null, 2)}\n`);

  d = folder('input-gi-unknown');
  csvTable(path.join(d, 'gis.csv'), [A, { ...C, gi: 'Jeugdbescherming Limbrug' }]);
}

// ------------------------------------------------------------------ refusals
async function refusals() {
  let d = folder('refuse-not-a-number');
  await xlsxForm(path.join(d, 'noord.xlsx'), A, { override: { ots: 'ongeveer 1200' } });

  d = folder('refuse-wrong-notation');
  csvTable(path.join(d, 'gis.csv'), [A, { ...B, formatie_fte: '2.566,5' }], {
    delimiter: ',', date: '2022-12-01', text: (k, v) => (v === undefined ? '' : typeof v === 'string' ? v : String(v)),
  });

  d = folder('refuse-negative');
  csvForm(path.join(d, 'noord.csv'), { ...A, formatie_fte: -154.6 });

  d = folder('refuse-fractional-count');
  await xlsxForm(path.join(d, 'noord.xlsx'), A, { override: { ots: 1194.5, maatregelen_totaal: 2023.5 } });

  d = folder('refuse-availability-above-100');
  csvForm(path.join(d, 'noord.csv'), { ...A, beschikbaarheid: 1.2 });

  d = folder('refuse-types-total');
  await xlsxForm(path.join(d, 'noord.xlsx'), A, { override: { maatregelen_totaal: 2032 } });

  d = folder('refuse-waiting-exceeds-measures');
  csvForm(path.join(d, 'limburg.csv'), { ...C, interne_wachtlijst: 2100 });

  d = folder('refuse-duplicate');
  await xlsxForm(path.join(d, 'jb-noord.xlsx'), A);
  csvTable(path.join(d, 'noord-en-gelderland.csv'), [B, { ...A, gi: 'JB Noord' }]);

  d = folder('refuse-no-fields');
  writeCsv(path.join(d, 'notities.csv'), [['Notities bij de aanlevering'], ['De cijfers volgen later.']]);

  d = folder('refuse-no-recognisable-sheet');
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Instructies').getCell('A1').value = 'Vul het tabblad Uitvraag in.';
  wb.addWorksheet('Lijsten', { state: 'hidden' }).getCell('A1').value = 'Jeugdbescherming Noord';
  await wb.xlsx.writeFile(path.join(d, 'leeg-sjabloon.xlsx'));

  d = folder('refuse-csv-syntax');
  writeFileSync(path.join(d, 'limburg.csv'), 'Naam GI;Peildatum;Formatie jeugdbeschermers (fte);Aantal ondertoezichtstellingen\n"Jeugdbescherming Limburg;1-12-2022;157,9;1173\n');

  d = folder('refuse-empty');
  writeFileSync(path.join(d, 'leeg.csv'), '');

  d = folder('refuse-renamed-pdf');
  writeFileSync(path.join(d, 'aanlevering.xlsx'), Buffer.concat([
    Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n', 'latin1'),
    Buffer.from([0x00, 0x01, 0x02, 0xff]),
    Buffer.from('\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1'),
  ]));

  d = folder('refuse-truncated-xlsx');
  const whole = await xlsxBuffer(A);
  writeFileSync(path.join(d, 'noord.xlsx'), whole.subarray(0, Math.floor(whole.length / 2)));

  d = folder('refuse-legacy-xls');
  const ole = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
  writeFileSync(path.join(d, 'noord.xls'), ole);

  d = folder('refuse-total-mismatch');
  await xlsxTable(path.join(d, 'overzicht.xlsx'), TWINS, { dateColumn: true, totalRow: 'Totaal', totalOff: { ots: 100 } });

  d = folder('refuse-formula-without-result');
  await xlsxForm(path.join(d, 'noord.xlsx'), A, { formulaTotal: 'no-result' });

  d = folder('refuse-percent-mixed');
  csvTable(path.join(d, 'gis.csv'), TWINS, { text: (k, v) => (v === undefined ? '' : k === 'beschikbaarheid' && v === 0.8 ? '0,8' : dutchText(k, v, 'bare')) });

  d = folder('refuse-missing-peildatum');
  csvTable(path.join(d, 'gis.csv'), [A], { header: ['Naam GI', ...KEYS.map((k) => LABEL[k])] });

  d = folder('refuse-nonexistent-date');
  csvForm(path.join(d, 'noord.csv'), A, { peildatum: '31-11-2022' });
}

async function xlsxBuffer(g) {
  const tmp = path.join(FIXTURES, '.tmp-whole.xlsx');
  await xlsxForm(tmp, g);
  const { readFileSync } = await import('node:fs');
  const bytes = readFileSync(tmp);
  rmSync(tmp);
  return bytes;
}

// ------------------------------------------------------------------ plausibility warnings
async function plausibility() {
  let d = folder('plausibility-availability-workload');
  csvForm(path.join(d, 'noord.csv'), { ...A, beschikbaarheid: 0.4, ots: 2194, maatregelen_totaal: 3023 });

  d = folder('plausibility-change');
  csvTable(path.join(d, 'noord-2022-12-01.csv'), [A]);
  csvTable(path.join(d, 'noord-2023-05-01.csv'), [{ ...A, formatie_fte: 210.3 }], { date: '1-5-2023' });

  d = folder('plausibility-days-without-count');
  const { wachtlijst_start: _drop, ...noCount } = A;
  csvForm(path.join(d, 'noord.csv'), noCount);

  d = folder('plausibility-small-round');
  const six = ['Jeugdbescherming Overijssel', 'Samen Veilig Midden-Nederland', 'Jeugdbescherming west', 'Jeugdbescherming Brabant', 'Jeugdbescherming Rotterdam Rijnmond', 'Jeugdbescherming Regio Amsterdam']
    .map((gi) => ({ ...A, gi }));
  csvTable(path.join(d, 'ronde-2022-12-01.csv'), [A, B, ...six]);
  csvTable(path.join(d, 'limburg.csv'), [C], { date: '1-12-2021' });
}

await accepted();
await otherAccepted();
await refusals();
await plausibility();
console.log(`input fixtures written to ${FIXTURES}`);
