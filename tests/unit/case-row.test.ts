import { describe, expect, it } from 'vitest';
import { caseColumnsOf, matchMeasure, type CaseColumns } from '../../src/domain/case-fields.js';
import { newCaseRow, readCaseRow } from '../../src/cases/row.js';
import { explainCaseRow } from '../../src/cases/schema.js';
import type { CaseValue } from '../../src/domain/case-rows.js';
import { CaseValueReader } from '../../src/cases/values.js';
import { DuplicateIndex, hashPair } from '../../src/cases/duplicates.js';
import { BsnGuard, looksLikeBsn, passesElfproef } from '../../src/cases/bsn-guard.js';

const HEADER = ['Naam GI', 'Cliëntnummer', 'Maatregel', 'Startdatum', 'Einddatum', 'Toewijzingsdatum', 'Interne wachtlijst sinds', 'Interne wachtlijst tot'];
const cols = (): CaseColumns => {
  const found = caseColumnsOf(HEADER);
  if (!found) throw new Error('header not recognised');
  return found.columns;
};

describe('case headers', () => {
  it('recognised by client number, measure and start date, in Dutch, English or canonical keys', () => {
    expect(caseColumnsOf(HEADER)?.columns.interne_wachtlijst_tot).toBe(7);
    expect(caseColumnsOf(['gi', 'client_id', 'maatregel', 'startdatum'])).not.toBeNull();
    expect(caseColumnsOf(['GI name', 'Client number', 'Measure', 'Start date'])).not.toBeNull();
    expect(caseColumnsOf(['CLIËNTNUMMER', 'maatregel ', 'Startdatum (dd-mm-jjjj)'])).not.toBeNull();
  });
  it('an aggregate table is not a case file', () => {
    expect(caseColumnsOf(['Naam GI', 'Peildatum', 'Aantal ondertoezichtstellingen', 'Totaal aantal maatregelen'])).toBeNull();
  });
});

describe('measure names', () => {
  it.each([
    ['OTS', 0], ['ots', 0], ['Voorlopige OTS', 0], ['ondertoezichtstelling', 0], ['VOORLOPIGE ONDERTOEZICHTSTELLING', 0],
    ['Voogdij', 1], ['voorlopige voogdij', 1], ['Voogdijmaatregel', 1],
    ['JR', 2], ['Jeugdreclassering', 2], ['jeugdreclasseringsmaatregel', 2],
  ])('%s → %i', (text, type) => {
    expect(matchMeasure(text)).toBe(type);
  });
  it('unknown names are refused', () => {
    expect(matchMeasure('vrijwillig kader')).toBeNull();
  });
});

const ROWS: { name: string; values: CaseValue[]; ok: boolean; problems?: string[] }[] = [
  { name: 'a good row, Dutch dates', values: ['JB Noord', 'K1', 'OTS', '1-12-2022', '', '3-12-2022', '', ''], ok: true },
  { name: 'ISO and long dates', values: ['JB Noord', 'K1', 'JR', '2022-12-01', '1 januari 2023', null, null, null], ok: true },
  { name: 'workbook dates', values: ['JB Noord', 'K1', 'voogdij', new Date(Date.UTC(2022, 11, 1)), null, null, null, null], ok: true },
  { name: 'einddatum = startdatum', values: ['JB Noord', 'K1', 'OTS', '2022-12-01', '2022-12-01'], ok: true },
  { name: 'unknown type', values: ['JB Noord', 'K1', 'pleegzorg', '2022-12-01'], ok: false, problems: ['case/unknown-type maatregel'] },
  { name: 'missing start', values: ['JB Noord', 'K1', 'OTS', ''], ok: false, problems: ['case/missing-value startdatum'] },
  { name: 'missing client number', values: ['JB Noord', ' ', 'OTS', '2022-12-01'], ok: false, problems: ['case/missing-value client_id'] },
  { name: 'missing GI', values: [null, 'K1', 'OTS', '2022-12-01'], ok: false, problems: ['case/missing-value gi'] },
  { name: 'not a date', values: ['JB Noord', 'K1', 'OTS', '31-11-2022'], ok: false, problems: ['case/date startdatum'] },
  { name: 'serial number as text', values: ['JB Noord', 'K1', 'OTS', '44896'], ok: false, problems: ['case/date startdatum'] },
  { name: 'ends before it starts', values: ['JB Noord', 'K1', 'OTS', '2022-12-01', '2022-11-30'], ok: false, problems: ['case/date-order einddatum'] },
  { name: 'assigned before start', values: ['JB Noord', 'K1', 'OTS', '2022-12-01', '', '2022-11-01'], ok: false, problems: ['case/date-order toewijzingsdatum'] },
  { name: 'internal list before start', values: ['JB Noord', 'K1', 'OTS', '2022-12-01', '', '', '2022-11-01'], ok: false, problems: ['case/date-order interne_wachtlijst_sinds'] },
  { name: 'internal until without since', values: ['JB Noord', 'K1', 'OTS', '2022-12-01', '', '', '', '2023-01-01'], ok: false, problems: ['case/date-order interne_wachtlijst_tot'] },
  { name: 'internal until before since', values: ['JB Noord', 'K1', 'OTS', '2022-01-01', '', '', '2022-12-01', '2022-11-01'], ok: false, problems: ['case/date-order interne_wachtlijst_tot'] },
  { name: 'internal list after the end', values: ['JB Noord', 'K1', 'OTS', '2022-01-01', '2022-06-01', '', '2022-12-01'], ok: false, problems: ['case/date-order einddatum'] },
  { name: 'two problems', values: ['JB Noord', 'K1', 'XYZ', 'gisteren'], ok: false, problems: ['case/unknown-type maatregel', 'case/date startdatum'] },
];

describe('fast path and zod schema agree', () => {
  for (const r of ROWS) {
    it(r.name, () => {
      const reader = new CaseValueReader();
      const out = newCaseRow();
      expect(readCaseRow(r.values, cols(), reader, out)).toBe(r.ok);
      const problems = explainCaseRow(r.values, cols(), reader);
      expect(problems.map((p) => `${p.type} ${p.field}`)).toEqual(r.problems ?? []);
      for (const p of problems) if (p.field === 'client_id') expect(p.value).toBeNull();
    });
  }
});

it('a BSN-like value is handed on as seen: the output guard hides it (tests/security/bsn-outputs.test.ts)', () => {
  const problems = explainCaseRow(['JB Noord', 'K1', 'OTS', '123456782'], cols(), new CaseValueReader());
  expect(problems).toEqual([{ type: 'case/date', field: 'startdatum', value: '123456782', other: null }]);
});

it.each([
  ['a start before 1990', ['JB Noord', 'K1', 'OTS', '31-12-1989'], 'case/date-range'],
  ['a start in the year 1000', ['JB Noord', 'K1', 'OTS', '1-1-1000'], 'case/date-range'],
  ['a start after 2099', ['JB Noord', 'K1', 'OTS', '1-1-2202'], 'case/date-range'],
  ['a date cell with a time of day', ['JB Noord', 'K1', 'OTS', new Date(Date.UTC(2022, 0, 1, 12))], 'case/date'],
] as const)('%s is refused by the fast path and explained', (_what, row, type) => {
  const reader = new CaseValueReader();
  expect(readCaseRow([...row], cols(), reader, newCaseRow())).toBe(false);
  expect(explainCaseRow([...row], cols(), reader).map((p) => p.type)).toEqual([type]);
});

it('1 January 1990 and 31 December 2099 are case dates', () => {
  for (const date of ['1-1-1990', '31-12-2099']) expect(readCaseRow(['JB Noord', 'K1', 'OTS', date], cols(), new CaseValueReader(), newCaseRow())).toBe(true);
});

describe('BSN guard', () => {
  it('elfproef', () => {
    expect(passesElfproef('111222333')).toBe(true);
    expect(passesElfproef('123456782')).toBe(true);
    expect(passesElfproef('012345672')).toBe(true);
    expect(passesElfproef('123456789')).toBe(false);
    expect(passesElfproef('000000000')).toBe(false);
    expect(passesElfproef('12345678')).toBe(false);
  });
  it('a workbook number is zero-padded to nine digits', () => {
    expect(looksLikeBsn(12345672)).toBe(true);
    expect(looksLikeBsn('12345672')).toBe(false);
  });
  const bsns = (n: number): string[] => {
    const out: string[] = [];
    for (let x = 100_000_000; out.length < n; x++) if (passesElfproef(String(x))) out.push(String(x));
    return out;
  };
  it('skips the columns a good row has already read as dates', () => {
    const g = new BsnGuard();
    for (const b of bsns(25)) g.observe([b, b, b], [0, 2]);
    expect(g.suspectColumns().map((s) => s.column)).toEqual([1]);
  });
  const guard = (column: string[]) => {
    const g = new BsnGuard();
    for (const v of column) g.observe(['JB Noord', v]);
    return g.suspectColumns().map((s) => s.column);
  };
  it('19 values are not enough to judge; 20 are', () => {
    expect(guard(bsns(19))).toEqual([]);
    expect(guard(bsns(20))).toEqual([1]);
  });
  it('at least 90% must pass', () => {
    expect(guard([...bsns(18), '123456789', '987654321'])).toEqual([1]);
    expect(guard([...bsns(17), '123456789', '987654321', '111111111'])).toEqual([]);
  });
  it('random 9-digit pseudonyms (1 in 11 pass) are not refused', () => {
    const column = Array.from({ length: 1000 }, (_, i) => String(100_000_000 + i * 7919));
    expect(guard(column)).toEqual([]);
  });
});

describe('DuplicateIndex', () => {
  it('finds the same client, measure and start; not a different one', () => {
    const index = new DuplicateIndex();
    const h = new Int32Array(2);
    hashPair('K1', h);
    expect(index.add(h[0] ?? 0, h[1] ?? 0, 19327, 4, 2)).toBe(0);
    expect(index.add(h[0] ?? 0, h[1] ?? 0, 19327, 5, 3)).toBe(0); // other type
    expect(index.add(h[0] ?? 0, h[1] ?? 0, 19328, 4, 4)).toBe(0); // other start
    expect(index.add(h[0] ?? 0, h[1] ?? 0, 19327, 4, 5)).toBe(2);
  });
  it('keeps every key through growth', () => {
    const index = new DuplicateIndex();
    const h = new Int32Array(2);
    let repeats = 0;
    for (let i = 0; i < 100_000; i++) {
      hashPair(`K${i}`, h);
      if (index.add(h[0] ?? 0, h[1] ?? 0, 19000, 0, i + 1) !== 0) repeats++;
    }
    expect(repeats).toBe(0);
    hashPair('K77777', h);
    expect(index.add(h[0] ?? 0, h[1] ?? 0, 19000, 0, 200_000)).toBe(77_778);
    expect(index.count).toBe(100_000);
  });
});
