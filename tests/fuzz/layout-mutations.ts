import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { FIXTURES } from '../helpers.js';

/**
 * Layouts of one table of GIs, as analysts lay it out: the clean twin's rows (fixtures/layout-clean)
 * shuffled, with total rows under any total label at any position, section and blank rows,
 * footnotes, a notes column, the GIs spread over sheets in any order beside sheets that are not
 * data. Every layout generated here carries exactly the twin's figures; `render` writes it as a
 * Dutch or English CSV or as a workbook.
 */

/** Columns of the uitvraag, in the twin's order, with the type that decides how a total is made. */
const COLUMNS = [
  ['formatie_fte', 'fte', 'Formatie jeugdbeschermers (fte)', 'Staff establishment (fte)'],
  ['beschikbaarheid', 'percent', 'Beschikbaarheid (%)', 'Availability (%)'],
  ['beschikbare_fte', 'fte', 'Beschikbare formatie (fte)', 'Available staff (fte)'],
  ['ots', 'count', 'Aantal ondertoezichtstellingen', 'Supervision orders (OTS)'],
  ['voogdij', 'count', 'Aantal voogdijmaatregelen', 'Guardianships'],
  ['jr', 'count', 'Aantal jeugdreclasseringsmaatregelen', 'Youth probation orders'],
  ['maatregelen_totaal', 'count', 'Totaal aantal maatregelen', 'Total measures'],
  ['wachtlijst_start', 'count', 'Kinderen niet binnen 5 dagen toegewezen', 'Children not assigned within 5 days'],
  ['wachtdagen_start', 'days', 'Gemiddelde wachttijd bij start (dagen)', 'Mean wait at start (days)'],
  ['interne_wachtlijst', 'count', 'Kinderen langer dan 5 dagen op interne wachtlijst', 'Children on internal waiting list for more than 5 days'],
  ['wachtdagen_intern', 'days', 'Gemiddelde wachttijd interne wachtlijst (dagen)', 'Mean wait on internal list (days)'],
  ['personeelsverloop', 'percent', 'Personeelsverloop (%)', 'Staff turnover (%)'],
  ['ziekteverzuim', 'percent', 'Ziekteverzuim (%)', 'Sickness absence (%)'],
] as const;
type Key = (typeof COLUMNS)[number][0];
export const COUNT_KEYS: readonly Key[] = COLUMNS.filter((c) => c[1] === 'count').map((c) => c[0]);

export interface GiRow { gi: string; values: Record<Key, number | null> }

/** The clean twin's thirteen GIs, read from its CSV (canonical keys, points, fractions). */
export const TWIN_FOLDER = 'layout-clean';
export const GIS: readonly GiRow[] = (() => {
  const lines = readFileSync(path.join(FIXTURES, TWIN_FOLDER, 'gis.csv'), 'utf8').trim().split('\n');
  const header = (lines[0] ?? '').split(',');
  return lines.slice(1).map((line) => {
    const cells = line.split(',').map((c) => c.replace(/^"|"$/gu, ''));
    const at = (k: string) => cells[header.indexOf(k)] ?? '';
    const values = Object.fromEntries(COLUMNS.map(([k]) => [k, at(k) === '' ? null : Number(at(k))])) as Record<Key, number | null>;
    return { gi: at('gi'), values };
  });
})();

/** Nidos (monitor: false): in the table it is shown per GI and never counted nationally. */
export const NIDOS: GiRow = {
  gi: 'Nidos',
  values: {
    formatie_fte: 98.4, beschikbaarheid: null, beschikbare_fte: 79.2, ots: 12, voogdij: 1496, jr: 0, maatregelen_totaal: 1508,
    wachtlijst_start: 30, wachtdagen_start: 19, interne_wachtlijst: 25, wachtdagen_intern: 33, personeelsverloop: 0.14, ziekteverzuim: 0.061,
  },
};

export const TOTAL_LABELS = [
  'Totaal', 'Totaal landelijk', 'Landelijk', 'Eindtotaal', 'Generaal totaal', 'Nederland', 'Totaal GI\'s', 'Som', 'Subtotaal',
  'Total', 'Grand total', 'TOTAAL', 'totaal regionale GI\'s', 'Subtotaal landelijk werkende GI\'s', 'Totaal Nederland',
];
/** Labels no list knows: such a row is a total only by its sums. */
const OWN_LABELS = ['Alle GI\'s samen', 'Samen', 'Σ', 'Opgeteld'];
const SECTIONS = ['Regionale GI\'s', 'Landelijk werkende GI\'s', 'Randstad', 'Noord en Oost', 'Overig', 'Toelichting:'];
const FOOTNOTES = [
  'Bron: aanlevering van de GI\'s, bewerking JenV', '* Rotterdam leverde de wachttijden niet aan', '** voorlopige cijfers',
  'Peildatum 1 december 2022', 'NB: Nidos wordt apart gerapporteerd', '(1) exclusief inwerkende medewerkers',
];
const NOTE_HEADERS = ['Opmerking', 'Opmerkingen', 'Toelichting', 'Notes', 'Bron'];
const NOTE_TEXTS = ['', 'exclusief inwerkende medewerkers', 'incl. 12 kinderen uit Zeeland', 'fte 3,5 inwerkend', '1.234', 'n.v.t.', 'zie toelichting'];

export type Row =
  | { kind: 'gi'; gi: GiRow; note: string }
  | { kind: 'total'; label: string; values: Record<Key, number | null>; note: string }
  | { kind: 'text'; label: string }
  | { kind: 'blank' };

export interface Sheet { name: string; rows: Row[]; data: boolean }
export interface Layout { format: 'csv-nl' | 'csv-en' | 'xlsx'; notes: string | null; sheets: Sheet[] }

const available = (v: Record<Key, number | null>): number | null =>
  v.beschikbare_fte ?? (v.formatie_fte !== null && v.beschikbaarheid !== null ? v.formatie_fte * v.beschikbaarheid : null);

function weighted(rows: readonly GiRow[], value: (v: Record<Key, number | null>) => number | null, weight: (v: Record<Key, number | null>) => number | null): number | null {
  let num = 0;
  let den = 0;
  for (const r of rows) {
    const x = value(r.values);
    const w = weight(r.values);
    if (x === null || w === null) continue;
    num += x * w;
    den += w;
  }
  return den > 0 ? num / den : null;
}

/** The total of `rows` the way Excel builds it: Σ of the delivered cells; rates by Σ/Σ, or left blank. */
export function totalOf(rows: readonly GiRow[], rates: boolean): Record<Key, number | null> {
  const t = Object.fromEntries(COLUMNS.map(([k, type]) => {
    if (type !== 'count' && type !== 'fte') return [k, null];
    const delivered = rows.filter((r) => r.values[k] !== null);
    return [k, delivered.length === 0 ? null : Math.round(delivered.reduce((s, r) => s + (r.values[k] ?? 0), 0) * 10) / 10];
  })) as Record<Key, number | null>;
  if (!rates) return t;
  t.beschikbaarheid = weighted(rows, (v) => { const a = available(v); return a !== null && v.formatie_fte ? a / v.formatie_fte : null; }, (v) => v.formatie_fte);
  t.personeelsverloop = weighted(rows, (v) => v.personeelsverloop, (v) => v.formatie_fte);
  t.ziekteverzuim = weighted(rows, (v) => v.ziekteverzuim, (v) => v.formatie_fte);
  t.wachtdagen_start = weighted(rows, (v) => v.wachtdagen_start, (v) => v.wachtlijst_start);
  t.wachtdagen_intern = weighted(rows, (v) => v.wachtdagen_intern, (v) => v.interne_wachtlijst);
  return t;
}

const sheetPlan = fc.record({
  count: fc.integer({ min: 1, max: 13 }),
  total: fc.option(fc.record({
    label: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TOTAL_LABELS) }, { weight: 1, arbitrary: fc.constantFrom(...OWN_LABELS) }),
    at: fc.nat(), rates: fc.boolean(), withNidos: fc.boolean(),
    /** A second total of the same rows elsewhere (above and below, say), under the same label. */
    again: fc.option(fc.nat(), { nil: null }),
  }), { nil: null, freq: 4 }),
  extras: fc.array(fc.record({
    at: fc.nat(),
    row: fc.oneof(fc.constant<Row>({ kind: 'blank' }), fc.constantFrom(...SECTIONS).map((label): Row => ({ kind: 'text', label }))),
  }), { maxLength: 3 }),
  footnotes: fc.subarray(FOOTNOTES, { maxLength: 3 }),
});

/** An accepted layout of the twin's thirteen GIs (and perhaps Nidos). */
export const layoutArb: fc.Arbitrary<Layout> = fc.record({
  format: fc.constantFrom('csv-nl' as const, 'csv-en' as const, 'xlsx' as const),
  order: fc.shuffledSubarray([...GIS.keys()], { minLength: GIS.length, maxLength: GIS.length }),
  nidos: fc.boolean(),
  notes: fc.option(fc.record({ header: fc.constantFrom(...NOTE_HEADERS), texts: fc.array(fc.oneof(fc.constantFrom(...NOTE_TEXTS), fc.string({ maxLength: 12 })), { minLength: 15, maxLength: 15 }) }), { nil: null }),
  plans: fc.array(sheetPlan, { minLength: 1, maxLength: 3 }),
  decoys: fc.subarray(['Draaitabel', 'Toelichting', 'Lijsten'] as const),
  sheetOrder: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
}).map(({ format, order, nidos, notes, plans, decoys, sheetOrder }): Layout => {
  const rows = [...order.map((i) => GIS[i] as GiRow), ...(nidos ? [NIDOS] : [])];
  // CSV holds one table; a workbook spreads the rows over its data sheets.
  const usable = format === 'xlsx' ? plans : plans.slice(0, 1);
  const sheets: Sheet[] = [];
  let from = 0;
  usable.forEach((plan, s) => {
    const last = s === usable.length - 1;
    const take = last ? rows.length - from : Math.min(plan.count, rows.length - from - (usable.length - 1 - s));
    if (take <= 0) return;
    const mine = rows.slice(from, from + take);
    from += take;
    let noteAt = 0;
    const note = () => notes?.texts[noteAt++ % notes.texts.length] ?? '';
    const body: Row[] = mine.map((gi) => ({ kind: 'gi', gi, note: note() }));
    // A total by its sums needs two GI rows to add up; a one-row table keeps a labelled total.
    const label = plan.total && OWN_LABELS.includes(plan.total.label) && mine.filter((g) => g !== NIDOS).length < 2 ? 'Totaal' : plan.total?.label;
    if (plan.total && label) {
      const counted = plan.total.withNidos ? mine : mine.filter((g) => g !== NIDOS);
      const noMonitorGi = counted.length === 0;
      if (!noMonitorGi) {
        for (const at of [plan.total.at, ...(plan.total.again === null ? [] : [plan.total.again])]) {
          body.splice(at % (body.length + 1), 0, { kind: 'total', label, values: totalOf(counted, plan.total.rates), note: note() });
        }
      }
    }
    for (const extra of plan.extras) body.splice(extra.at % (body.length + 1), 0, extra.row);
    body.push(...plan.footnotes.map((label): Row => ({ kind: 'text', label })));
    sheets.push({ name: usable.length === 1 ? 'Overzicht' : `Deel ${s + 1}`, rows: body, data: true });
  });
  if (format === 'xlsx') {
    for (const d of decoys) sheets.push({ name: d, rows: [], data: false });
    // Shuffle the sheets with the drawn keys: the order must never matter.
    const keyed = sheets.map((sheet, i) => ({ sheet, key: sheetOrder[i] ?? i }));
    keyed.sort((a, b) => a.key - b.key);
    return { format, notes: notes?.header ?? null, sheets: keyed.map((k) => k.sheet) };
  }
  return { format, notes: notes?.header ?? null, sheets };
});

// ------------------------------------------------------------------ rendering
const NL = {
  count: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 }),
  fte: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }),
  rate: new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};
const EN_RATE = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });

/** A value as Excel shows it in a saved CSV: a total's rate with one decimal, as displayed. */
function shown(type: string, v: number | null, dutch: boolean, isTotal: boolean): string {
  if (v === null) return '';
  if (type === 'percent') return `${(dutch ? NL.rate : EN_RATE).format(v * 100)}%`;
  if (type === 'days' && isTotal) return (dutch ? NL.rate : EN_RATE).format(v);
  if (!dutch) return String(v);
  return type === 'fte' ? NL.fte.format(v) : NL.count.format(v);
}

function rowValues(row: Row): { first: string; values: Record<Key, number | null> | null; note: string; date: boolean } {
  if (row.kind === 'gi') return { first: row.gi.gi, values: row.gi.values, note: row.note, date: true };
  if (row.kind === 'total') return { first: row.label, values: row.values, note: row.note, date: false };
  if (row.kind === 'text') return { first: row.label, values: null, note: '', date: false };
  return { first: '', values: null, note: '', date: false };
}

/** The CSV text of a one-sheet layout. */
export function renderCsv(layout: Layout): string {
  const dutch = layout.format === 'csv-nl';
  const sep = dutch ? ';' : ',';
  // Quoted whenever it holds a ; or , (as LibreOffice and csv-stringify write it): an unquoted ;
  // in a comma file decides the delimiter (src/read/csv.ts), and the file is refused as a whole.
  const quote = (s: string) => (/[;,"\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s);
  const header = [dutch ? 'Naam GI' : 'GI name', dutch ? 'Peildatum' : 'Reference date', ...COLUMNS.map((c) => (dutch ? c[2] : c[3])), ...(layout.notes ? [layout.notes] : [])];
  const lines = [header];
  for (const row of layout.sheets[0]?.rows ?? []) {
    const r = rowValues(row);
    lines.push([r.first, r.date ? (dutch ? '1-12-2022' : '2022-12-01') : '', ...COLUMNS.map(([k, type]) => shown(type, r.values?.[k] ?? null, dutch, row.kind === 'total')), ...(layout.notes ? [r.note] : [])]);
  }
  return lines.map((l) => l.map(quote).join(sep)).join('\r\n') + '\r\n';
}

/** The workbook of a layout: number cells, percent formats, a date cell per GI row. */
export async function renderXlsx(layout: Layout): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of layout.sheets) {
    const ws = wb.addWorksheet(sheet.name, sheet.name === 'Lijsten' ? { state: 'hidden' } : {});
    if (!sheet.data) {
      if (sheet.name === 'Draaitabel') {
        ws.getRow(3).values = ['Rijlabels', 'Som van Formatie jeugdbeschermers (fte)', 'Som van Totaal aantal maatregelen'];
        GIS.forEach((g, i) => { ws.getRow(4 + i).values = [g.gi, g.values.formatie_fte, g.values.maatregelen_totaal]; });
      } else if (sheet.name === 'Lijsten') GIS.forEach((g, i) => { ws.getCell(i + 1, 1).value = g.gi; });
      else ws.getCell('A1').value = 'Cijfers zoals aangeleverd door de GI\'s.';
      continue;
    }
    ws.getCell('A1').value = 'Monitor jeugdbescherming — peildatum 1 december 2022';
    ws.getRow(3).values = ['Naam GI', 'Peildatum', ...COLUMNS.map((c) => c[2]), ...(layout.notes ? [layout.notes] : [])];
    sheet.rows.forEach((row, i) => {
      const r = rowValues(row);
      const cells = ws.getRow(4 + i);
      if (r.first !== '') cells.getCell(1).value = r.first;
      if (r.date) {
        cells.getCell(2).value = new Date(Date.UTC(2022, 11, 1));
        cells.getCell(2).numFmt = 'd-m-yyyy';
      }
      COLUMNS.forEach(([k, type], c) => {
        const v = r.values?.[k] ?? null;
        if (v === null) return;
        cells.getCell(3 + c).value = v;
        if (type === 'percent') cells.getCell(3 + c).numFmt = '0.0%';
      });
      if (layout.notes && r.note !== '') cells.getCell(3 + COLUMNS.length).value = r.note;
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function render(layout: Layout): Promise<{ name: string; bytes: Buffer }> {
  return layout.format === 'xlsx'
    ? { name: 'overzicht.xlsx', bytes: await renderXlsx(layout) }
    : { name: 'overzicht.csv', bytes: Buffer.from(renderCsv(layout), 'utf8') };
}

// ------------------------------------------------------------------ where a row lands
/** The place of row `index` of sheet `sheet`, as the issues give it: xlsx sheet + row, CSV row. */
export function placeOf(layout: Layout, sheet: number, index: number): { sheet: string | null; row: number } {
  const s = layout.sheets[sheet];
  return layout.format === 'xlsx' ? { sheet: s?.name ?? null, row: 4 + index } : { sheet: null, row: 2 + index };
}

/** Every total row of the layout with its place. */
export function totalsOf(layout: Layout): { sheet: number; index: number; row: Extract<Row, { kind: 'total' }> }[] {
  return layout.sheets.flatMap((s, sheet) => s.rows.flatMap((row, index) => (row.kind === 'total' ? [{ sheet, index, row }] : [])));
}

/** Every row of a monitor GI with its place. */
export function giRowsOf(layout: Layout): { sheet: number; index: number; row: Extract<Row, { kind: 'gi' }> }[] {
  return layout.sheets.flatMap((s, sheet) => s.rows.flatMap((row, index) => (row.kind === 'gi' && row.gi !== NIDOS ? [{ sheet, index, row }] : [])));
}

/** Names no register entry or total label answers to: each must be refused as an unknown GI. */
export const unregisteredName = fc.tuple(
  fc.constantFrom('Jeugdbescherming', 'JB', 'Stichting Jeugdbescherming', 'GI', 'Jeugdzorg'),
  fc.constantFrom('Noord-Nederland', 'Zeeland', 'Utrecht', 'Twente', 'Flevoland', 'Zuid-Limburg', 'Oost', 'Midden'),
).map(([a, b]) => `${a} ${b}`);
