import { describe, expect, it } from 'vitest';
import type { Figures, Submission } from '../../src/domain/model.js';
import { FIGURE_KEYS } from '../../src/domain/fields.js';
import { ISSUE_TYPES, templatesFor } from '../../src/domain/messages.js';
import { checkDuplicates, checkFigures } from '../../src/validate/rules.js';

const SOURCE = { file: 'a.csv', sheet: null, cell: null, row: 2, column: null };
const figures = (f: Partial<Figures>): Figures => ({ ...(Object.fromEntries(FIGURE_KEYS.map((k) => [k, null])) as Figures), ...f });
const types = (f: Partial<Figures>) => checkFigures(figures(f), {}, SOURCE).map((i) => `${i.severity}:${i.type}`);

describe('cross-field rules', () => {
  it('requires the types to add up to a given total', () => {
    expect(types({ ots: 1, voogdij: 2, jr: 3, maatregelen_totaal: 6 })).toEqual([]);
    expect(types({ ots: 1, voogdij: 2, jr: 3, maatregelen_totaal: 7 })).toEqual(['error:rule/types-total']);
  });
  it('refuses given types that exceed the total even when one type is missing', () => {
    expect(types({ ots: 50, maatregelen_totaal: 10 })).toEqual(['error:rule/types-exceed-total']);
    expect(types({ ots: 5, voogdij: 4, maatregelen_totaal: 10 })).toEqual([]);
  });
  it('refuses more children waiting than measures', () => {
    expect(types({ maatregelen_totaal: 10, wachtlijst_start: 11 })).toEqual(['error:rule/waiting-exceeds-total']);
    expect(types({ ots: 5, voogdij: 3, jr: 2, interne_wachtlijst: 10 })).toEqual([]);
  });
  it('requires reported and derived available fte to agree within 0.5 fte', () => {
    expect(types({ formatie_fte: 100, beschikbaarheid: 0.8, beschikbare_fte: 80.5 })).toEqual([]);
    expect(types({ formatie_fte: 100, beschikbaarheid: 0.8, beschikbare_fte: 80.51 })).toEqual(['error:rule/availability-mismatch']);
  });
  it('refuses more available fte than formatie', () => {
    expect(types({ formatie_fte: 100, beschikbare_fte: 100.01 })).toEqual(['error:rule/availability-above-establishment']);
    expect(types({ formatie_fte: 100, beschikbare_fte: 100 })).toEqual([]);
  });
  it('warns about waiting days without a count', () => {
    expect(types({ wachtdagen_intern: 30 })).toEqual(['warning:plausibility/days-without-count']);
  });
});

describe('duplicates', () => {
  const s = (file: string): Submission => ({ gi: 'A', registered: true, monitor: true, peildatum: '2022-12-01', figures: figures({}), source: { ...SOURCE, file }, warnedFields: [] });
  it('reports every copy of a GI and peildatum, each naming the other', () => {
    const issues = checkDuplicates([s('a.csv'), s('b.csv')]);
    expect(issues.map((i) => [i.type, i.file])).toEqual([['submission/duplicate', 'a.csv'], ['submission/duplicate', 'b.csv']]);
  });
});

describe('messages', () => {
  it('has a Dutch and an English template for every issue type', () => {
    expect(templatesFor('en')).toEqual(templatesFor('nl'));
    expect(ISSUE_TYPES.length).toBeGreaterThan(30);
  });
});
