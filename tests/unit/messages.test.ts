import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Issue, Lang } from '../../src/domain/model.js';
import type { IssueType } from '../../src/domain/issue-kinds.js';
import { makeIssue, NOWHERE, placesParam, type IssueDetails } from '../../src/domain/issues.js';
import { ISSUE_TYPES, locationText, templatesFor, toReportIssue } from '../../src/domain/messages.js';
import { issueLine } from '../../src/render/issue-line.js';
import { ROOT } from '../helpers.js';
import { messageDefects } from '../support/message-defects.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** Issue types named in src/ outside the registry and the templates: string literals "prefix/kind" with a known prefix. */
function typesUsedInSource(): string[] {
  const prefixes = new Set(ISSUE_TYPES.map((t) => t.split('/')[0]));
  const found = new Set<string>();
  for (const file of sourceFiles(path.join(ROOT, 'src'))) {
    if (file.endsWith(path.join('domain', 'messages.ts')) || file.endsWith(path.join('domain', 'issue-kinds.ts'))) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(/'([a-z]+)\/([a-z0-9-]+)'/gu)) {
      if (prefixes.has(m[1] ?? '')) found.add(`${m[1]}/${m[2]}`);
    }
  }
  return [...found].sort();
}

describe('message templates', () => {
  it('Dutch and English have exactly the same issue types', () => {
    expect(templatesFor('en')).toEqual(templatesFor('nl'));
  });
  it('every issue type created in src/ has a template', () => {
    const used = typesUsedInSource();
    expect(used.length).toBeGreaterThan(30);
    expect(used.filter((t) => !(ISSUE_TYPES as readonly string[]).includes(t))).toEqual([]);
  });
  it('every template renders in both languages without leftovers, even without its params', () => {
    for (const type of ISSUE_TYPES) {
      for (const details of [{ field: 'formatie_fte', value: '1', params: {} }, {}] as IssueDetails[]) {
        const issue: Issue = makeIssue('error', type, { file: 'x.xlsx', sheet: 'Uitvraag', cell: 'B7', row: 7, column: 'B' }, details);
        for (const lang of LANGS) {
          const text = toReportIssue(issue, lang).message;
          expect(text.length, `${type} ${lang}`).toBeGreaterThan(5);
          expect(text, `${type} ${lang}`).not.toMatch(/\[object|\$\{/u);
          expect(messageDefects(text), `${type} ${lang}: ${text}`).toEqual([]);
        }
      }
    }
  });
});

const LANGS: readonly Lang[] = ['nl', 'en'];
const AT = { file: 'x.xlsx', sheet: 'Uitvraag', cell: 'B7', row: 7, column: 'B' };
const OTHERS = JSON.stringify([{ file: 'a.csv', sheet: null, cell: null, row: 5 }]);

/**
 * Every issue kind with the field, value and params its producers give it (numbers as they come
 * out of a computation, float noise included). A new kind needs a line here: the test below fails
 * until it has one.
 */
const SAMPLES: { [K in IssueType]: IssueDetails<K> } = {
  'case/bsn-column': { params: { values: 1200, share: 99.5 } },
  'case/bsn-value': { field: 'gi' },
  'case/date': { field: 'startdatum', value: '1-12-22', expected: 'date' },
  'case/date-range': { field: 'startdatum', value: '1-1-1000', expected: 'date', params: { from: 1990, to: 2099 } },
  'case/date-order': { field: 'einddatum', value: '1-10-2022', params: { other: 'startdatum' } },
  'case/date-serial': {},
  'case/differs': { field: 'ots', value: 1194, params: { aggregate: 1194, derived: 1190.5, file: 'jb-noord.csv' } },
  'case/duplicate': { expected: 'one-row-per-measure', params: { otherFile: 'jb-noord.csv', otherRow: 12 } },
  'case/missing-column': { field: 'startdatum', params: { column: 'Startdatum' } },
  'case/missing-value': { field: 'startdatum' },
  'file/more-issues': { params: { count: 1234, type: 'case/date' } },
  'case/unknown-type': { field: 'maatregel', value: 'Toezicht', expected: 'measure-type' },
  'cell/ambiguous-number': { field: 'formatie_fte', value: '1.274', expected: 'fte', params: { comma: 1274, point: 1.274 } },
  'cell/date': { field: 'peildatum', value: '31-11-2022', expected: 'date' },
  'cell/date-range': { field: 'peildatum', value: '100', expected: 'date', params: { iso: '1900-04-09', from: 2000, to: 2099 } },
  'cell/date-time': { field: 'peildatum', value: '2022-12-01 12:00', expected: 'date' },
  'cell/number-overflow': { field: 'ots', expected: 'count' },
  'cell/date-serial': { field: 'peildatum', value: '44896', params: { iso: '2022-12-01' } },
  'cell/formula-error': { field: 'ots', value: '#DIV/0!', expected: 'count' },
  'cell/formula-without-result': { field: 'maatregelen_totaal', params: { formula: '=SUM(B8:B10)' } },
  'cell/fractional-count': { field: 'ots', value: 1194.5, expected: 'count' },
  'cell/gi': { field: 'gi', value: '12', expected: 'gi' },
  'cell/negative': { field: 'formatie_fte', value: -154.6, expected: 'fte' },
  'cell/not-a-number': { field: 'ots', value: 'ongeveer 1200', expected: 'count' },
  'cell/not-delivered': { field: 'ots', value: 'n.v.t.' },
  'cell/percent-interpreted': { field: 'beschikbaarheid', value: 7.9, params: { percent: 7.9 } },
  'cell/percent-range': { field: 'beschikbaarheid', value: { value: 0.1 * 3 * 400, percent: true }, expected: 'percent' },
  'cell/too-large': { field: 'ots', value: 12345678901, expected: 'count' },
  'cell/wrong-notation': { field: 'formatie_fte', value: '2.566,5', expected: 'fte', params: { notation: 'point', suggestion: '2566.5' } },
  'column/unknown': { value: 'Formatie jeugdbeschermer', params: { nearest: 'formatie_fte' } },
  'field/mixed-percent-style': { field: 'beschikbaarheid', expected: 'one-percent-style' },
  'file/active-content-ignored': { params: { parts: 'xl/vbaProject.bin' } },
  'file/corrupt': {},
  'file/csv-syntax': { params: { reason: 'Quote Not Closed', code: 'CSV_QUOTE_NOT_CLOSED' } },
  'file/empty': {},
  'file/legacy-xls': {},
  'file/mixed-notation': { expected: 'one-notation' },
  'file/no-fields': {},
  'file/not-spreadsheet': { expected: 'spreadsheet', params: { reason: 'not a zip' } },
  'file/unreadable': { params: { reason: 'EACCES' } },
  'file/not-regular': { params: { kind: 'fifo' } },
  'file/symlink-followed': { params: { target: '/data/ronde-2024/jb-noord.xlsx' } },
  'file/symlink-broken': { params: { reason: 'dangling' } },
  'folder/unreadable': { params: { reason: 'EACCES' } },
  'folder/symlink-skipped': {},
  'gi/alias': { field: 'gi', value: 'JB Noord', params: { name: 'Jeugdbescherming Noord' } },
  'gi/unknown': { field: 'gi', value: 'Jeugdbescherming Limbrug', expected: 'known-gi', params: { nearest: 'Jeugdbescherming Limburg' } },
  'input/no-submissions': {},
  'limit/compression-ratio': { params: { ratio: 1234, limit: 200 } },
  'limit/csv-line': { params: { limit: 1024 } },
  'file/not-workbook': { params: { zip: 'word' } },
  'limit/csv-rows': { params: { limit: 1000 } },
  'limit/csv-cells': { params: { limit: 250000 } },
  'limit/file-size': { params: { size: 123.4, limit: 50 } },
  'limit/rows': { params: { limit: 1000, part: 'xl/worksheets/sheet1.xml' } },
  'limit/cells': { params: { limit: 100000 } },
  'limit/merged-cells': { params: { cells: 17179803648, limit: 10000, part: 'xl/worksheets/sheet1.xml' } },
  'file/unsafe-zip': { params: { part: '/xl/worksheets/sheet1.xml', problem: 'name' } },
  'sheet/bad-reference': { params: { ref: 'A99999999', part: 'xl/worksheets/sheet1.xml', problem: 'grid' } },
  'cell/garbled-value': { value: '283abc', params: { stored: 'number' } },
  'limit/unzipped-size': { params: { size: 2048.5, limit: 500 } },
  'plausibility/availability-low': { field: 'beschikbaarheid', value: { value: 40.00000000000001, percent: true, decimals: 1 }, params: { rate: 40.00000000000001, gi: 'Jeugdbescherming Noord' } },
  'plausibility/change': { field: 'formatie_fte', value: { value: 170.76360000000003, decimals: 1 }, params: { now: 170.8, before: 125.5, previous: '2022-12-01', pct: 36, direction: 'up', gi: 'Jeugdbescherming Noord' } },
  'plausibility/days-without-count': { field: 'wachtdagen_start', value: 21 },
  'plausibility/small-round': { field: 'peildatum', value: '2021-12-01', params: { peildatum: '2021-12-01', count: 1, expected: 13, gis: 'Jeugdbescherming Limburg' } },
  'plausibility/workload': { value: { value: 48.936170212765965, decimals: 1 }, params: { workload: 48.936170212765965, gi: 'Jeugdbescherming Noord' } },
  'revision/applied': { field: 'aanleverdatum', value: '2024-03-15', params: { gi: 'Jeugdbescherming Noord', peildatum: '2022-12-01', old: 'a.csv', oldDate: '2022-12-16', changed: 3 } },
  'revision/hint': { field: 'aanleverdatum', value: '2024-03-15', params: { gi: 'Jeugdbescherming Noord', peildatum: '2022-12-01' } },
  'revision/same-date': { field: 'aanleverdatum', value: '2024-03-15', expected: 'delivery-date', params: { gi: 'Jeugdbescherming Noord', peildatum: '2022-12-01', files: JSON.stringify([{ file: 'a.csv', sheet: null, cell: null, row: null }, { file: 'b.csv', sheet: null, cell: null, row: null }]) } },
  'revision/undated': { field: 'aanleverdatum', expected: 'delivery-date', params: { gi: 'Jeugdbescherming Noord', peildatum: '2022-12-01', files: JSON.stringify([{ file: 'a.csv', sheet: null, cell: null, row: null }, { file: 'b.csv', sheet: null, cell: null, row: null }]) } },
  'row/missing-gi': { field: 'gi', expected: 'gi' },
  'row/missing-peildatum': { field: 'peildatum', expected: 'date' },
  'row/total-mismatch': { field: 'formatie_fte', value: 2576.0000000000005, expected: 'sum-of-rows', params: { sum: 2566.45, rows: 13, label: 'Eindtotaal' } },
  'row/total-checked': { field: 'gi', value: 'Eindtotaal', params: { rows: 13, where: 'table', outside: 'excluded', unchecked: 'wachtdagen_start' } },
  'row/total-by-sums': { field: 'gi', value: 'Alle GI\'s samen', params: { rows: 2, where: 'above', outside: 'included', unchecked: '' } },
  'row/total-formula-mismatch': { field: 'beschikbaarheid', value: { value: 70, percent: true, decimals: 2 }, expected: 'national-formula', params: { expected: 80.6, percent: 1, rows: 2 } },
  'row/skipped-no-figures': { field: 'gi', value: 'Landelijk werkende GI\'s' },
  'column/notes': { value: 'Opmerking' },
  'gi/outside-monitor': { field: 'gi', params: { gi: 'Nidos' } },
  'file/own-report': {},
  'column/no-header-figures': {},
  'field/fraction-among-percents': { field: 'ziekteverzuim', value: '0,9', expected: 'one-percent-style' },
  'cell/merged-rows': { field: 'beschikbaarheid', expected: 'percent', params: { master: 'C5' } },
  'column/unknown-figures': { value: 'Wachtlijst start (dagen)', params: { nearest: 'wachtlijst_start' } },
  'field/repeated-conflict': { field: 'wachtlijst_start', value: 66, expected: 'one-value', params: { first: JSON.stringify([{ file: 'noord.csv', sheet: null, cell: null, row: 9 }]) } },
  'field/repeated-same': { field: 'wachtlijst_start', value: 60, params: { first: JSON.stringify([{ file: 'noord.csv', sheet: null, cell: null, row: 9 }]) } },
  'sheet/skipped-by-option': { params: { sheet: 'Overzicht' } },
  'option/skip-sheet-unmatched': { value: 'Pivot' },
  'case/threshold-mismatch': { params: { peildatum: '2024-04-01', drempel: 10, uitvraag: 5, count: 2, gis: 'Jeugdbescherming Noord, Jeugdbescherming Limburg' } },
  'feestdagen/date': { value: '31-11-2024', expected: 'date' },
  'workdays/no-decreed-days': { params: { year: 2021, covers: '2022–2028', law_nl: 'Nieuwjaarsdag 1 januari 2021', law_en: 'New Year\'s Day 1 January 2021', extra_nl: '', extra_en: '' } },
  'compare/ambiguous-number': { value: '2.072', params: { comma: 2072, point: 2.072 } },
  'compare/decimals': { value: 'een', expected: 'decimals' },
  'compare/duplicate-column': { value: 'waarde', params: { column: 'published', first: 'gepubliceerd' } },
  'compare/empty': { expected: 'published-header' },
  'compare/extra-column': { value: '2022-12-01,organisatieworkload,16,5,1,brief', expected: 'published-columns', params: { count: 6, expected: 5, delimiter: ',' } },
  'compare/missing-column': { value: 'peildatum;indicator;gepubliceerd', expected: 'published-header', params: { missing: 'decimals,source' } },
  'compare/missing-column-in-row': { value: '2022-12-01;organisatieworkload;16,5', expected: 'published-columns', params: { count: 3, expected: 5, delimiter: ';' } },
  'compare/missing-value': { params: { column: 'published' } },
  'compare/mixed-notation': { expected: 'one-notation' },
  'compare/more-decimals': { value: '16,55', params: { decimals: 1 } },
  'compare/not-a-number': { value: 'ongeveer 16' },
  'compare/unexpected-percent': { value: '16,5%', params: { indicator: 'organisatieworkload' } },
  'compare/unknown-column': { value: 'opmerking' },
  'compare/unknown-indicator': { value: 'workload', expected: 'indicator-id' },
  'compare/wrong-notation': { value: '16.5', params: { notation: 'comma', suggestion: '16,5' } },
  'rule/availability-above-establishment': { field: 'beschikbare_fte', value: 160.2, params: { reported: 160.2, formatie: 154.6 } },
  'rule/availability-mismatch': { field: 'beschikbare_fte', value: 100, expected: 'agree-within-0.5', params: { derived: 125.54, reported: 100 } },
  'rule/availability-without-establishment': { field: 'beschikbaarheid', value: { value: 81.2, percent: true } },
  'rule/types-exceed-total': { field: 'maatregelen_totaal', value: 2000, expected: 'types-sum', params: { sum: 2023, total: 2000 } },
  'rule/types-total': { field: 'maatregelen_totaal', value: 2032, expected: 'types-sum', params: { sum: 2023, total: 2032 } },
  'rule/waiting-exceeds-total': { field: 'interne_wachtlijst', value: 2100, expected: 'at-most-total', params: { total: 2023 } },
  'sheet/hidden-cells': { params: { sheet: 'Uitvraag', rows: '5, 7–9', columns: 'D' } },
  'sheet/hidden-read': { params: { sheet: 'Oud' } },
  'sheet/ignored': { params: { sheet: 'Lijsten', hidden: 'yes' } },
  'submission/duplicate': { field: 'gi', value: 'Jeugdbescherming Noord', expected: 'one-submission', params: { gi: 'Jeugdbescherming Noord', peildatum: '2022-12-01', count: 3, others: OTHERS } },
  'submission/no-figures': {},
};

/** A param rendered as the "missing" placeholder: the sample and the template disagree on a name. */
const PLACEHOLDER = /(^|[\s(])\?([\s).,;:]|$)/u;

describe('every issue kind, rendered with the params it carries', () => {
  it('has a sample for every kind (add one for a new kind)', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...ISSUE_TYPES]);
  });
  for (const type of ISSUE_TYPES) {
    for (const lang of LANGS) {
      it(`${type} (${lang})`, () => {
        const details = SAMPLES[type] ?? {};
        const report = toReportIssue(makeIssue('error', type, AT, details), lang);
        expect(messageDefects(report.message), report.message).toEqual([]);
        expect(report.message, 'a param the template reads is missing').not.toMatch(PLACEHOLDER);
        expect(messageDefects(report.value ?? ''), String(report.value)).toEqual([]);
        expect(report).not.toHaveProperty('number');
        expect(report).not.toHaveProperty('params');
      });
    }
  }
});

describe('numbers in the run\'s language', () => {
  const render = (type: IssueType, details: IssueDetails, lang: Lang) => toReportIssue(makeIssue('error', type, AT, details), lang);
  it.each([
    // what, type, details, Dutch message, English message
    ['a number cell, not JS notation', 'cell/fractional-count', { value: 1194.5 },
      '"1.194,5" is geen geheel aantal. Tel hele kinderen of maatregelen.', '"1,194.5" is not a whole number. Count whole children or measures.'],
    ['a text cell stays as written', 'cell/fractional-count', { value: '1194.5' },
      '"1194.5" is geen geheel aantal. Tel hele kinderen of maatregelen.', '"1194.5" is not a whole number. Count whole children or measures.'],
    ['a percent cell', 'cell/percent-range', { value: { value: 120.00000000000001, percent: true } },
      '"120%" ligt niet tussen 0 en 100%. Vul een percentage van 0 tot en met 100% in (bijv. 80%).', '"120%" is not between 0 and 100%. Enter a percentage from 0 to 100% (e.g. 80%).'],
    ['a bare percentage written by hand', 'cell/percent-interpreted', { value: '7,9', params: { percent: 7.9 } },
      '"7,9" is gelezen als 7,9%. Schrijf 7,9% om dit te bevestigen.', '"7,9" was read as 7.9%. Write 7,9% to confirm.'],
    ['a bare percentage in a number cell', 'cell/percent-interpreted', { value: 7.9, params: { percent: 7.9 } },
      '"7,9" is gelezen als 7,9%. Schrijf 7,9% om dit te bevestigen.', '"7.9" was read as 7.9%. Write 7.9% to confirm.'],
    ['a total with float noise', 'row/total-mismatch', { value: 2576.0000000000005, params: { sum: 2566.45, rows: 13, label: 'Totaal' } },
      'De totaalrij "Totaal" geeft 2.576, maar de som van de 13 GI-rijen van deze tabel is 2.566,45. Corrigeer de totaalrij of de GI-rijen.',
      'The total row "Totaal" gives 2,576, but the sum of the 13 GI rows of this table is 2,566.45. Correct the total row or the GI rows.'],
    ['counts with thousands', 'rule/types-total', { value: 2032, params: { sum: 2023, total: 2032 } },
      'OTS + voogdij + JR = 2.023, maar het totaal is 2.032. Corrigeer het totaal of een van de soorten.',
      'OTS + guardianship + JR = 2,023, but the total is 2,032. Correct the total or one of the types.'],
    ['fte params with thousands', 'rule/availability-mismatch', { value: 100, params: { derived: 1125.54, reported: 1100 } },
      'Formatie × beschikbaarheid is 1.125,54 fte, maar de beschikbare formatie is 1.100 fte (verschil meer dan 0,5 fte). Corrigeer een van de drie, of laat de beschikbaarheid leeg.',
      'Establishment × availability is 1,125.54 fte, but available staff is 1,100 fte (a difference of more than 0.5 fte). Correct one of the three, or leave the availability empty.'],
    ['the two readings of an ambiguous text, without grouping', 'cell/ambiguous-number', { value: '1.274', params: { comma: 1274, point: 1.274 } },
      '"1.274" is dubbelzinnig (1274 met decimale komma, 1,274 met decimale punt) en het bestand toont geen eenduidige notatie. Geef --decimal comma of --decimal point op.',
      '"1.274" is ambiguous (1274 with a decimal comma, 1.274 with a decimal point) and the file shows no unambiguous notation. Pass --decimal comma or --decimal point.'],
    ['a two-digit year', 'cell/date', { value: '1-12-22' },
      '"1-12-22" is geen bestaande datum. Schrijf het jaar met vier cijfers, bijv. 1-12-2022.', '"1-12-22" is not an existing date. Write the year with four digits, e.g. 1-12-2022.'],
    ['a date that does not exist', 'cell/date', { value: '31-11-2022' },
      '"31-11-2022" is geen bestaande datum. Schrijf bijv. 1-12-2022 of 2022-12-01.', '"31-11-2022" is not an existing date. Write e.g. 1-12-2022 or 2022-12-01.'],
    ['a two-digit year in a case file', 'case/date', { field: 'startdatum', value: '1-3-23' },
      'Startdatum: "1-3-23" is geen bestaande datum. Schrijf het jaar met vier cijfers, bijv. 1-12-2022.', 'Start date: "1-3-23" is not an existing date. Write the year with four digits, e.g. 1-12-2022.'],
    ['an unknown header with the nearest field label', 'column/unknown', { value: 'Formatie jeugdbeschermer', params: { nearest: 'formatie_fte' } },
      'Kolom "Formatie jeugdbeschermer" is onbekend en wordt genegeerd. Bedoelt u "Formatie jeugdbeschermers (fte)"? Geef de kolom een label van de uitvraag als hij mee moet tellen (zie jbmonitor template).',
      'Column "Formatie jeugdbeschermer" is unknown and ignored. Did you mean "Staff establishment (fte)"? Give it a label of the uitvraag if it should count (see jbmonitor template).'],
    ['an unknown header of a case file', 'column/unknown', { value: 'Start datum maatregel', params: { nearestCase: 'startdatum' } },
      'Kolom "Start datum maatregel" is onbekend en wordt genegeerd. Bedoelt u "Startdatum"? Geef de kolom een label van de uitvraag als hij mee moet tellen (zie jbmonitor template).',
      'Column "Start datum maatregel" is unknown and ignored. Did you mean "Start date"? Give it a label of the uitvraag if it should count (see jbmonitor template).'],
    ['an unknown header like no field', 'column/unknown', { value: 'Opmerking' },
      'Kolom "Opmerking" is onbekend en wordt genegeerd. Geef de kolom een label van de uitvraag als hij mee moet tellen (zie jbmonitor template).',
      'Column "Opmerking" is unknown and ignored. Give it a label of the uitvraag if it should count (see jbmonitor template).'],
    ['an empty peildatum cell', 'row/missing-peildatum', { params: { empty: 'yes' } },
      'De peildatum is niet ingevuld. Vul de peildatum in, of geef --peildatum op (bijv. --peildatum 2022-12-01).',
      'The reference date is not filled in. Fill it in, or pass --peildatum (e.g. --peildatum 2022-12-01).'],
    ['a missing case column, named in the run\'s language', 'case/missing-column', { field: 'startdatum', params: { column: 'Startdatum' } },
      'De kolom Startdatum ontbreekt in dit dossierbestand.', 'Column Start date is missing from this case file.'],
  ] as const)('%s', (_what, type, details, nl, en) => {
    expect(render(type, details, 'nl').message).toBe(nl);
    expect(render(type, details, 'en').message).toBe(en);
  });
  it.each([
    // details, value in nl, value in en
    [{ value: 1194.5 }, '1.194,5', '1,194.5'],
    [{ value: 2576.0000000000005 }, '2.576', '2,576'],
    [{ value: { value: 81.19999999999999, percent: true } }, '81,2%', '81.2%'],
    [{ value: { value: 48.936170212765965, decimals: 1 } }, '48,9', '48.9'],
    [{ value: -0.0000001 }, '0', '0'],
    [{ value: '1.194,5' }, '1.194,5', '1.194,5'],
    [{ value: null }, null, null],
  ] as const)('the report value of %j', (details, nl, en) => {
    expect(render('cell/negative', details, 'nl').value).toBe(nl);
    expect(render('cell/negative', details, 'en').value).toBe(en);
  });
});

describe('the located line', () => {
  const at = { file: 'jb-noord.xlsx', sheet: 'Uitvraag', cell: 'B7', row: 7, column: 'B' };
  it('names file › sheet › cell and the field of a workbook cell', () => {
    const issue = makeIssue('error', 'cell/wrong-notation', at, { field: 'formatie_fte', value: '2.566,5', params: { notation: 'point', suggestion: '2566.5' } });
    expect(issueLine(toReportIssue(issue, 'en'), 'en')).toBe('jb-noord.xlsx › Uitvraag › B7 (Staff establishment): "2.566,5" does not fit this file\'s number notation (decimal point). Write 2566.5 or set --decimal comma.');
    expect(issueLine(toReportIssue(issue, 'nl'), 'nl')).toBe('jb-noord.xlsx › Uitvraag › B7 (Formatie jeugdbeschermers): "2.566,5" past niet bij de getalnotatie van dit bestand (decimale punt). Schrijf 2566.5 of geef --decimal comma op.');
  });
  it('names file › rij N › column of a CSV cell, without repeating a column that names the field', () => {
    const csv = { file: 'a.csv', sheet: null, cell: null, row: 4, column: 'Formatie jeugdbeschermers (fte)' };
    expect(locationText(makeIssue('error', 'cell/negative', csv, { field: 'formatie_fte' }), 'nl')).toBe('a.csv › rij 4 › Formatie jeugdbeschermers (fte)');
    expect(locationText(makeIssue('error', 'cell/negative', { ...csv, column: 'fte' }, { field: 'formatie_fte' }), 'en')).toBe('a.csv › row 4 › fte (Staff establishment)');
  });
  it('names the other place of a duplicate in the report language', () => {
    const issue = makeIssue('error', 'submission/duplicate', { file: 'b.csv', sheet: null, cell: null, row: 3, column: null }, {
      field: 'gi', params: { gi: 'Jeugdbescherming Noord', peildatum: '2022-12-01', count: 3, others: JSON.stringify([{ file: 'a.csv', sheet: null, cell: null, row: 5 }, { file: 'c.xlsx', sheet: 'Uitvraag', cell: null, row: null }]) },
    });
    expect(toReportIssue(issue, 'nl').message).toContain('deze en a.csv › rij 5 en c.xlsx › Uitvraag.');
    expect(toReportIssue(issue, 'en').message).toContain('this one and a.csv › row 5 and c.xlsx › Uitvraag.');
  });
  it('names a few places of a long list and counts the rest, in the report language', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => ({ file: 'a.csv', sheet: null, cell: null, row: i + 2, column: null }));
    const issue = makeIssue('error', 'submission/duplicate', rows[0] ?? NOWHERE, {
      field: 'gi', params: { gi: 'Jeugdbescherming Noord', peildatum: '2022-12-01', count: 2000, others: placesParam(rows.slice(1)) },
    });
    expect(toReportIssue(issue, 'nl').message).toContain('deze en a.csv › rij 3, a.csv › rij 4, a.csv › rij 5 en nog 1.996 andere.');
    expect(toReportIssue(issue, 'en').message).toContain('this one and a.csv › row 3, a.csv › row 4, a.csv › row 5 and 1,996 more.');
    expect(toReportIssue(issue, 'nl').message.length).toBeLessThan(400);
    // A caller that gathered only the first few passes the total.
    expect(placesParam(rows.slice(1, 4), 1999)).toBe(placesParam(rows.slice(1)));
  });
});
