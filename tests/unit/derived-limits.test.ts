import { describe, expect, it } from 'vitest';
import type { FigureKey, Figures, Submission } from '../../src/domain/model.js';
import { FIGURE_KEYS } from '../../src/domain/fields.js';
import { GiRegister } from '../../src/domain/gi-register.js';
import { placeOfFile } from '../../src/domain/issues.js';
import { checkSubmissions } from '../../src/validate/validate.js';

/**
 * Figures counted from case files pass the scale limits a typed figure passes: a register that
 * counts 1.100.000 OTS (rows smuggled past the reader) or a mean wait of 2.289.100 days (a start
 * date in the year 1000) is refused, at the case file.
 */
const register = new GiRegister([{ name: 'Jeugdbescherming Noord', code: 'JBN', aliases: [], monitor: true }]);
const figures = (set: Partial<Figures>): Figures => ({ ...Object.fromEntries(FIGURE_KEYS.map((k) => [k, null])) as Figures, ...set });

function derived(set: Partial<Figures>): Submission {
  return {
    gi: 'Jeugdbescherming Noord', registered: true, monitor: true, peildatum: '2022-12-01', figures: figures(set), source: placeOfFile('dossiers.csv'),
    warnedFields: [], derivedFields: Object.keys(set) as FigureKey[],
  };
}

describe('case-derived figures beyond the scale limits', () => {
  it.each([
    ['1.100.000 OTS', { ots: 1_100_000, maatregelen_totaal: 1_100_000 }, ['ots', 'maatregelen_totaal']],
    ['a mean wait of 2.289.100 days', { ots: 30, maatregelen_totaal: 30, wachtlijst_start: 3, wachtdagen_start: 2_289_100 }, ['wachtdagen_start']],
  ] as const)('%s is refused at the case file', (_what, set, fields) => {
    const { issues } = checkSubmissions([derived(set)], { register });
    const errors = issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.type, i.field, i.file])).toEqual(fields.map((f) => ['cell/too-large', f, 'dossiers.csv']));
  });
  it('figures within the limits pass', () => {
    expect(checkSubmissions([derived({ ots: 30, maatregelen_totaal: 30, wachtlijst_start: 3, wachtdagen_start: 12 })], { register }).issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
