// Writes fixtures/nulmeting-2022-12-01/: the baseline of 1 December 2022 as thirteen GIs would
// deliver it, in the layouts analysts receive (xlsx form, xlsx table, csv form, csv table).
// The national totals reproduce the letter of 24 January 2023 (see fixtures/README.md).
// Run once: `node scripts/make-fixtures.mjs`; the xlsx files are committed as written.
import ExcelJS from 'exceljs';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NULMETING_GIS } from './nulmeting-data.mjs';

const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'fixtures', 'nulmeting-2022-12-01');
mkdirSync(root, { recursive: true });

const GI = NULMETING_GIS;

const LABELS = [
  ['formatie', 'Formatie jeugdbeschermers (fte)'],
  ['rate', 'Beschikbaarheid (%)'],
  ['fte', 'Beschikbare formatie (fte)'],
  ['ots', 'Aantal ondertoezichtstellingen'],
  ['voogdij', 'Aantal voogdijmaatregelen'],
  ['jr', 'Aantal jeugdreclasseringsmaatregelen'],
  ['totaal', 'Totaal aantal maatregelen'],
  ['ws', 'Kinderen niet binnen 5 dagen toegewezen'],
  ['wds', 'Gemiddelde wachttijd bij start (dagen)'],
  ['wi', 'Kinderen op interne wachtlijst'],
  ['wdi', 'Gemiddelde wachttijd interne wachtlijst (dagen)'],
  ['verloop', 'Personeelsverloop (%)'],
  ['verzuim', 'Ziekteverzuim (%)'],
];

function values(g) {
  const [gi, formatie, rate, fte, ots, voogdij, jr, ws, wi, wds, wdi, verloop, verzuim] = g;
  return { gi, formatie, rate, fte, ots, voogdij, jr, totaal: ots + voogdij + jr, ws, wi, wds, wdi, verloop, verzuim };
}

const PEILDATUM = new Date(Date.UTC(2022, 11, 1));
const PERCENT_KEYS = new Set(['rate', 'verloop', 'verzuim']);

async function xlsxForm(file, g, opts = {}) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(opts.sheet ?? 'Uitvraag');
  const v = values(g);
  ws.getCell('A1').value = 'Uitvraag Monitor jeugdbescherming';
  ws.getCell('A1').font = { bold: true, size: 14 };
  if (opts.mergeTitle) ws.mergeCells('A1:C1');
  ws.getCell('A2').value = 'Peildatum 1 december 2022 — in te vullen door de GI';
  let r = 4;
  ws.getRow(r).values = ['Naam GI', v.gi];
  r++;
  ws.getRow(r).values = ['Peildatum', opts.peildatumText ?? PEILDATUM];
  if (!opts.peildatumText) ws.getCell(`B${r}`).numFmt = 'd-m-yyyy';
  r++;
  for (const [key, label] of LABELS) {
    const value = v[key];
    if (value === null || value === undefined) continue;
    const row = ws.getRow(r);
    row.getCell(1).value = label;
    if (key === 'totaal' && opts.totalFormula) {
      row.getCell(2).value = { formula: `SUM(B${r - 3}:B${r - 1})`, result: value };
    } else if (PERCENT_KEYS.has(key) && opts.percentAsText) {
      row.getCell(2).value = `${String(Math.round(value * 1000) / 10).replace('.', ',')}%`;
    } else {
      row.getCell(2).value = value;
      if (PERCENT_KEYS.has(key)) row.getCell(2).numFmt = '0.0%';
    }
    if (opts.notes?.[key]) row.getCell(3).value = opts.notes[key];
    r++;
  }
  ws.getColumn(1).width = 48;
  ws.getColumn(2).width = 34;
  if (opts.instructions) {
    const ins = wb.addWorksheet('Instructies');
    ins.getCell('A1').value = 'Vul het tabblad Uitvraag in. Laat velden leeg als u het cijfer niet kunt leveren.';
  }
  if (opts.hiddenLists) {
    const lists = wb.addWorksheet('Lijsten', { state: 'hidden' });
    Object.values(GI).forEach((x, i) => { lists.getCell(`A${i + 1}`).value = values(x).gi; });
  }
  await wb.xlsx.writeFile(path.join(root, file));
}

async function xlsxTable(file, list) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Overzicht');
  ws.getCell('A1').value = 'Monitor jeugdbescherming — aanlevering regio Zuid en Rijnmond';
  const header = ['Naam GI', 'Peildatum', ...LABELS.map(([, l]) => l)];
  ws.getRow(3).values = header;
  let r = 4;
  const sums = {};
  for (const g of list) {
    const v = values(g);
    const row = ws.getRow(r);
    row.getCell(1).value = v.gi;
    row.getCell(2).value = PEILDATUM;
    row.getCell(2).numFmt = 'dd-mm-yyyy';
    LABELS.forEach(([key], i) => {
      const value = v[key];
      if (value === null) return;
      row.getCell(3 + i).value = value;
      if (PERCENT_KEYS.has(key)) row.getCell(3 + i).numFmt = '0.0%';
      if (!PERCENT_KEYS.has(key) && !key.startsWith('wd')) sums[i] = (sums[i] ?? 0) + value;
    });
    r++;
  }
  const total = ws.getRow(r);
  total.getCell(1).value = 'Totaal';
  LABELS.forEach(([key], i) => {
    if (sums[i] !== undefined && !PERCENT_KEYS.has(key)) total.getCell(3 + i).value = Math.round(sums[i] * 10) / 10;
  });
  await wb.xlsx.writeFile(path.join(root, file));
}

const dutch = (n) => String(n).replace('.', ',');
const dutchThousands = (n) => (Number.isInteger(n) && n >= 1000 ? n.toLocaleString('nl-NL') : dutch(n));

function csvForm(file, g, { encoding, bom }) {
  const v = values(g);
  const lines = ['Uitvraag Monitor jeugdbescherming;;', ';;', `Naam GI;${v.gi};`, 'Peildatum;1-12-2022;'];
  for (const [key, label] of LABELS) {
    const value = v[key];
    if (value === null) continue;
    const shown = PERCENT_KEYS.has(key) ? `${dutch(Math.round(value * 1000) / 10)}%` : dutchThousands(value);
    const note = key === 'totaal' ? 'één totaal over alle maatregelen' : '';
    lines.push(`${label};${shown};${note}`);
  }
  const text = lines.join('\r\n') + '\r\n';
  const bytes = encoding === 'windows-1252' ? Buffer.from(text, 'latin1') : Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8');
  writeFileSync(path.join(root, file), bytes);
}

function csvTable(file, list) {
  const header = ['gi', 'peildatum', 'formatie_fte', 'beschikbare_fte', 'ots', 'voogdij', 'jr', 'maatregelen_totaal', 'wachtlijst_start', 'interne_wachtlijst'];
  const rows = list.map((g) => {
    const v = values(g);
    return [`"${v.gi}"`, '2022-12-01', v.formatie, v.fte, v.ots, v.voogdij, v.jr, v.totaal, v.ws ?? '', v.wi ?? ''].join(',');
  });
  writeFileSync(path.join(root, file), [header.join(','), ...rows].join('\n') + '\n');
}

await xlsxForm('jb-noord.xlsx', GI.noord, { instructions: true });
await xlsxForm('rbv-fryslan.xlsx', GI.rbv, { peildatumText: '1 december 2022', hiddenLists: true });
await xlsxForm('jb-overijssel.xlsx', GI.overijssel, { totalFormula: true, percentAsText: true });
await xlsxForm('jb-gelderland.xlsx', GI.gelderland, { notes: { fte: 'exclusief inwerkende medewerkers', wi: 'stand per 1 december' } });
await xlsxForm('svmn.xlsx', GI.svmn, { sheet: 'Aanlevering SVMN' });
await xlsxForm('jb-west.xlsx', GI.west, { mergeTitle: true });
await xlsxTable('zuid-en-rijnmond.xlsx', [GI.jbrr, GI.brabant, GI.limburg]);
csvForm('jbra-amsterdam.csv', GI.jbra, { encoding: 'windows-1252' });
csvForm('jeugd-en-gezinsbeschermers.csv', GI.jgb, { encoding: 'utf-8', bom: true });
csvTable('landelijke-gis.csv', [GI.wss, GI.ldh]);
console.log(`fixtures written to ${root}`);
