import { describe, expect, it } from 'vitest';
import type { FieldCell, FieldKey, Place, RawRecord, RawValue, SheetRecords } from '../../src/domain/model.js';
import { parseFile, type ParseOptions } from '../../src/validate/submission.js';
import { GiRegister } from '../../src/domain/gi-register.js';

/** parseFile on hand-built sheets: what only a whole file (or table) shows. */
const FILE = 'gis.csv';
const rowPlace = (row: number, column: string | null = null): Place => ({ file: FILE, sheet: null, cell: null, row, column });
const text = (t: string): RawValue => (t === '' ? { kind: 'empty' } : { kind: 'text', text: t });
const cell = (key: FieldKey, value: string, row: number): FieldCell => ({ key, value: text(value), place: rowPlace(row, key) });

/** A table row: the GI, then the given cells (a key absent = no such column). */
function row(n: number, gi: string, cells: Partial<Record<FieldKey, string>>): RawRecord {
  const all: RawRecord['cells'] = { gi: cell('gi', gi, n) };
  for (const [key, value] of Object.entries(cells)) all[key as FieldKey] = cell(key as FieldKey, value, n);
  return { layout: 'table', place: rowPlace(n), cells: all };
}

function table(records: RawRecord[], peildatum: FieldCell | null = null, layout: 'table' | 'form' = 'table'): SheetRecords {
  return { file: FILE, sheet: null, layout, records, peildatum, unknown: [] };
}

/** Table rows are GIs only when the register knows them. */
const REGISTER = new GiRegister(['A', 'B', 'C', 'Jeugdbescherming Noord'].map((name) => ({ name, code: name, aliases: [], monitor: true })));

const run = (sheet: SheetRecords, options: Partial<ParseOptions> = {}) =>
  parseFile({ file: FILE, date1904: false, sheets: [sheet] }, { notation: null, peildatum: null, register: REGISTER, ...options });

describe('a missing peildatum: one error per table, or one per row where a cell is blank', () => {
  const figures = { ots: '1194' };
  it.each([
    ['no column, no label: one error for the table', table([row(2, 'A', figures), row(3, 'B', figures), row(4, 'C', figures)]), {},
      [{ row: null, empty: undefined }]],
    ['a label above the header left blank: one error, at the label', table([row(2, 'A', figures), row(3, 'B', figures)], { key: 'peildatum', value: { kind: 'empty' }, place: { file: FILE, sheet: null, cell: null, row: 1, column: null } }), {},
      [{ row: 1, empty: 'yes' }]],
    ['a column with one blank cell: an error of that row', table([row(2, 'A', { ...figures, peildatum: '1-12-2022' }), row(3, 'B', figures), row(4, 'C', { ...figures, peildatum: '1-12-2022' })]), {},
      [{ row: 3, empty: 'yes' }]],
    ['a form without a peildatum: one error', table([{ layout: 'form', place: { ...rowPlace(1), row: null }, cells: { gi: cell('gi', 'A', 1), ots: cell('ots', '1194', 2) } }], null, 'form'), {},
      [{ row: null, empty: 'yes' }]],
    ['--peildatum: no error', table([row(2, 'A', figures), row(3, 'B', figures)]), { peildatum: '2022-12-01' }, []],
  ] as const)('%s', (_what, sheet, options, expected) => {
    const { issues } = run(sheet, options);
    const missing = issues.filter((i) => i.type === 'row/missing-peildatum');
    expect(missing.map((i) => ({ row: i.row, empty: i.params.empty }))).toEqual(expected);
    expect(missing.every((i) => i.severity === 'error' && i.file === FILE && i.field === 'peildatum')).toBe(true);
  });
});

describe('counts decide the notation of a file', () => {
  it.each([
    // cells of one row, figures read, issue types
    ['a count with a dot: comma notation', { maatregelen_totaal: '1.765' }, { maatregelen_totaal: 1765 }, []],
    ['a count with a comma: point notation', { maatregelen_totaal: '1,765' }, { maatregelen_totaal: 1765 }, []],
    ['the count decides the fte too', { formatie_fte: '1.274', ots: '9.139' }, { formatie_fte: 1274, ots: 9139 }, []],
    ['the count decides the fte too (point)', { formatie_fte: '1,274', ots: '9,139' }, { formatie_fte: 1274, ots: 9139 }, []],
    ['fte only: nothing decides', { formatie_fte: '1.274' }, { formatie_fte: null }, ['cell/ambiguous-number']],
    ['mean days are not counts: nothing decides', { wachtdagen_start: '1.250' }, { wachtdagen_start: null }, ['cell/ambiguous-number']],
    ['a count against a decimal point: the count is in the wrong notation', { maatregelen_totaal: '1.765', formatie_fte: '154.6', beschikbare_fte: '120.5' }, { formatie_fte: 154.6, maatregelen_totaal: null }, ['cell/fractional-count']],
  ] as const)('%s', (_what, cells, figures, types) => {
    const { records, issues } = run(table([row(2, 'Jeugdbescherming Noord', { peildatum: '1-12-2022', ...cells })]));
    for (const [key, value] of Object.entries(figures)) expect([key, records[0]?.figures[key as keyof typeof figures]]).toEqual([key, value]);
    expect(issues.filter((i) => i.severity === 'error').map((i) => i.type)).toEqual(types);
  });
});
