import { describe, expect, it } from 'vitest';
import { GiRegister } from '../../src/domain/gi-register.js';
import { placeOfFile } from '../../src/domain/issues.js';
import { loadCaseSubmissions } from '../../src/cases/index.js';
import type { RawCell, RawFile } from '../../src/domain/model.js';
import { resolveGi } from '../../src/validate/gi.js';

const register = new GiRegister([
  { name: 'Jeugdbescherming Noord', code: 'JBN', aliases: ['JB Noord'], monitor: true },
  { name: 'Nidos', code: 'NID', aliases: [], monitor: false },
]);
const at = placeOfFile('a.xlsx');

describe('one GI resolver for both routes', () => {
  it.each([
    ['the register name', 'Jeugdbescherming Noord', { name: 'Jeugdbescherming Noord', registered: true, monitor: true }, []],
    ['an alias, with a note', ' JB Noord', { name: 'Jeugdbescherming Noord', registered: true, monitor: true }, ['gi/alias']],
    ['a GI outside the monitor, with a note', 'Nidos', { name: 'Nidos', registered: true, monitor: false }, ['gi/outside-monitor']],
    ['an unknown name: an error naming the nearest', 'JB Nord ', { name: 'JB Nord', registered: false, monitor: false }, ['gi/unknown']],
  ])('%s', (_, given, expected, types) => {
    const r = resolveGi(given, at, register);
    expect(r).toMatchObject(expected);
    expect(r.issues.map((i) => i.type)).toEqual(types);
  });
  it('repeats the value only where allowed (a BSN-like name is never shown)', () => {
    expect(resolveGi('123456782', at, register, null).issues[0]).toMatchObject({ type: 'gi/unknown', value: null });
    expect(resolveGi('JB Nord', at, register).issues[0]).toMatchObject({ value: 'JB Nord', params: { nearest: 'Jeugdbescherming Noord' } });
  });

  const text = (row: number, col: number, t: string): RawCell => ({ row, col, value: { kind: 'text', text: t } });
  const date = (row: number, col: number, iso: string): RawCell => ({ row, col, value: { kind: 'date', iso } });
  const caseFile = (gi: string): RawFile => ({
    file: 'dossiers.xlsx', sha256: 'x', format: 'xlsx', date1904: false,
    sheets: [{ file: 'dossiers.xlsx', sheet: 'Dossiers', hidden: false, rows: [
      [text(1, 1, 'Naam GI'), text(1, 2, 'Cliëntnummer'), text(1, 3, 'Maatregel'), text(1, 4, 'Startdatum')],
      [text(2, 1, gi), text(2, 2, 'K1'), text(2, 3, 'OTS'), date(2, 4, '2022-11-01')],
    ] }],
  });
  it.each([
    ['an alias', 'JB Noord', { gi: 'Jeugdbescherming Noord', registered: true, monitor: true }, ['gi/alias']],
    ['a GI outside the monitor', 'Nidos', { gi: 'Nidos', registered: true, monitor: false }, ['gi/outside-monitor']],
    ['an unknown name', 'JB Nord', { gi: 'JB Nord', registered: false, monitor: false }, ['gi/unknown']],
  ])('a case file gives the same reading of %s', async (_, gi, expected, types) => {
    const loaded = await loadCaseSubmissions({
      streamed: [], whole: [caseFile(gi)], peildata: ['2022-12-01'], aggregate: [], register,
      options: { rule: { days: 'calendar', threshold: 5 }, progress: null },
    });
    expect(loaded.submissions[0]).toMatchObject({ ...expected, figures: { ots: 1 } });
    expect(loaded.issues.filter((i) => i.type.startsWith('gi/')).map((i) => i.type)).toEqual(types);
    expect(loaded.issues.find((i) => i.type.startsWith('gi/'))).toMatchObject({ sheet: 'Dossiers', cell: 'A2' });
  });
});
