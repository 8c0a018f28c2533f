import { describe, expect, it } from 'vitest';
import type { GiResult, Report } from '../../src/domain/model.js';
import { runCli } from '../helpers.js';

/**
 * The layouts corpus (fixtures/layout-*, written by scripts/make-layout-fixtures.mjs, listed in
 * docs/tables.md): the nulmeting's thirteen GIs laid out the way analysts lay out a table. Every
 * accepted variant computes to exactly its clean twin's national figures, monitor GIs and
 * aanleverstatus, and says what it made of the rows that are not GIs; every broken twin is refused
 * (exit 1) with errors on exactly the cells or rows that are wrong.
 */

/** An issue as the report carries it, reduced to what locates it. */
interface Located { type: string; file?: string; sheet?: string | null; cell?: string | null; row?: number | null; field?: string | null; value?: string | null; message?: unknown }

interface Accepted {
  folder: string;
  what: string;
  /** The clean twin; layout-clean unless said. */
  twin?: string;
  args?: string[];
  /** Notes (or other issues) the run must report, besides whatever else it says. */
  notes?: Located[];
  /** Nidos is in the table: shown per GI outside the national figures. */
  nidos?: boolean;
}

const xlsx = (folder: string) => `fixtures/${folder}/overzicht.xlsx`;
const csv = (folder: string) => `fixtures/${folder}/overzicht.csv`;
const checked = (file: string, where: { sheet?: string; cell?: string; row: number }, label: string, scope: RegExp): Located => ({
  type: 'row/total-checked', file, sheet: where.sheet ?? null, cell: where.cell ?? null, row: where.row, field: 'gi', value: label, message: expect.stringMatching(scope),
});
const skipped = (file: string, where: { sheet?: string; cell?: string; row: number }, label: string): Located => ({
  type: 'row/skipped-no-figures', file, sheet: where.sheet ?? null, cell: where.cell ?? null, row: where.row, field: 'gi', value: label,
});
/** The GI rows start below the header in row 3 (xlsx) or 1 (csv); a total is the row after the 13 GIs, or the first. */
const ALL = /de som van alle 13 GI-rijen van de tabel\. Niet/u;

const TOTAL_LABELS: { slug: string; label: string; top: boolean }[] = [
  ['totaal', 'Totaal'], ['totaal-landelijk', 'Totaal landelijk'], ['landelijk', 'Landelijk'], ['eindtotaal', 'Eindtotaal'],
  ['generaal-totaal', 'Generaal totaal'], ['nederland', 'Nederland'], ['totaal-gis', 'Totaal GI\'s'], ['som', 'Som'],
  ['total', 'Total'], ['grand-total', 'Grand total'],
].map(([slug = '', label = ''], i) => ({ slug, label, top: i % 2 === 1 }));

const ACCEPTED: Accepted[] = [
  ...TOTAL_LABELS.flatMap(({ slug, label, top }): Accepted[] => {
    const name = `layout-total-${slug}`;
    return [
      { folder: `${name}-xlsx`, what: `"${label}" ${top ? 'above' : 'below'} the GI rows, xlsx`, notes: [checked(xlsx(`${name}-xlsx`), { sheet: 'Overzicht', cell: top ? 'A4' : 'A17', row: top ? 4 : 17 }, label, ALL)] },
      { folder: `${name}-csv`, what: `"${label}" ${top ? 'above' : 'below'} the GI rows, CSV`, notes: [checked(csv(`${name}-csv`), { row: top ? 2 : 15 }, label, ALL)] },
    ];
  }),
  { folder: 'layout-total-formulas-xlsx', what: 'a Totaal of SUM formulas with their cached results', notes: [checked(xlsx('layout-total-formulas-xlsx'), { sheet: 'Overzicht', cell: 'A17', row: 17 }, 'Totaal', ALL)] },
  {
    folder: 'layout-total-with-nidos-xlsx', what: 'a Nidos row and a total that includes it, xlsx', nidos: true,
    notes: [checked(xlsx('layout-total-with-nidos-xlsx'), { sheet: 'Overzicht', cell: 'A18', row: 18 }, 'Totaal incl. Nidos', /alle 14 GI-rijen van de tabel, met de GI's buiten de monitor \(zoals Nidos\)\./u)],
  },
  {
    folder: 'layout-total-with-nidos-csv', what: 'a Nidos row and a total that includes it, CSV', nidos: true,
    notes: [checked(csv('layout-total-with-nidos-csv'), { row: 16 }, 'Totaal incl. Nidos', /alle 14 GI-rijen van de tabel, met de GI's buiten de monitor/u)],
  },
  {
    folder: 'layout-total-without-nidos-xlsx', what: 'a Nidos row and a total without it, xlsx', nidos: true,
    notes: [checked(xlsx('layout-total-without-nidos-xlsx'), { sheet: 'Overzicht', cell: 'A18', row: 18 }, 'Totaal landelijk', /alle 13 GI-rijen van de tabel, zonder de GI's buiten de monitor \(zoals Nidos\)\./u)],
  },
  {
    folder: 'layout-total-without-nidos-csv', what: 'a Nidos row and a total without it, CSV', nidos: true,
    notes: [checked(csv('layout-total-without-nidos-csv'), { row: 16 }, 'Totaal landelijk', /zonder de GI's buiten de monitor/u)],
  },
  {
    folder: 'layout-nidos-xlsx', what: 'a Nidos row, no total, xlsx', nidos: true,
    notes: [{ type: 'gi/outside-monitor', file: xlsx('layout-nidos-xlsx'), sheet: 'Overzicht', cell: 'A17', row: 17, field: 'gi' }],
  },
  { folder: 'layout-nidos-csv', what: 'a Nidos row, no total, CSV', nidos: true, notes: [{ type: 'gi/outside-monitor', file: csv('layout-nidos-csv'), row: 15, field: 'gi' }] },
  {
    folder: 'layout-subtotals-xlsx', what: 'section rows, a subtotal per block and an Eindtotaal, xlsx',
    notes: [
      skipped(xlsx('layout-subtotals-xlsx'), { sheet: 'Overzicht', cell: 'A4', row: 4 }, 'Regionale GI\'s'),
      checked(xlsx('layout-subtotals-xlsx'), { sheet: 'Overzicht', cell: 'A16', row: 16 }, 'Subtotaal regionale GI\'s', /de som van de 11 GI-rijen erboven\./u),
      skipped(xlsx('layout-subtotals-xlsx'), { sheet: 'Overzicht', cell: 'A17', row: 17 }, 'Landelijk werkende GI\'s'),
      checked(xlsx('layout-subtotals-xlsx'), { sheet: 'Overzicht', cell: 'A20', row: 20 }, 'Subtotaal landelijk werkende GI\'s', /de som van de 2 GI-rijen erboven\./u),
      checked(xlsx('layout-subtotals-xlsx'), { sheet: 'Overzicht', cell: 'A21', row: 21 }, 'Eindtotaal', ALL),
    ],
  },
  {
    folder: 'layout-subtotals-csv', what: 'section rows, a subtotal per block and an Eindtotaal, CSV',
    notes: [
      checked(csv('layout-subtotals-csv'), { row: 14 }, 'Subtotaal regionale GI\'s', /11 GI-rijen erboven/u),
      checked(csv('layout-subtotals-csv'), { row: 18 }, 'Subtotaal landelijk werkende GI\'s', /2 GI-rijen erboven/u),
      checked(csv('layout-subtotals-csv'), { row: 19 }, 'Eindtotaal', ALL),
    ],
  },
  {
    folder: 'layout-footnotes-xlsx', what: 'section rows, blank rows, a Totaal and footnotes under the table, xlsx',
    notes: [
      skipped(xlsx('layout-footnotes-xlsx'), { sheet: 'Overzicht', cell: 'A17', row: 17 }, 'Landelijk werkende GI\'s'),
      checked(xlsx('layout-footnotes-xlsx'), { sheet: 'Overzicht', cell: 'A21', row: 21 }, 'Totaal', ALL),
      skipped(xlsx('layout-footnotes-xlsx'), { sheet: 'Overzicht', cell: 'A23', row: 23 }, 'Bron: aanlevering van de GI\'s per 1 december 2022, bewerking JenV'),
      skipped(xlsx('layout-footnotes-xlsx'), { sheet: 'Overzicht', cell: 'A24', row: 24 }, '* Rotterdam leverde de wachttijden niet aan; Limburg, WSS en Leger des Heils niet de wachtlijst bij start'),
      skipped(xlsx('layout-footnotes-xlsx'), { sheet: 'Overzicht', cell: 'A25', row: 25 }, '** Nidos wordt apart gerapporteerd'),
    ],
  },
  {
    folder: 'layout-footnotes-csv', what: 'section rows, blank rows, a Totaal and footnotes under the table, CSV',
    notes: [
      skipped(csv('layout-footnotes-csv'), { row: 2 }, 'Regionale GI\'s'),
      checked(csv('layout-footnotes-csv'), { row: 19 }, 'Totaal', ALL),
      skipped(csv('layout-footnotes-csv'), { row: 21 }, 'Bron: aanlevering van de GI\'s per 1 december 2022, bewerking JenV'),
    ],
  },
  {
    folder: 'layout-notes-column-xlsx', what: 'a notes column (Opmerking), one note with a number in it, xlsx',
    notes: [{ type: 'column/notes', file: xlsx('layout-notes-column-xlsx'), sheet: 'Overzicht', cell: 'P3', value: 'Opmerking' }],
  },
  { folder: 'layout-notes-column-csv', what: 'a notes column (Opmerking), CSV', notes: [{ type: 'column/notes', file: csv('layout-notes-column-csv'), row: 1, value: 'Opmerking' }] },
  {
    folder: 'layout-total-by-sums-xlsx', what: 'a total under a label of its own ("Alle GI\'s samen"), recognised by its sums, xlsx',
    notes: [{ type: 'row/total-by-sums', file: xlsx('layout-total-by-sums-xlsx'), sheet: 'Overzicht', cell: 'A17', row: 17, value: 'Alle GI\'s samen' }],
  },
  { folder: 'layout-total-by-sums-csv', what: 'a total recognised by its sums, CSV', notes: [{ type: 'row/total-by-sums', file: csv('layout-total-by-sums-csv'), row: 15, value: 'Alle GI\'s samen' }] },
  {
    folder: 'layout-pivot-sheet-xlsx', what: 'a pivot summary (Rijlabels | Som van …) beside the data sheet',
    notes: [{ type: 'sheet/ignored', file: xlsx('layout-pivot-sheet-xlsx'), sheet: 'Draaitabel' }, checked(xlsx('layout-pivot-sheet-xlsx'), { sheet: 'Data', cell: 'A17', row: 17 }, 'Totaal', ALL)],
  },
  {
    folder: 'layout-sheets-shuffled-xlsx', what: 'the GIs on two sheets in no order, each with a total, between a pivot, notes and a hidden list',
    notes: [
      checked(xlsx('layout-sheets-shuffled-xlsx'), { sheet: 'Landelijk werkend', cell: 'A6', row: 6 }, 'Totaal landelijk werkende GI\'s', /alle 2 GI-rijen van de tabel/u),
      checked(xlsx('layout-sheets-shuffled-xlsx'), { sheet: 'Regionaal', cell: 'A4', row: 4 }, 'Totaal regionale GI\'s', /alle 11 GI-rijen van de tabel/u),
      { type: 'sheet/ignored', file: xlsx('layout-sheets-shuffled-xlsx'), sheet: 'Lijsten' },
    ],
  },
  {
    folder: 'layout-skip-sheet-xlsx', what: 'the analyst\'s own overview sheet, left out with --skip-sheet (any case)', args: ['--skip-sheet', 'EIGEN overzicht'],
    notes: [{ type: 'sheet/skipped-by-option', file: xlsx('layout-skip-sheet-xlsx'), sheet: 'Eigen overzicht' }],
  },
  {
    folder: 'layout-own-report', what: 'the tool\'s own reports (every format) beside the input',
    notes: [{ type: 'file/own-report', file: 'fixtures/layout-own-report/monitor.xlsx' }, { type: 'file/own-report', file: 'fixtures/layout-own-report/monitor.csv' }],
  },
  // Passes once "counts are evidence of the notation" is merged: until then 1.915 is ambiguous.
  { folder: 'layout-counts-cp1252', twin: 'layout-counts-clean', what: 'client counts only from Dutch Excel: Windows-1252, 1.915 (a count, so comma notation), a Totaal' },
];

interface Broken { folder: string; what: string; errors: Located[] }

const BROKEN: Broken[] = [
  {
    folder: 'layout-broken-partial-total-xlsx', what: 'a Totaal 12 off in a partly delivered column (wachtlijst_start), xlsx',
    errors: [{ type: 'row/total-mismatch', file: xlsx('layout-broken-partial-total-xlsx'), sheet: 'Overzicht', cell: 'J17', row: 17, field: 'wachtlijst_start', value: '774' }],
  },
  {
    folder: 'layout-broken-partial-total-csv', what: 'a Totaal 12 off in a partly delivered column, CSV',
    errors: [{ type: 'row/total-mismatch', file: csv('layout-broken-partial-total-csv'), sheet: null, cell: null, row: 15, field: 'wachtlijst_start', value: '774' }],
  },
  {
    folder: 'layout-broken-total-label-xlsx', what: 'an Eindtotaal on top whose OTS and measures do not add up, xlsx',
    errors: [
      { type: 'row/total-mismatch', file: xlsx('layout-broken-total-label-xlsx'), sheet: 'Overzicht', cell: 'F4', row: 4, field: 'ots', value: '19.683' },
      { type: 'row/total-mismatch', file: xlsx('layout-broken-total-label-xlsx'), sheet: 'Overzicht', cell: 'I4', row: 4, field: 'maatregelen_totaal', value: '33.904' },
    ],
  },
  {
    folder: 'layout-broken-total-label-csv', what: 'an Eindtotaal on top that does not add up, CSV',
    errors: [
      { type: 'row/total-mismatch', file: csv('layout-broken-total-label-csv'), row: 2, field: 'ots', value: '19.683' },
      { type: 'row/total-mismatch', file: csv('layout-broken-total-label-csv'), row: 2, field: 'maatregelen_totaal', value: '33.904' },
    ],
  },
  {
    folder: 'layout-broken-unknown-gi-xlsx', what: '"Jeugdbescherming Noord-Nederland": unknown, nearest Jeugdbescherming Noord, xlsx',
    errors: [{ type: 'gi/unknown', file: xlsx('layout-broken-unknown-gi-xlsx'), sheet: 'Overzicht', cell: 'A4', row: 4, field: 'gi', value: 'Jeugdbescherming Noord-Nederland', message: expect.stringContaining('bedoelt u "Jeugdbescherming Noord"?') }],
  },
  {
    folder: 'layout-broken-unknown-gi-csv', what: 'an unknown GI name, CSV',
    errors: [{ type: 'gi/unknown', file: csv('layout-broken-unknown-gi-csv'), row: 2, field: 'gi', value: 'Jeugdbescherming Noord-Nederland', message: expect.stringContaining('bedoelt u "Jeugdbescherming Noord"?') }],
  },
  {
    folder: 'layout-broken-footnote-figures-xlsx', what: 'a footnote row with figures that add up to nothing, xlsx',
    errors: [{ type: 'gi/unknown', file: xlsx('layout-broken-footnote-figures-xlsx'), sheet: 'Overzicht', cell: 'A19', row: 19, field: 'gi', value: '* Rotterdam: incl. kinderen uit Zeeland' }],
  },
  {
    folder: 'layout-broken-footnote-figures-csv', what: 'a footnote row with figures, CSV',
    errors: [{ type: 'gi/unknown', file: csv('layout-broken-footnote-figures-csv'), row: 17, field: 'gi', value: '* Rotterdam: incl. kinderen uit Zeeland' }],
  },
  {
    folder: 'layout-broken-availability-average-xlsx', what: 'the availability of the Totaal as a mean of the rows, not Σ/Σ, xlsx',
    errors: [{ type: 'row/total-formula-mismatch', file: xlsx('layout-broken-availability-average-xlsx'), sheet: 'Overzicht', cell: 'D17', row: 17, field: 'beschikbaarheid' }],
  },
  {
    folder: 'layout-broken-availability-average-csv', what: 'the availability of the Totaal as a mean of the rows, CSV',
    errors: [{ type: 'row/total-formula-mismatch', file: csv('layout-broken-availability-average-csv'), row: 15, field: 'beschikbaarheid', message: expect.stringContaining('De totaalrij geeft 80,3%') }],
  },
];

/**
 * What must equal the twin's: the national figures, the monitor GIs' entries and the
 * aanleverstatus, without provenance (paths differ), numbers to 12 significant digits.
 */
function comparable(report: Report, keep: (g: GiResult) => boolean = (g) => !g.outside_national): unknown {
  const rounds = report.rounds.map((r) => ({ peildatum: r.peildatum, expected: r.expected, national: r.national, gis: r.gis.filter(keep), aanleverstatus: r.aanleverstatus }));
  return JSON.parse(JSON.stringify(rounds, (key, value: unknown) => {
    if (key === 'source') return undefined;
    if (typeof value === 'number' && !Number.isInteger(value)) return Number(value.toPrecision(12));
    return value;
  }));
}

/** No message may print a value the code never meant to show. */
function expectCleanMessages(report: Report): void {
  for (const i of report.issues) expect((i as { message?: string }).message ?? '', i.type).not.toMatch(/undefined|null|NaN|\[object/u);
}

async function computeJson(folder: string, args: string[] = []): Promise<Report> {
  const r = await runCli(['compute', `fixtures/${folder}`, '--format', 'json', ...args]);
  expect(r.exitCode, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Report;
}

const twins = new Map<string, Promise<Report>>();
/** Each twin is computed once for the whole file. */
const twin = (folder: string) => {
  let p = twins.get(folder);
  if (!p) twins.set(folder, (p = computeJson(folder)));
  return p;
};

describe('the clean twins', () => {
  it('layout-clean: the nulmeting as published (33.859 measures, 2.566 fte, at least 762 waiting)', async () => {
    const report = await twin('layout-clean');
    const national = report.rounds[0]?.national;
    expect(report.rounds).toHaveLength(1);
    expect(report.rounds[0]?.gis).toHaveLength(13);
    expect(national?.maatregelen_totaal?.value).toBe(33859);
    expect(national?.formatie_fte?.value).toBeCloseTo(2566, 6);
    expect(national?.wachtlijst_start).toMatchObject({ value: 762, lower_bound: true });
    expect(national?.interne_wachtlijst).toMatchObject({ value: 1210, lower_bound: true });
  });
  it('layout-counts-clean: the client counts of 1 January 2024 (32.168)', async () => {
    const report = await twin('layout-counts-clean');
    expect(report.rounds[0]?.peildatum).toBe('2024-01-01');
    expect(report.rounds[0]?.national.maatregelen_totaal?.value).toBe(32168);
  });
});

describe('every accepted layout computes to its clean twin and says what it read', () => {
  for (const v of ACCEPTED) {
    it(`${v.folder}: ${v.what}`, async () => {
      const report = await computeJson(v.folder, v.args);
      expect(comparable(report)).toEqual(comparable(await twin(v.twin ?? 'layout-clean')));
      for (const note of v.notes ?? []) expect(report.issues).toContainEqual(expect.objectContaining(note));
      expectCleanMessages(report);
      const outside = report.rounds.flatMap((r) => r.gis.filter((g) => g.outside_national));
      if (!v.nidos) {
        expect(outside).toEqual([]);
        return;
      }
      // Nidos: one entry per GI, outside the national figures, with its own figures.
      expect(outside.map((g) => [g.gi, g.registered])).toEqual([['Nidos', true]]);
      expect(outside[0]?.indicators.maatregelen_totaal?.value).toBe(1508);
      expect(outside[0]?.indicators.formatie_fte?.value).toBeCloseTo(98.4, 9);
    });
  }
});

describe('every broken twin is refused with errors on the wrong cells', () => {
  it('layout-skip-sheet-xlsx without --skip-sheet: the overview delivers every GI twice, refused', async () => {
    const r = await runCli(['compute', 'fixtures/layout-skip-sheet-xlsx', '--format', 'json']);
    expect(r.exitCode).toBe(1);
    const errors = (JSON.parse(r.stdout) as Report).issues.filter((i) => i.severity === 'error');
    expect(new Set(errors.map((e) => `${e.type} ${e.sheet ?? ''}`))).toEqual(new Set(['submission/duplicate Aanlevering', 'submission/duplicate Eigen overzicht']));
    expect(errors).toHaveLength(26);
  });

  for (const b of BROKEN) {
    it(`${b.folder}: ${b.what}`, async () => {
      const r = await runCli(['compute', `fixtures/${b.folder}`, '--format', 'json']);
      expect(r.exitCode).toBe(1);
      // The json report of a refused run: nothing computed, every problem listed.
      const report = JSON.parse(r.stdout) as Report;
      expect(report.rounds).toEqual([]);
      const errors = report.issues.filter((i) => i.severity === 'error');
      expect(errors).toHaveLength(b.errors.length);
      b.errors.forEach((e, i) => expect(errors[i]).toMatchObject(e));
      expectCleanMessages(report);
      const en = await runCli(['compute', `fixtures/${b.folder}`, '--format', 'json', '--lang', 'en']);
      expectCleanMessages(JSON.parse(en.stdout) as Report);
    });
  }
});
