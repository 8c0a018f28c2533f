import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ComparisonRow, Report } from '../../src/domain/model.js';
import { INDICATOR_BY_ID } from '../../src/domain/indicators.js';
import { headerDelimiter } from '../../src/read/csv.js';
import { parsePublished } from '../../src/validate/published.js';
import { ROOT, runCli } from '../helpers.js';
import { param } from '../support/issue-param.js';

const HEADER = ['peildatum', 'indicator', 'published', 'decimals', 'source'];
const NL_HEADER = ['Peildatum', 'Indicator', 'Gepubliceerd', 'Decimalen', 'Bron'];

/** parsePublished on records as the CSV reader hands them over. */
function parseLines(lines: string[], delimiter = ';') {
  return parsePublished({ file: 'p.csv', delimiter, records: lines.map((l) => l.split(delimiter)) });
}

describe('reading the published figures like a submission', () => {
  const ok: [string, string[], string, { peildatum: string; indicator: string; published: number; decimals: number }][] = [
    ['English, decimal point', HEADER, '2022-12-01;organisatieworkload;16.5;1;letter', { peildatum: '2022-12-01', indicator: 'organisatieworkload', published: 16.5, decimals: 1 }],
    ['Dutch, decimal comma, d-m-yyyy', NL_HEADER, '1-12-2022;organisatieworkload;16,5;1;brief', { peildatum: '2022-12-01', indicator: 'organisatieworkload', published: 16.5, decimals: 1 }],
    ['Dutch thousands, decided by the decimals column', NL_HEADER, '1 december 2022;wachtend_totaal;2.072;0;brief', { peildatum: '2022-12-01', indicator: 'wachtend_totaal', published: 2072, decimals: 0 }],
    ['English thousands, decided by the decimals column', HEADER, '2022-12-01;maatregelen_totaal;33,859;0;letter', { peildatum: '2022-12-01', indicator: 'maatregelen_totaal', published: 33859, decimals: 0 }],
    ['a percentage with its sign stays in percent', NL_HEADER, '01-12-2022;aandeel_wachtlijst_start;2,2%;1;brief', { peildatum: '2022-12-01', indicator: 'aandeel_wachtlijst_start', published: 2.2, decimals: 1 }],
    ['a percentage without its sign', HEADER, '2022-12-01;beschikbaarheid;80;0;letter', { peildatum: '2022-12-01', indicator: 'beschikbaarheid', published: 80, decimals: 0 }],
    ['the indicator by its Dutch label', NL_HEADER, '1-12-2022;Organisatieworkload;16,5;1;brief', { peildatum: '2022-12-01', indicator: 'organisatieworkload', published: 16.5, decimals: 1 }],
    ['header aliases: reference_date, waarde, aantal decimalen', ['Reference_Date', 'indicator', 'waarde', 'Aantal decimalen', 'bron'], '2022-12-01;formatie_fte;2566;0;x', { peildatum: '2022-12-01', indicator: 'formatie_fte', published: 2566, decimals: 0 }],
    ['columns in another order, trailing empty fields', ['bron', 'decimalen', 'gepubliceerd', 'indicator', 'peildatum', ''], 'x;1;15,0;personeelsverloop;1-4-2024;;', { peildatum: '2024-04-01', indicator: 'personeelsverloop', published: 15, decimals: 1 }],
  ];
  it.each(ok)('%s', (_name, header, line, figure) => {
    const { figures, issues } = parseLines([header.join(';'), line]);
    expect(issues).toEqual([]);
    expect(figures).toEqual([expect.objectContaining(figure)]);
  });

  const bad: [string, string[], string, string, string | null][] = [
    ['an extra value', HEADER, '2022-12-01;organisatieworkload;16,5;1;brief;extra', 'compare/extra-column', '2022-12-01;organisatieworkload;16,5;1;brief;extra'],
    ['a missing column', NL_HEADER, '1-12-2022;organisatieworkload;16,5;1', 'compare/missing-column-in-row', '1-12-2022;organisatieworkload;16,5;1'],
    ['not a date', NL_HEADER, '31-11-2022;organisatieworkload;16,5;1;brief', 'cell/date', '31-11-2022'],
    ['an Excel serial number as date', NL_HEADER, '44896;organisatieworkload;16,5;1;brief', 'cell/date', '44896'],
    ['an unknown indicator', NL_HEADER, '1-12-2022;werklast;16,5;1;brief', 'compare/unknown-indicator', 'werklast'],
    ['not a number', NL_HEADER, '1-12-2022;organisatieworkload;zestien;1;brief', 'compare/not-a-number', 'zestien'],
    ['decimals not whole', NL_HEADER, '1-12-2022;organisatieworkload;16,5;1,5;brief', 'compare/decimals', '1,5'],
    ['more decimals than printed', NL_HEADER, '1-12-2022;organisatieworkload;16,49;1;brief', 'compare/more-decimals', '16,49'],
    ['a % sign on a count', NL_HEADER, '1-12-2022;wachtend_totaal;2072%;0;brief', 'compare/unexpected-percent', '2072%'],
    ['an empty value', NL_HEADER, '1-12-2022;organisatieworkload;;1;brief', 'compare/missing-value', null],
    ['ambiguous even with the decimals', NL_HEADER, '1-12-2022;organisatieworkload;2.072;3;brief', 'compare/ambiguous-number', '2.072'],
  ];
  it.each(bad)('refuses %s, on its row', (_name, header, line, type, value) => {
    const { figures, issues } = parseLines([header.join(';'), line]);
    expect(figures).toEqual([]);
    expect(issues.map((i) => [i.severity, i.type, i.file, i.row, i.value])).toEqual([['error', type, 'p.csv', 2, value]]);
  });

  it('reads the notation most values show; a value in the other one is refused with its fix', () => {
    const { issues } = parseLines([NL_HEADER.join(';'), '1-12-2022;organisatieworkload;16,5;1;a', '1-12-2022;beschikbaarheid;80,0;1;b', '1-12-2022;ziekteverzuim;7.1;1;c']);
    expect(issues.map((i) => [i.type, i.row, i.value, param(i, 'suggestion')])).toEqual([['compare/wrong-notation', 4, '7.1', '7,1']]);
    const tie = parseLines([NL_HEADER.join(';'), '1-12-2022;organisatieworkload;16,5;1;a', '1-12-2022;ziekteverzuim;7.1;1;c']);
    expect(tie.issues.map((i) => i.type)).toContain('compare/mixed-notation');
  });

  it('refuses a header without the columns, naming the missing ones; warns about an unknown one', () => {
    const { issues } = parseLines(['peildatum;indicator;waarde;opmerking', '1-12-2022;formatie_fte;2566;x']);
    expect(issues.map((i) => [i.severity, i.type, i.row, param(i, 'missing') ?? i.value])).toEqual([
      ['warning', 'compare/unknown-column', 1, 'opmerking'],
      ['error', 'compare/missing-column', 1, 'decimals,source'],
    ]);
    const twice = parseLines(['peildatum;indicator;waarde;gepubliceerd;decimalen;bron']);
    expect(twice.issues.map((i) => [i.type, i.value, param(i, 'first')])).toEqual([['compare/duplicate-column', 'gepubliceerd', 'waarde']]);
    expect(parseLines(['', '  ']).issues.map((i) => i.type)).toEqual(['compare/empty']);
  });

  it('skips empty rows (Excel writes ;;;; under a table) and reports every bad row at once', () => {
    const { figures, issues } = parseLines([NL_HEADER.join(';'), '1-12-2022;formatie_fte;2.566;0;a', ';;;;', '', 'x;y;z;1;b', '1-12-2022;organisatieworkload;16,5']);
    expect(figures).toHaveLength(1);
    expect(issues.map((i) => [i.row, i.type])).toEqual([[5, 'cell/date'], [5, 'compare/unknown-indicator'], [5, 'compare/not-a-number'], [6, 'compare/missing-column-in-row']]);
  });
});

describe('the delimiter of the published figures', () => {
  it.each([
    ['a `,` header, a `;` in a source further down', 'peildatum,indicator,published,decimals,source\n2022-12-01,formatie_fte,2566,0,brief; bijlage 2\n', ','],
    ['a `;` header, commas in the values', '\r\nPeildatum;Indicator;Gepubliceerd;Decimalen;Bron\r\n1-12-2022;organisatieworkload;16,5;1;brief, bijlage\r\n', ';'],
    ['a tab header', 'peildatum\tindicator\tpublished\tdecimals\tsource\n', '\t'],
  ])('%s', (_name, text, expected) => {
    expect(headerDelimiter(text)).toBe(expected);
  });
});

/**
 * data/published.csv as Dutch Excel saves it: `;`, Dutch headers, decimal commas, thousands dots,
 * d-m-yyyy or `1 december 2022`, some percentages with their sign, a non-ASCII source text.
 */
function dutchExcel(encoding: 'windows-1252' | 'utf-8-bom'): Buffer {
  const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
  const records = parse<Record<string, string>>(readFileSync(path.join(ROOT, 'data', 'published.csv'), 'utf8'), { columns: true });
  const lines = records.map((r, n) => {
    const [y, m, d] = (r.peildatum ?? '').split('-').map(Number);
    const date = n % 2 === 0 ? `${d}-${m}-${y}` : `${d} ${months[(m ?? 1) - 1]} ${y}`;
    const decimals = Number(r.decimals);
    const value = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(Number(r.published));
    const percent = INDICATOR_BY_ID.get(r.indicator ?? '')?.display === 'percent' && n % 3 === 0 ? '%' : '';
    return [date, r.indicator, `${value}${percent}`, r.decimals, `${r.source} (cliënten)`].join(';');
  });
  const text = [NL_HEADER.join(';'), ...lines, ';;;;', ''].join('\r\n');
  // Buffer's latin1 equals Windows-1252 for these characters (ë = 0xEB); the bytes are not valid UTF-8.
  return encoding === 'windows-1252' ? Buffer.from(text, 'latin1') : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

const withoutSource = (rows: ComparisonRow[] | undefined) => (rows ?? []).map(({ source: _source, ...rest }) => rest);

describe('--compare with a Dutch Excel file', () => {
  const inputs = ['compute', 'fixtures/nulmeting-2022-12-01', 'fixtures/rondes-2023-2024', '--format', 'json'];
  it.each(['windows-1252', 'utf-8-bom'] as const)('gives the same comparison as data/published.csv (%s)', async (encoding) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'jbmonitor-compare-'));
    writeFileSync(path.join(dir, 'gepubliceerd.csv'), dutchExcel(encoding));
    const clean = JSON.parse((await runCli([...inputs, '--compare', 'data/published.csv'])).stdout) as Report;
    const result = await runCli([...inputs, '--compare', path.join(dir, 'gepubliceerd.csv')]);
    expect(result.exitCode, result.stderr).toBe(0);
    const dutch = JSON.parse(result.stdout) as Report;
    expect(dutch.issues.filter((i) => i.file?.endsWith('gepubliceerd.csv'))).toEqual([]);
    expect(withoutSource(dutch.comparison)).toEqual(withoutSource(clean.comparison));
    expect(dutch.comparison?.[0]?.source).toBe(`${clean.comparison?.[0]?.source ?? ''} (cliënten)`);
    expect(new Set(dutch.comparison?.map((c) => c.verdict))).toEqual(new Set(['gelijk', 'verschil', 'verenigbaar-met-ondergrens', 'in-strijd-met-ondergrens']));
  });

  const broken = 'peildatum,indicator,published,decimals,source\n2022-12-01,organisatieworkload,16,5,1,brief\n2022-12-01,wachtend_totaal,2072,0\n';
  it.each([
    ['nl', [
      'fout: p.csv › rij 2: "2022-12-01,organisatieworkload,16,5,1,brief" heeft 6 waarden, de kopregel 5 kolommen: er staat een waarde buiten de kolommen en de rij is niet gelezen. Met de komma als scheidingsteken splitst een decimale komma het getal (16,5 wordt 16 en 5)',
      'fout: p.csv › rij 3: "2022-12-01,wachtend_totaal,2072,0" heeft 4 waarden, de kopregel 5 kolommen: er ontbreekt een kolom',
    ]],
    ['en', [
      'error: p.csv › row 2: "2022-12-01,organisatieworkload,16,5,1,brief" has 6 values, the header 5 columns: a value lies outside the columns and the row was not read. With the comma as delimiter a decimal comma splits the number (16,5 becomes 16 and 5)',
      'error: p.csv › row 3: "2022-12-01,wachtend_totaal,2072,0" has 4 values, the header 5 columns: a column is missing',
    ]],
  ] as const)('refuses an extra and a missing column on their rows (%s), exit 1', async (lang, expected) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'jbmonitor-compare-'));
    writeFileSync(path.join(dir, 'p.csv'), broken);
    const result = await runCli(['compute', path.join(ROOT, 'fixtures/nulmeting-2022-12-01'), '--compare', 'p.csv', '--lang', lang], { cwd: dir });
    expect(result.exitCode).toBe(1);
    for (const line of expected) expect(result.stderr).toContain(line);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(/ at |Error:/u);
  });
});
