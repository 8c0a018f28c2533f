import { describe, expect, it } from 'vitest';
import { FIELDS, matchField, normaliseLabel } from '../../src/domain/fields.js';
import { GiRegister, levenshtein } from '../../src/domain/gi-register.js';

describe('label matching', () => {
  it.each([
    ['Formatie jeugdbeschermers (fte)', 'formatie_fte'],
    ['formatie_fte', 'formatie_fte'],
    ['  FORMATIE   jeugdbeschermers ', 'formatie_fte'],
    ['Staff establishment (fte)', 'formatie_fte'],
    ['Beschikbaarheid (%)', 'beschikbaarheid'],
    ['Aantal ondertoezichtstellingen', 'ots'],
    ['Cliënten op interne wachtlijst', null],
    ['Kinderen op interne wachtlijst', 'interne_wachtlijst'], // the label before "langer dan 5 dagen": an alias
    ['Children on internal waiting list', 'interne_wachtlijst'],
    ['Kinderen langer dan 5 dagen op interne wachtlijst', 'interne_wachtlijst'],
    ['Children on internal waiting list for more than 5 days', 'interne_wachtlijst'],
    ['Naam GI:', 'gi'],
    ['Peildatum', 'peildatum'],
    ['Toelichting', null],
  ])('%j names %s', (text, key) => {
    expect(matchField(text)).toBe(key);
  });

  it('folds accents, case, punctuation and a trailing unit', () => {
    expect(normaliseLabel('Cliënten (aantal)')).toBe('clienten');
    expect(normaliseLabel('Gemiddelde wachttijd – bij start (dagen)')).toBe('gemiddelde wachttijd bij start');
  });

  it('both waiting lists say "5 dagen", as the letters count them', () => {
    for (const key of ['wachtlijst_start', 'interne_wachtlijst']) {
      const def = FIELDS.find((f) => f.key === key);
      expect(def?.label.nl, key).toContain('5 dagen');
      expect(def?.label.en, key).toContain('5 days');
      expect(def?.help.nl, key).toContain('5 dagen');
      expect(def?.help.en, key).toContain('5 days');
    }
  });

  it('never lets one label name two fields', () => {
    const seen = new Map<string, string>();
    for (const f of FIELDS) {
      for (const name of [f.key, f.label.nl, f.label.en, ...f.aliases]) {
        const n = normaliseLabel(name);
        const other = seen.get(n);
        expect(other === undefined || other === f.key, `"${name}" names both ${other ?? ''} and ${f.key}`).toBe(true);
        seen.set(n, f.key);
      }
    }
  });
});

describe('GI register', () => {
  const register = new GiRegister([
    { name: 'Jeugdbescherming Noord', code: 'JBN', monitor: true, aliases: ['JB Noord'] },
    { name: 'De Jeugd- & Gezinsbeschermers', code: 'JGB', monitor: true, aliases: [] },
    { name: 'Nidos', code: 'NIDOS', monitor: false, aliases: [] },
  ]);

  it('maps names, codes and aliases to the canonical name', () => {
    for (const name of ['Jeugdbescherming Noord', 'JB Noord', 'jbn', 'Jeugdbescherming Noord (Gr/Dr)', 'De Jeugd- en Gezinsbeschermers']) {
      const m = register.match(name);
      expect(m.known, name).toBe(true);
    }
    expect(register.match('Jeugdbescherming Noord')).toMatchObject({ known: true, exact: true });
    expect(register.match('JB Noord')).toMatchObject({ known: true, exact: false });
  });

  it('suggests the closest known name for an unknown one', () => {
    expect(register.match('Jeugdbescherming Nord')).toEqual({ known: false, nearest: 'Jeugdbescherming Noord' });
  });

  it('expects only the monitor GIs every round', () => {
    expect(register.monitorNames).toEqual(['Jeugdbescherming Noord', 'De Jeugd- & Gezinsbeschermers']);
  });

  it('measures edit distance', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
  });
});
