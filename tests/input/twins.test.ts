import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/domain/model.js';
import { decodeText, detectDelimiter } from '../../src/read/csv.js';
import { FIXTURES, runCli } from '../helpers.js';

/**
 * Every accepted variant yields the same numbers as its clean twin. Each fixtures/input-* folder
 * below carries the figures of fixtures/input-clean (three GIs, 1 December 2022) written the way
 * GIs write them; the computed rounds must equal the twin's. Numbers are compared to 12
 * significant digits: "81,2%" is 81.2 / 100, which differs from 0.812 in the 17th digit.
 */
const VARIANTS: { folder: string; what: string; extra?: string[] }[] = [
  { folder: 'input-csv-semicolon', what: 'CSV with ; and Dutch numbers (1.274,5; 81,2%), dates 1-12-2022' },
  { folder: 'input-csv-comma', what: 'CSV with , and English numbers in quotes ("1,274.5"), 81.2%' },
  { folder: 'input-csv-bom-crlf', what: 'CSV, UTF-8 with BOM and CRLF line ends' },
  { folder: 'input-csv-windows-1252', what: 'CSV in Windows-1252 with title rows above the header' },
  { folder: 'input-csv-forms', what: 'CSV forms: 80 %, 80,0% and 0,8 percentages; BOM, CRLF, Windows-1252' },
  { folder: 'input-percent-bare', what: 'percentages as bare numbers (81,2): read as 81,2% with a warning' },
  { folder: 'input-xlsx-forms', what: 'xlsx forms: title rows, merged title, empty rows and columns, instructions, hidden lists, notes sheet, "80 %" as text' },
  { folder: 'input-xlsx-table-total', what: 'xlsx table with a Totaal landelijk row (checked, excluded) and an unknown column' },
  { folder: 'input-peildatum-label', what: 'xlsx table without peildatum column, Peildatum label above the header' },
  { folder: 'input-peildatum-option', what: 'CSV table without any peildatum, given with --peildatum', extra: ['--peildatum', '1-12-2022'] },
  { folder: 'input-dates-text', what: 'peildatum 01-12-2022, 2022-12-01, 1 december 2022' },
  { folder: 'input-dates-serial', what: 'peildatum as Excel serial (1900 system), serial and date cell in the 1904 system' },
  { folder: 'input-formula-cached', what: 'totals as SUM formulas with cached results' },
  { folder: 'input-gi-aliases', what: 'GI names as alias, code and odd spacing/case' },
];

/**
 * Rounds without provenance (file paths differ between twins) and without the delivery matrix
 * (a value read with a warning is marked so there, by design), numbers to 12 significant digits.
 */
function comparable(report: Report): unknown {
  return JSON.parse(JSON.stringify(report.rounds, (key, value: unknown) => {
    if (key === 'source' || key === 'aanleverstatus') return undefined;
    if (typeof value === 'number' && !Number.isInteger(value)) return Number(value.toPrecision(12));
    return value;
  }));
}

async function computeJson(folder: string, extra: string[] = []): Promise<Report> {
  const r = await runCli(['compute', `fixtures/${folder}`, '--format', 'json', ...extra]);
  expect(r.exitCode, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Report;
}

describe('the clean twin', () => {
  it('computes the expected national figures', async () => {
    const report = await computeJson('input-clean');
    const round = report.rounds[0];
    expect(report.rounds).toHaveLength(1);
    expect(round?.peildatum).toBe('2022-12-01');
    expect(round?.gis.map((g) => g.gi)).toEqual(['Jeugdbescherming Gelderland', 'Jeugdbescherming Limburg', 'Jeugdbescherming Noord']);
    expect(round?.national.formatie_fte?.value).toBeCloseTo(154.6 + 1274.5 + 157.9, 9);
    expect(round?.national.maatregelen_totaal?.value).toBe(2023 + 15710 + 2023);
    expect(round?.national.beschikbare_fte?.value).toBeCloseTo(154.6 * 0.812 + 1013.3 + 157.9 * 0.8, 9);
    expect(report.issues).toEqual([]);
  });
});

describe('every accepted variant yields the same numbers as its clean twin', () => {
  for (const v of VARIANTS) {
    it(`${v.folder}: ${v.what}`, async () => {
      const twin = comparable(await computeJson('input-clean'));
      expect(comparable(await computeJson(v.folder, v.extra))).toEqual(twin);
    });
  }
});

describe('what the reader detects in the variants', () => {
  const bytes = (file: string) => readFileSync(path.join(FIXTURES, file));
  it('decodes Windows-1252 when the bytes are not UTF-8', () => {
    const { text, encoding } = decodeText(bytes('input-csv-windows-1252/gis.csv'));
    expect(encoding).toBe('windows-1252');
    expect(text).toContain('één bestand, Fryslân');
  });
  it('decodes UTF-8 with a BOM', () => {
    const raw = bytes('input-csv-bom-crlf/gis.csv');
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { text, encoding } = decodeText(raw);
    expect(encoding).toBe('utf-8');
    expect(text.startsWith('Naam GI;')).toBe(true);
    expect(text).toContain('\r\n');
  });
  it('detects ; in Dutch files and , in English ones', () => {
    expect(detectDelimiter(decodeText(bytes('input-csv-semicolon/gis.csv')).text)).toBe(';');
    expect(detectDelimiter(decodeText(bytes('input-csv-comma/gis.csv')).text)).toBe(',');
  });
});

describe('accepted with notes: the tool says what it interpreted', () => {
  const cases: { folder: string; line: string }[] = [
    { folder: 'input-percent-bare', line: 'waarschuwing: fixtures/input-percent-bare/gis.csv › rij 2 › Beschikbaarheid (%): "81,2" is gelezen als 81,2%. Schrijf 81,2% om dit te bevestigen.' },
    { folder: 'input-dates-serial', line: 'waarschuwing: fixtures/input-dates-serial/gelderland.xlsx › Uitvraag › B5 (Peildatum): 43434 is gelezen als Excel-datumnummer: 2022-12-01. Geef de cel een datumopmaak als dat niet klopt.' },
    { folder: 'input-xlsx-table-total', line: 'let op: fixtures/input-xlsx-table-total/overzicht.xlsx › Overzicht › A6 (Naam GI): Totaalrij "Totaal landelijk" gecontroleerd: de aantallen en fte zijn de som van alle 3 GI-rijen van de tabel. Niet meegeteld als GI.' },
    { folder: 'input-xlsx-table-total', line: 'let op: fixtures/input-xlsx-table-total/overzicht.xlsx › Overzicht › P2: Kolom "Opmerking" is gelezen als toelichting en telt niet mee.' },
    { folder: 'input-xlsx-forms', line: 'let op: fixtures/input-xlsx-forms/noord.xlsx › Lijsten: Tabblad Lijsten (verborgen) heeft geen herkenbare velden en is overgeslagen.' },
    { folder: 'input-gi-aliases', line: 'let op: fixtures/input-gi-aliases/gis.csv › rij 3 › Naam GI: "JBG" is gelezen als Jeugdbescherming Gelderland.' },
  ];
  for (const c of cases) {
    it(`${c.folder}: ${c.line.slice(0, 60)}…`, async () => {
      const r = await runCli(['validate', `fixtures/${c.folder}`]);
      expect(r.exitCode).toBe(0);
      expect(r.stdout.split('\n').map((l) => l.trim())).toContain(c.line);
    });
  }
});
