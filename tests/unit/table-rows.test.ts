import { describe, expect, it } from 'vitest';
import type { FieldCell, FieldKey, Issue, Place, RawRecord, RawValue } from '../../src/domain/model.js';
import { parseFile } from '../../src/validate/submission.js';
import { GiRegister } from '../../src/domain/gi-register.js';
import { totalLabelKind } from '../../src/validate/table-rows.js';

/**
 * The closed world of a table (validate/table-rows.ts): every row a registered GI, a total that
 * adds up, a row without figures, or an error — on hand-built rows, one case per line.
 */
const FILE = 'tabel.csv';
const REGISTER = new GiRegister([
  { name: 'Jeugdbescherming Noord', code: 'JBN', aliases: [], monitor: true },
  { name: 'Jeugdbescherming Gelderland', code: 'JBG', aliases: [], monitor: true },
  { name: 'Jeugdbescherming Limburg', code: 'JBL', aliases: [], monitor: true },
  { name: 'Samen Veilig Midden-Nederland', code: 'SVMN', aliases: [], monitor: true },
  { name: 'Nidos', code: 'NIDOS', aliases: [], monitor: false },
]);

const place = (row: number, column: string | null = null): Place => ({ file: FILE, sheet: null, cell: null, row, column });
const text = (t: string): RawValue => (t === '' ? { kind: 'empty' } : { kind: 'text', text: t });
const cell = (key: FieldKey, value: string, row: number): FieldCell => ({ key, value: text(value), place: place(row, key) });

const COLUMNS: FieldKey[] = ['formatie_fte', 'beschikbaarheid', 'ots', 'voogdij', 'jr', 'wachtlijst_start'];

/** Rows as a CSV table would give them: [label, formatie, beschikbaarheid, ots, voogdij, jr, wachtlijst_start]. */
function tableOf(rows: readonly (readonly string[])[]): RawRecord[] {
  return rows.map((values, i) => {
    const n = i + 2;
    const cells: RawRecord['cells'] = { gi: cell('gi', values[0] ?? '', n), peildatum: cell('peildatum', '1-12-2022', n) };
    COLUMNS.forEach((key, c) => { cells[key] = cell(key, values[c + 1] ?? '', n); });
    return { layout: 'table', place: place(n), cells };
  });
}

function run(rows: readonly (readonly string[])[]) {
  const records = tableOf(rows);
  return parseFile({ file: FILE, date1904: false, sheets: [{ file: FILE, sheet: null, layout: 'table', records, peildatum: null, unknown: [] }] },
    { notation: 'point', peildatum: null, register: REGISTER });
}

const NOORD = ['Jeugdbescherming Noord', '154.6', '0.8', '1194', '546', '283', '60'];
const GELDERLAND = ['Jeugdbescherming Gelderland', '1274.5', '0.8', '9139', '4042', '2529', ''];
const LIMBURG = ['Jeugdbescherming Limburg', '157.9', '0.8', '1173', '566', '284', '20'];
const NIDOS = ['Nidos', '100', '0.8', '500', '500', '0', '10'];
/** The sums of Noord, Gelderland and Limburg; the waiting list only where delivered (60 + 20). */
const SUMS = ['1587', '0.8', '11506', '5154', '3096', '80'];
const total = (label: string, sums: readonly string[] = SUMS) => [label, ...sums];

/** An issue in brief: severity, type, row, and the field where it is not the GI column. */
const brief = (i: Issue) => `${i.severity} ${i.type} ${i.row ?? ''}${i.field && i.field !== 'gi' ? ` ${i.field}` : ''}`;
const byRow = (issues: readonly Issue[]) => [...issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));

describe('every row of a table is understood or an error', () => {
  it.each([
    ['a total at the bottom, checked', [NOORD, GELDERLAND, LIMBURG, total('Eindtotaal')], 3, ['info row/total-checked 5']],
    ['a total at the top, checked against the rows below', [total('Totaal'), NOORD, GELDERLAND, LIMBURG], 3, ['info row/total-checked 2']],
    ['"Nederland" and "Totaal GI\'s" are totals too', [NOORD, GELDERLAND, LIMBURG, total('Nederland'), total("Totaal GI's")], 3,
      ['info row/total-checked 5', 'info row/total-checked 6']],
    ['a total with Nidos left out', [NOORD, GELDERLAND, LIMBURG, NIDOS, total('Totaal')], 4, ['info row/total-checked 6']],
    ['a total with Nidos included', [NOORD, GELDERLAND, LIMBURG, NIDOS, total('Totaal', ['1687', '0.8', '12006', '5654', '3096', '90'])], 4, ['info row/total-checked 6']],
    ['subtotals per block and a grand total', [
      ['Regionale GI\'s'], NOORD, GELDERLAND, total('Subtotaal regionaal', ['1429.1', '0.8', '10333', '4588', '2812', '60']),
      ['Landelijk werkende GI\'s'], LIMBURG, total('Subtotaal landelijk', ['157.9', '0.8', '1173', '566', '284', '20']), total('Eindtotaal')], 3,
    ['info row/skipped-no-figures 2', 'info row/total-checked 5', 'info row/skipped-no-figures 6', 'info row/total-checked 8', 'info row/total-checked 9']],
    ['footnotes and blank rows under the table', [NOORD, GELDERLAND, LIMBURG, [''], ['Bron: aanleveringen van de GI\'s'], ['* Gelderland leverde geen wachtlijst']], 3,
      ['info row/skipped-no-figures 6', 'info row/skipped-no-figures 7']],
    ['a total rate shown rounded (72%) within the rounding of what it shows', [NOORD, ['Jeugdbescherming Gelderland', '1274.5', '0.7', '9139', '4042', '2529', ''], LIMBURG, total('Totaal', ['1587', '72%', '11506', '5154', '3096', '80'])], 3,
      ['info row/total-checked 5']],
    ['a row whose counts are the sums, under another name', [NOORD, GELDERLAND, LIMBURG, total('Alle GI\'s samen')], 3, ['info row/total-by-sums 5']],
  ] as const)('%s', (_what, rows, gis, notes) => {
    const { records, issues } = run(rows);
    expect(records.map((r) => r.giAsGiven)).toHaveLength(gis);
    expect(byRow(issues).map(brief)).toEqual(notes);
  });

  it.each([
    ['a total off by 12 in a partly delivered column', [NOORD, GELDERLAND, LIMBURG, total('Eindtotaal', ['1587', '0.8', '11506', '5154', '3096', '92'])],
      ['error row/total-mismatch 5 wachtlijst_start']],
    ['a total label that adds up to nothing', [NOORD, GELDERLAND, LIMBURG, total('Totaal', ['1587', '0.8', '11507', '5154', '3096', '80'])],
      ['error row/total-mismatch 5 ots']],
    ['availability as a mean of the rates, not Σ/Σ', [NOORD, ['Jeugdbescherming Gelderland', '1274.5', '0.7', '9139', '4042', '2529', ''], LIMBURG, total('Totaal', ['1587', '0.7667', '11506', '5154', '3096', '80'])],
      ['error row/total-formula-mismatch 5 beschikbaarheid']],
    ['an unknown name with figures', [NOORD, ['Jeugdbescherming Noord-Nederland', '10', '0.8', '100', '50', '20', '1'], LIMBURG],
      ['error gi/unknown 3']],
    ['a copy of one GI row under another name is no total (one GI row is no sum)', [NOORD, ['Noord samen', ...NOORD.slice(1)]],
      ['error gi/unknown 3']],
    ['figures without any name', [NOORD, ['', '10', '0.8', '100', '50', '20', '1']],
      ['error row/missing-gi 3']],
  ] as const)('refused: %s', (_what, rows, errors) => {
    const { issues } = run(rows);
    expect(issues.filter((i) => i.severity === 'error').map(brief)).toEqual(errors);
  });

  it('an unknown name counts in the total checks, so one typo gives one error, not a cascade', () => {
    const { issues } = run([['Jeugdbescherming Noord-Nederland', ...NOORD.slice(1)], GELDERLAND, LIMBURG, total('Eindtotaal')]);
    expect(issues.filter((i) => i.severity === 'error').map(brief)).toEqual(['error gi/unknown 2']);
  });

  it('names the nearest register entry by shared words', () => {
    const { issues } = run([NOORD, ['Jeugdbescherming Noord-Nederland', '10', '0.8', '100', '50', '20', '1']]);
    expect(issues.find((i) => i.type === 'gi/unknown')?.params.nearest).toBe('Jeugdbescherming Noord');
  });
});

describe('total labels', () => {
  it.each([
    ['Totaal', 'total'], ['Totaal landelijk', 'total'], ['Landelijk', 'total'], ['Eindtotaal', 'total'], ['Generaal totaal', 'total'],
    ['Nederland', 'total'], ["Totaal GI's", 'total'], ['Som', 'total'], ['Total', 'total'], ['Grand total', 'total'],
    ['Subtotaal', 'subtotal'], ['Subtotaal landelijk werkende GI\'s', 'subtotal'], ['TOTAAL', 'total'],
    ['Landelijk werkende GI\'s', null], ['Jeugdbescherming Noord', null], ['Totaalplaatje', null],
  ] as const)('%s → %s', (label, kind) => {
    expect(totalLabelKind(label)).toBe(kind);
  });
});
