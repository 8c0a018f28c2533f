import { describe, expect, it } from 'vitest';
import type { RawCell, RawSheet } from '../../src/domain/model.js';
import { findRecords } from '../../src/read/layout.js';
import { GiRegister } from '../../src/domain/gi-register.js';
import { parseFile } from '../../src/validate/submission.js';

const REGISTER = new GiRegister([
  { name: 'Jeugdbescherming Noord', code: 'JBN', monitor: true, aliases: [] },
  { name: 'Jeugdbescherming Gelderland', code: 'JBG', monitor: true, aliases: [] },
  { name: 'Jeugdbescherming Limburg', code: 'JBL', monitor: true, aliases: [] },
]);

/** One table sheet (header in row 1) read as validate reads it: which rows are errors, which totals. */
function readTable(rows: (string | number | null)[][]): { type: string; severity: string; row: number | null; value: string | null }[] {
  const sheet: RawSheet = {
    file: 't.xlsx', sheet: 'Blad1', hidden: false,
    rows: rows.map((r, ri) => r.flatMap((v, ci): RawCell[] => (v === null ? [] : [{
      row: ri + 1, col: ci + 1, value: typeof v === 'number' ? { kind: 'number', number: v, percent: false } : { kind: 'text', text: v },
    }]))),
  };
  const found = findRecords(sheet);
  if (!found) throw new Error('no table');
  const { issues } = parseFile({ file: 't.xlsx', date1904: false, sheets: [found] }, { notation: null, peildatum: '2022-12-01', register: REGISTER });
  return issues.map((i) => ({ type: i.type, severity: i.severity, row: i.row, value: i.value }));
}

const HEADER = ['Naam GI', 'Formatie (fte)', 'OTS', 'Voogdij'];

describe('rows that are neither a registered GI nor a total label', () => {
  // A total recognised by its sums must not depend on whether a misspelt GI stands above or below
  // it: the misspelt row is one error, and the total still adds up with it.
  const cases: { what: string; rows: (string | number | null)[][] }[] = [
    { what: 'the misspelt GI above the total', rows: [HEADER, ['Jeugdbescherming Noord', 10, 100, 50], ['Jeugdbescherming Gelderlnd', 20, 200, 60], ['Jeugdbescherming Limburg', 5, 40, 10], ['Alle GI\'s samen', 35, 340, 120]] },
    { what: 'the misspelt GI below the total', rows: [HEADER, ['Alle GI\'s samen', 35, 340, 120], ['Jeugdbescherming Noord', 10, 100, 50], ['Jeugdbescherming Limburg', 5, 40, 10], ['Jeugdbescherming Gelderlnd', 20, 200, 60]] },
  ];
  for (const c of cases) {
    it(`${c.what}: one gi/unknown on the misspelt row, the total recognised by its sums`, () => {
      const issues = readTable(c.rows);
      expect(issues.filter((i) => i.severity === 'error')).toEqual([{ type: 'gi/unknown', severity: 'error', row: c.rows.findIndex((r) => r[0] === 'Jeugdbescherming Gelderlnd') + 1, value: 'Jeugdbescherming Gelderlnd' }]);
      expect(issues.filter((i) => i.type === 'row/total-by-sums').map((i) => i.value)).toEqual(['Alle GI\'s samen']);
    });
  }

  it('two totals by their sums, at the top and the bottom: both recognised', () => {
    const issues = readTable([HEADER, ['Samen', 15, 140, 60], ['Jeugdbescherming Noord', 10, 100, 50], ['Jeugdbescherming Limburg', 5, 40, 10], ['Samen', 15, 140, 60]]);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(issues.filter((i) => i.type === 'row/total-by-sums').map((i) => i.row)).toEqual([2, 5]);
  });

  it('two totals by their sums and a misspelt GI between them: one error, on the misspelt row', () => {
    const issues = readTable([HEADER, ['Samen', 35, 340, 120], ['Jeugdbescherming Noord', 10, 100, 50], ['Jeugdbescherming Gelderlnd', 20, 200, 60], ['Jeugdbescherming Limburg', 5, 40, 10], ['Samen', 35, 340, 120]]);
    expect(issues.filter((i) => i.severity === 'error').map((i) => [i.type, i.row])).toEqual([['gi/unknown', 4]]);
    expect(issues.filter((i) => i.type === 'row/total-by-sums').map((i) => i.row)).toEqual([2, 6]);
  });

  it('a row whose figures add up to nothing: gi/unknown, never a total', () => {
    const issues = readTable([HEADER, ['Jeugdbescherming Noord', 10, 100, 50], ['Jeugdbescherming Limburg', 5, 40, 10], ['* inclusief Zeeland', 3, 12, 4]]);
    expect(issues.filter((i) => i.severity === 'error').map((i) => [i.type, i.row])).toEqual([['gi/unknown', 4]]);
  });
});
