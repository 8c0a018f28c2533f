// Writes the layouts corpus: fixtures/layout-clean/ (the nulmeting's thirteen GIs in one clean
// table) and fixtures/layout-*/ (the same figures as an analyst lays them out: total rows under
// every label, at the top and the bottom, as formulas, with and without Nidos; subtotals;
// footnotes, blank and section rows; a notes column; a pivot sheet; shuffled sheets; the tool's
// own reports beside the input), and the broken twins that must be refused. docs/tables.md lists
// every folder; tests/input/layouts.test.ts holds the expectations.
// Run: `npm run build && node scripts/make-layout-fixtures.mjs`. Byte-reproducible: the CSV is
// plain text, the workbooks are re-zipped with fixed dates (the build is needed for the tool's own
// reports in fixtures/layout-own-report/).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NULMETING_GIS } from './nulmeting-data.mjs';

const ROOT = path.join(path.dirname(new URL(import.meta.url).pathname), '..');
const FIXTURES = path.join(ROOT, 'fixtures');

// ------------------------------------------------------------------ the data
// The nulmeting of 1 December 2022, as in scripts/make-fixtures.mjs: a blank is "not delivered".
// gi, formatie, beschikbaarheid, beschikbare fte, ots, voogdij, jr, wachtlijst_start, interne, wachtdagen_start, wachtdagen_intern, verloop, verzuim
const NULMETING = Object.values(NULMETING_GIS).map(([gi, formatie_fte, beschikbaarheid, beschikbare_fte, ots, voogdij, jr, wachtlijst_start, interne_wachtlijst, wachtdagen_start, wachtdagen_intern, personeelsverloop, ziekteverzuim]) => ({
  gi, formatie_fte, beschikbaarheid, beschikbare_fte, ots, voogdij, jr, maatregelen_totaal: ots + voogdij + jr,
  wachtlijst_start, wachtdagen_start, interne_wachtlijst, wachtdagen_intern, personeelsverloop, ziekteverzuim,
}));
/** The eleven regional GIs, then the two that work nationally. */
const REGIONAL = NULMETING.slice(0, 11);
const NATIONAL_GIS = NULMETING.slice(11);

/** Nidos (register: monitor false): certified, reported apart, never in the national figures. */
const NIDOS = {
  gi: 'Nidos', formatie_fte: 98.4, beschikbaarheid: null, beschikbare_fte: 79.2, ots: 12, voogdij: 1496, jr: 0, maatregelen_totaal: 1508,
  wachtlijst_start: 30, wachtdagen_start: 19, interne_wachtlijst: 25, wachtdagen_intern: 33, personeelsverloop: 0.14, ziekteverzuim: 0.061,
};

/** Client counts of 1 January 2024 (June 2024 letter, appendix 2), as in fixtures/rondes-2023-2024. */
const CLIENTS_2024 = [
  ['Jeugdbescherming Noord', 1915], ['RBV Fryslân', 1025], ['Jeugdbescherming Overijssel', 2092],
  ['Jeugdbescherming Gelderland', 3512], ['Samen Veilig Midden-Nederland', 3205], ['Jeugdbescherming Regio Amsterdam', 2896],
  ['De Jeugd- & Gezinsbeschermers', 2394], ['Jeugdbescherming west', 4647], ['Jeugdbescherming Rotterdam Rijnmond', 3057],
  ['Jeugdbescherming Brabant', 3671], ['Jeugdbescherming Limburg', 1923], ['William Schrikker Stichting', 1287],
  ['Leger des Heils Jeugdbescherming & Reclassering', 544],
];

/** Uitvraag order, Dutch labels with unit, English labels; the type decides how a total is made. */
const FIELDS = [
  ['formatie_fte', 'Formatie jeugdbeschermers (fte)', 'Staff establishment (fte)', 'fte'],
  ['beschikbaarheid', 'Beschikbaarheid (%)', 'Availability (%)', 'percent'],
  ['beschikbare_fte', 'Beschikbare formatie (fte)', 'Available staff (fte)', 'fte'],
  ['ots', 'Aantal ondertoezichtstellingen', 'Supervision orders (OTS)', 'count'],
  ['voogdij', 'Aantal voogdijmaatregelen', 'Guardianships', 'count'],
  ['jr', 'Aantal jeugdreclasseringsmaatregelen', 'Youth probation orders', 'count'],
  ['maatregelen_totaal', 'Totaal aantal maatregelen', 'Total measures', 'count'],
  ['wachtlijst_start', 'Kinderen niet binnen 5 dagen toegewezen', 'Children not assigned within 5 days', 'count'],
  ['wachtdagen_start', 'Gemiddelde wachttijd bij start (dagen)', 'Mean wait at start (days)', 'days'],
  ['interne_wachtlijst', 'Kinderen langer dan 5 dagen op interne wachtlijst', 'Children on internal waiting list for more than 5 days', 'count'],
  ['wachtdagen_intern', 'Gemiddelde wachttijd interne wachtlijst (dagen)', 'Mean wait on internal list (days)', 'days'],
  ['personeelsverloop', 'Personeelsverloop (%)', 'Staff turnover (%)', 'percent'],
  ['ziekteverzuim', 'Ziekteverzuim (%)', 'Sickness absence (%)', 'percent'],
].map(([key, nl, en, type]) => ({ key, nl, en, type }));
const SUMMED = new Set(['fte', 'count']);
const PEILDATUM = new Date(Date.UTC(2022, 11, 1));

// ------------------------------------------------------------------ totals, the way Excel builds them
const available = (g) => g.beschikbare_fte ?? (g.beschikbaarheid !== null ? g.formatie_fte * g.beschikbaarheid : null);

/** Σ value × weight / Σ weight over the rows that give both. */
function weighted(gis, value, weight) {
  let num = 0;
  let den = 0;
  for (const g of gis) {
    const v = value(g);
    const w = weight(g);
    if (v === null || w === null) continue;
    num += v * w;
    den += w;
  }
  return den > 0 ? num / den : null;
}

/**
 * The total row of `gis`: counts and fte summed over the delivered cells (none delivered = blank),
 * rates and days by the national formula (Σ/Σ), or `average` for the plain mean of the rates.
 */
function totalOf(gis, { rates = true, off = {}, average = false } = {}) {
  const t = {};
  for (const f of FIELDS) {
    if (SUMMED.has(f.type)) {
      const delivered = gis.filter((g) => g[f.key] !== null);
      const sum = delivered.reduce((s, g) => s + g[f.key], 0);
      t[f.key] = delivered.length === 0 ? null : Math.round((sum + (off[f.key] ?? 0)) * 10) / 10;
    } else t[f.key] = null;
  }
  if (!rates) return t;
  t.beschikbaarheid = average
    ? gis.reduce((s, g) => s + available(g) / g.formatie_fte, 0) / gis.length
    : weighted(gis, (g) => available(g) / g.formatie_fte, (g) => g.formatie_fte);
  t.personeelsverloop = weighted(gis, (g) => g.personeelsverloop, (g) => g.formatie_fte);
  t.ziekteverzuim = weighted(gis, (g) => g.ziekteverzuim, (g) => g.formatie_fte);
  t.wachtdagen_start = weighted(gis, (g) => g.wachtdagen_start, (g) => g.wachtlijst_start);
  t.wachtdagen_intern = weighted(gis, (g) => g.wachtdagen_intern, (g) => g.interne_wachtlijst);
  return t;
}

// Rows of a table: { gi } a GI row; { label, values, formula? } a total or other labelled row with
// figures; { label } a row without figures (section, footnote); {} a blank row. `note` fills the
// notes column when the table has one.
const gi = (g, note) => ({ gi: g, note });
const total = (label, gis, o = {}) => ({ label, values: totalOf(gis, o), formula: o.formula, note: o.note });
const text = (label) => ({ label });
const blank = () => ({});
/** The GI rows with a total row at the top or the bottom. */
const withTotal = (label, where, gis = NULMETING, o = {}) => (where === 'top'
  ? [total(label, gis, o), ...gis.map((g) => gi(g))]
  : [...gis.map((g) => gi(g)), total(label, gis, o)]);

// ------------------------------------------------------------------ writers
function folder(name) {
  const dir = path.join(FIXTURES, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

const NL = {
  count: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 }),
  fte: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }),
  rate: new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};
const EN_RATE = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });

/** A value as Dutch or English Excel shows it in a saved CSV: what the cell displayed. */
function shown(type, v, dialect, isTotal) {
  if (v === null || v === undefined) return '';
  if (dialect === 'en') {
    if (type === 'percent') return `${EN_RATE.format(v * 100)}%`;
    if (type === 'days') return isTotal ? EN_RATE.format(v) : String(v);
    return String(Math.round(v * 10) / 10);
  }
  if (type === 'percent') return `${NL.rate.format(v * 100)}%`;
  if (type === 'days') return isTotal ? NL.rate.format(v) : NL.count.format(v);
  return type === 'count' ? NL.count.format(v) : NL.fte.format(v);
}

/** One table as CSV from Dutch Excel (`;`, decimal comma, d-m-yyyy) or English (`,`, point, ISO dates). */
function csvTable(file, rows, { dialect = 'nl', notes = null, titleRows = [] } = {}) {
  const sep = dialect === 'en' ? ',' : ';';
  const quote = (s) => (s.includes(sep) || /["\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s);
  const header = [dialect === 'en' ? 'GI name' : 'Naam GI', dialect === 'en' ? 'Reference date' : 'Peildatum', ...FIELDS.map((f) => f[dialect]), ...(notes ? [notes] : [])];
  const lines = [...titleRows.map((t) => [t]), header];
  for (const r of rows) {
    const values = r.gi ?? r.values ?? {};
    const date = r.gi ? (dialect === 'en' ? '2022-12-01' : '1-12-2022') : '';
    const first = r.gi?.gi ?? r.label ?? '';
    lines.push([first, date, ...FIELDS.map((f) => shown(f.type, values[f.key], dialect, !r.gi)), ...(notes ? [r.note ?? ''] : [])]);
  }
  const width = header.length;
  const text = lines.map((l) => [...l, ...Array(width - l.length).fill('')].map((c) => quote(String(c))).join(sep)).join('\r\n') + '\r\n';
  writeFileSync(file, text, 'utf8');
}

/**
 * One table on a worksheet: a title in row 1, the header in row 3, then the rows. Numbers are
 * number cells (percentages percent-formatted, the peildatum a date cell). A total with
 * `formula` holds SUM formulas over the GI rows with their cached results, as Excel saves them.
 */
function xlsxTable(ws, rows, { notes = null, title = 'Monitor jeugdbescherming — aanlevering peildatum 1 december 2022' } = {}) {
  ws.getCell('A1').value = title;
  ws.getRow(3).values = ['Naam GI', 'Peildatum', ...FIELDS.map((f) => f.nl), ...(notes ? [notes] : [])];
  const first = 4;
  const giRows = rows.map((r, i) => (r.gi ? first + i : null)).filter((n) => n !== null);
  rows.forEach((r, i) => {
    const row = ws.getRow(first + i);
    if (r.gi || r.label) row.getCell(1).value = r.gi?.gi ?? r.label;
    if (r.gi) {
      row.getCell(2).value = PEILDATUM;
      row.getCell(2).numFmt = 'd-m-yyyy';
    }
    const values = r.gi ?? r.values;
    FIELDS.forEach((f, c) => {
      const v = values?.[f.key];
      if (v === null || v === undefined) return;
      const cell = row.getCell(3 + c);
      if (r.formula && SUMMED.has(f.type)) {
        const col = cell.address.replace(/\d+$/u, '');
        cell.value = { formula: `SUM(${col}${Math.min(...giRows)}:${col}${Math.max(...giRows)})`, result: v };
      } else cell.value = v;
      if (f.type === 'percent') cell.numFmt = '0.0%';
      else if (f.type === 'days' && !r.gi) cell.numFmt = '0.0';
    });
    if (notes && r.note) row.getCell(3 + FIELDS.length).value = r.note;
  });
  ws.getColumn(1).width = 46;
}

/** A pivot table's summary as Excel lays it out: not the uitvraag's header, so never read as data. */
function pivotSheet(ws, gis) {
  ws.getCell('A1').value = 'Peildatum';
  ws.getCell('B1').value = '(Alle)';
  ws.getRow(3).values = ['Rijlabels', 'Som van Formatie jeugdbeschermers (fte)', 'Som van Totaal aantal maatregelen', 'Som van Kinderen niet binnen 5 dagen toegewezen'];
  const sorted = [...gis].sort((a, b) => (a.gi < b.gi ? -1 : 1));
  sorted.forEach((g, i) => { ws.getRow(4 + i).values = [g.gi, g.formatie_fte, g.maatregelen_totaal, g.wachtlijst_start ?? undefined]; });
  const t = totalOf(gis, { rates: false });
  ws.getRow(4 + sorted.length).values = ['Eindtotaal', t.formatie_fte, t.maatregelen_totaal, t.wachtlijst_start];
}

const FIXED = new Date(Date.UTC(2023, 0, 1));

/** The workbook's bytes, identical on every run and in every time zone (see src/render/office-bytes.ts). */
async function writeWorkbook(file, wb) {
  wb.created = FIXED;
  wb.modified = FIXED;
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const first = '[Content_Types].xml';
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir).sort((a, b) => (a === first ? -1 : b === first ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const out = new JSZip();
  for (const name of names) {
    let data = await zip.file(name).async('uint8array');
    if (name === 'docProps/core.xml') {
      data = new TextDecoder().decode(data).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/gu, '$12023-01-01T00:00:00Z$2');
    }
    out.file(name, data, { date: FIXED, createFolders: false });
  }
  writeFileSync(file, await out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' }));
}

/** One sheet 'Overzicht' holding the table. */
async function xlsxFile(file, rows, o = {}) {
  const wb = new ExcelJS.Workbook();
  xlsxTable(wb.addWorksheet(o.sheet ?? 'Overzicht'), rows, o);
  await writeWorkbook(file, wb);
}

/** The same table as `<name>-xlsx/overzicht.xlsx` and `<name>-csv/overzicht.csv`. */
async function both(name, rows, { dialect = 'nl', notes = null } = {}) {
  await xlsxFile(path.join(folder(`${name}-xlsx`), 'overzicht.xlsx'), rows, { notes });
  csvTable(path.join(folder(`${name}-csv`), 'overzicht.csv'), rows, { dialect, notes });
}

// ------------------------------------------------------------------ the clean twins
function clean() {
  // Canonical keys, ISO date, fractions, a point: the layout every variant must compute like.
  const d = folder('layout-clean');
  const keys = FIELDS.map((f) => f.key);
  const lines = [['gi', 'peildatum', ...keys].join(',')];
  for (const g of NULMETING) lines.push([`"${g.gi}"`, '2022-12-01', ...keys.map((k) => (g[k] === null ? '' : String(g[k])))].join(','));
  writeFileSync(path.join(d, 'gis.csv'), lines.join('\n') + '\n');

  // The client counts of 1 January 2024, UTF-8, whole numbers without separators.
  const c = folder('layout-counts-clean');
  writeFileSync(path.join(c, 'clienten.csv'), ['Naam GI;Peildatum;Totaal aantal maatregelen', ...CLIENTS_2024.map(([n, v]) => `${n};1-1-2024;${v}`)].join('\r\n') + '\r\n', 'utf8');
}

// ------------------------------------------------------------------ accepted variants
/** Every total label, alternately at the bottom and at the top; the English ones in an English CSV. */
const TOTAL_LABELS = [
  ['totaal', 'Totaal', 'nl'], ['totaal-landelijk', 'Totaal landelijk', 'nl'], ['landelijk', 'Landelijk', 'nl'],
  ['eindtotaal', 'Eindtotaal', 'nl'], ['generaal-totaal', 'Generaal totaal', 'nl'], ['nederland', 'Nederland', 'nl'],
  ['totaal-gis', "Totaal GI's", 'nl'], ['som', 'Som', 'nl'], ['total', 'Total', 'en'], ['grand-total', 'Grand total', 'en'],
];

async function accepted() {
  for (const [i, [slug, label, dialect]] of TOTAL_LABELS.entries()) {
    await both(`layout-total-${slug}`, withTotal(label, i % 2 === 0 ? 'bottom' : 'top'), { dialect });
  }

  await xlsxFile(path.join(folder('layout-total-formulas-xlsx'), 'overzicht.xlsx'), withTotal('Totaal', 'bottom', NULMETING, { formula: true }));

  // Nidos in the table: a total with it, a total without it, and no total at all.
  const withNidos = [...NULMETING, NIDOS];
  await both('layout-total-with-nidos', [...withNidos.map((g) => gi(g)), total('Totaal incl. Nidos', withNidos)]);
  await both('layout-total-without-nidos', [...withNidos.map((g) => gi(g)), total('Totaal landelijk', NULMETING)]);
  await both('layout-nidos', withNidos.map((g) => gi(g)));

  await both('layout-subtotals', [
    text('Regionale GI\'s'), ...REGIONAL.map((g) => gi(g)), total('Subtotaal regionale GI\'s', REGIONAL),
    text('Landelijk werkende GI\'s'), ...NATIONAL_GIS.map((g) => gi(g)), total('Subtotaal landelijk werkende GI\'s', NATIONAL_GIS),
    total('Eindtotaal', NULMETING),
  ]);

  await both('layout-footnotes', [
    text('Regionale GI\'s'), ...REGIONAL.map((g) => gi(g)), blank(),
    text('Landelijk werkende GI\'s'), ...NATIONAL_GIS.map((g) => gi(g)), blank(),
    total('Totaal', NULMETING), blank(),
    text('Bron: aanlevering van de GI\'s per 1 december 2022, bewerking JenV'),
    text('* Rotterdam leverde de wachttijden niet aan; Limburg, WSS en Leger des Heils niet de wachtlijst bij start'),
    text('** Nidos wordt apart gerapporteerd'),
  ]);

  const NOTES = {
    'Jeugdbescherming Gelderland': 'exclusief inwerkende medewerkers',
    'Jeugdbescherming Rotterdam Rijnmond': 'wachttijden niet geregistreerd',
    'Jeugdbescherming west': 'incl. 12 kinderen uit Zeeland, stand 1-12-2022',
    'Jeugdbescherming Limburg': 'wachtlijst bij start volgt',
  };
  await both('layout-notes-column', [...NULMETING.map((g) => gi(g, NOTES[g.gi])), total('Totaal', NULMETING, { note: 'som van de GI-rijen' })], { notes: 'Opmerking' });

  await both('layout-total-by-sums', withTotal('Alle GI\'s samen', 'bottom'));

  // A pivot summary next to the data sheet.
  let wb = new ExcelJS.Workbook();
  xlsxTable(wb.addWorksheet('Data'), withTotal('Totaal', 'bottom'));
  pivotSheet(wb.addWorksheet('Draaitabel'), NULMETING);
  await writeWorkbook(path.join(folder('layout-pivot-sheet-xlsx'), 'overzicht.xlsx'), wb);

  // The GIs on two sheets in no particular order, between a pivot, a notes sheet and a hidden list.
  wb = new ExcelJS.Workbook();
  pivotSheet(wb.addWorksheet('Draaitabel'), NULMETING);
  xlsxTable(wb.addWorksheet('Landelijk werkend'), withTotal('Totaal landelijk werkende GI\'s', 'bottom', NATIONAL_GIS));
  wb.addWorksheet('Toelichting').getCell('A1').value = 'Cijfers zoals aangeleverd door de GI\'s; Nidos apart.';
  xlsxTable(wb.addWorksheet('Regionaal'), withTotal('Totaal regionale GI\'s', 'top', REGIONAL));
  const lists = wb.addWorksheet('Lijsten', { state: 'hidden' });
  NULMETING.forEach((g, i) => { lists.getCell(i + 1, 1).value = g.gi; });
  await writeWorkbook(path.join(folder('layout-sheets-shuffled-xlsx'), 'overzicht.xlsx'), wb);

  // The analyst's own overview beside the data, with the uitvraag's header: only --skip-sheet
  // keeps it out (read, it would deliver every GI twice).
  wb = new ExcelJS.Workbook();
  xlsxTable(wb.addWorksheet('Aanlevering'), withTotal('Totaal', 'bottom'));
  xlsxTable(wb.addWorksheet('Eigen overzicht'), [...NULMETING].reverse().map((g) => gi(g)), { title: 'Eigen overzicht (niet versturen)' });
  await writeWorkbook(path.join(folder('layout-skip-sheet-xlsx'), 'overzicht.xlsx'), wb);

  // Client counts only, as Dutch Excel saves them: Windows-1252, dot thousands (1.915), a Totaal.
  const c = folder('layout-counts-cp1252');
  const sum = CLIENTS_2024.reduce((s, [, v]) => s + v, 0);
  const lines = ['Naam GI;Peildatum;Totaal aantal maatregelen', ...CLIENTS_2024.map(([n, v]) => `${n};1-1-2024;${NL.count.format(v)}`), `Totaal;;${NL.count.format(sum)}`];
  writeFileSync(path.join(c, 'clienten.csv'), Buffer.from(lines.join('\r\n') + '\r\n', 'latin1'));
}

/** The clean twin's input with the tool's own reports of it beside it (every format). */
function ownReport() {
  const d = folder('layout-own-report');
  copyFileSync(path.join(FIXTURES, 'layout-clean', 'gis.csv'), path.join(d, 'gis.csv'));
  if (!existsSync(path.join(ROOT, 'dist'))) throw new Error('run `npm run build` first: the own reports come from the built tool');
  const outputs = [['monitor.xlsx'], ['monitor.csv'], ['monitor.tsv'], ['monitor.json'], ['monitor.html'], ['monitor.md'], ['monitor.txt'], ['monitor-tekst.txt', 'tekst']];
  for (const [file, format] of outputs) {
    execFileSync(process.execPath, ['bin/jbmonitor.js', 'compute', 'fixtures/layout-clean', '--out', `fixtures/layout-own-report/${file}`, ...(format ? ['--format', format] : [])], { cwd: ROOT, stdio: 'pipe' });
  }
}

// ------------------------------------------------------------------ broken twins (must exit 1)
async function broken() {
  // Blank cells are not delivered, not a reason to skip: a start-list total 12 too high.
  await both('layout-broken-partial-total', withTotal('Totaal', 'bottom', NULMETING, { off: { wachtlijst_start: 12 } }));
  // A total label whose counts do not add up (a GI row corrected after the total was typed).
  await both('layout-broken-total-label', withTotal('Eindtotaal', 'top', NULMETING, { off: { ots: 45, maatregelen_totaal: 45 } }));
  // A GI name not in the register: an error naming the nearest, never a fourteenth GI.
  await both('layout-broken-unknown-gi', withTotal('Totaal', 'bottom', NULMETING.map((g) => (g.gi === 'JB Noord' ? { ...g, gi: 'Jeugdbescherming Noord-Nederland' } : g))));
  // A footnote with figures that add up to nothing.
  const footnote = { label: '* Rotterdam: incl. kinderen uit Zeeland', values: { ...totalOf([], { rates: false }), wachtlijst_start: 12, interne_wachtlijst: 8 } };
  await both('layout-broken-footnote-figures', [...withTotal('Totaal', 'bottom'), blank(), footnote]);
  // The availability of the total as the mean of the rows' rates, not Σ available / Σ formatie.
  await both('layout-broken-availability-average', withTotal('Totaal', 'bottom', NULMETING, { average: true }));
}

clean();
await accepted();
await broken();
ownReport();
console.log(`layout fixtures written to ${FIXTURES}`);
