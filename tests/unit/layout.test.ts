import { describe, expect, it } from 'vitest';
import type { RawCell, RawSheet } from '../../src/domain/model.js';
import { columnLetter, findRecords } from '../../src/read/layout.js';

/** A sheet from rows of texts and numbers (null = empty cell). */
function sheet(rows: (string | number | null)[][], name: string | null = 'Blad1'): RawSheet {
  return {
    file: 'f.xlsx', sheet: name, hidden: false,
    rows: rows.map((r, ri) => r.flatMap((v, ci): RawCell[] => (v === null ? [] : [{
      row: ri + 1, col: ci + 1,
      value: typeof v === 'number' ? { kind: 'number', number: v, percent: false } : { kind: 'text', text: v },
    }]))),
  };
}

describe('layout recognition', () => {
  it('reads a form below title rows: label | value', () => {
    const found = findRecords(sheet([
      ['Uitvraag Monitor jeugdbescherming'],
      [],
      ['Naam GI', 'Jeugdbescherming Noord'],
      ['Peildatum', '1-12-2022'],
      ['Formatie jeugdbeschermers (fte)', 154.6, 'toelichting'],
      ['Onbekend veld', 3],
    ]));
    expect(found?.layout).toBe('form');
    const record = found?.records[0];
    expect(record?.cells.formatie_fte?.value).toEqual({ kind: 'number', number: 154.6, percent: false });
    expect(record?.cells.formatie_fte?.place.cell).toBe('B5');
    expect(found?.unknown.map((u) => u.text)).toEqual(['Onbekend veld']);
  });

  it('reads a table below title rows, with a peildatum label above the header and a total row', () => {
    const found = findRecords(sheet([
      ['Overzicht'],
      ['Peildatum', '1-12-2022'],
      [null, 'Naam GI', 'Formatie (fte)', 'OTS', 'Opmerking'],
      [null, 'A', 10, 100, 'x'],
      [],
      [null, 'B', 20, 200],
      [null, 'Totaal', 30, 300],
    ]));
    expect(found?.layout).toBe('table');
    // Every row with a cell in a field column, the total too: validate/table-rows.ts decides what each is.
    expect(found?.records.map((r) => r.place.row)).toEqual([4, 6, 7]);
    expect(found?.peildatum?.place.cell).toBe('B2');
    expect(found?.unknown.map((u) => u.text)).toEqual(['Opmerking']);
  });

  it('names CSV places by row and header instead of a cell', () => {
    const found = findRecords(sheet([['gi', 'peildatum', 'ots'], ['A', '2022-12-01', '5']], null));
    expect(found?.records[0]?.cells.ots?.place).toEqual({ file: 'f.xlsx', sheet: null, cell: null, row: 2, column: 'ots' });
  });

  it('recognises nothing in a sheet of notes', () => {
    expect(findRecords(sheet([['Instructies'], ['Vul het tabblad Uitvraag in.']]))).toBeNull();
  });

  it('names columns like Excel', () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });
});
