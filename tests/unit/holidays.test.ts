import { describe, expect, it } from 'vitest';
import { dayNumberFromIso, isoFromDayNumber } from '../../src/domain/calendar.js';
import type { HolidaySources } from '../../src/domain/holidays.js';
import { WorkingCalendar } from '../../src/domain/workdays.js';
import { holidayNotes, parseFeestdagen } from '../../src/validate/holidays.js';
import { toReportIssue } from '../../src/domain/messages.js';
import { param } from '../support/issue-param.js';

const d = (iso: string): number => {
  const n = dayNumberFromIso(iso);
  if (n === null) throw new Error(iso);
  return n;
};

describe('parseFeestdagen: one day per line', () => {
  it.each([
    ['ISO', '2024-06-03', '2024-06-03', null],
    ['Dutch day first', '3-6-2024', '2024-06-03', null],
    ['Dutch with slashes', '03/06/2024', '2024-06-03', null],
    ['long Dutch', '3 juni 2024', '2024-06-03', null],
    ['with a name after ;', '3-6-2024;Sluitingsdag', '2024-06-03', 'Sluitingsdag'],
    ['with a name after , (quoted)', '2024-06-03,"Sluitingsdag, regio"', '2024-06-03', 'Sluitingsdag, regio'],
    ['with a name after a tab', '2024-06-03\tSluitingsdag', '2024-06-03', 'Sluitingsdag'],
    ['spaces around', '  2024-06-03 ;  Sluitingsdag  ', '2024-06-03', 'Sluitingsdag'],
  ])('%s: %j', (_name, line, iso, name) => {
    const { extra, issues } = parseFeestdagen(`${line}\n`, 'f.txt');
    expect(issues).toEqual([]);
    expect(extra.days.map((x) => [isoFromDayNumber(x.day), x.name])).toEqual([[iso, name]]);
  });
  it('skips a BOM, blank lines, # comments and a header line; sorts and drops repeats', () => {
    const text = '\uFEFFDatum;Naam\r\n\r\n# sluitingsdagen\r\n2024-12-31;b\r\n2024-06-03;a\r\n3-6-2024;again\r\n';
    const { extra, issues } = parseFeestdagen(text, 'f.txt');
    expect(issues).toEqual([]);
    expect(extra).toEqual({ file: 'f.txt', days: [{ day: d('2024-06-03'), name: 'a' }, { day: d('2024-12-31'), name: 'b' }] });
  });
  it.each([
    ['a day that does not exist', '2024-06-03\n31-2-2024\n', 2, '31-2-2024'],
    ['a two-digit year', '3-6-24\n', 1, '3-6-24'],
    ['an Excel serial number', '45446\n', 1, '45446'],
    ['a header that is not the first line', '2024-06-03\nDatum\n', 2, 'Datum'],
    ['a name without a separator', '2024-06-03 Sluitingsdag\n', 1, '2024-06-03 Sluitingsdag'],
  ])('%s is an error on its line, in both languages', (_name, text, row, value) => {
    const { issues } = parseFeestdagen(text, 'f.txt');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'error', type: 'feestdagen/date', file: 'f.txt', row, value, expected: 'date' });
    const issue = issues[0];
    if (!issue) return;
    expect(toReportIssue(issue, 'nl').message).toBe(`"${value}" is geen bestaande datum. Schrijf één dag per regel, bijv. 2024-05-10 of 10-5-2024, eventueel gevolgd door ; en een naam.`);
    expect(toReportIssue(issue, 'en').message).toContain('is not an existing date');
  });
});

describe('holidayNotes: years counted without known decreed days', () => {
  const sources: HolidaySources = {
    decreed: { covers: { from: 2022, to: 2028 }, days: [] },
    extra: { file: 'f.txt', days: [{ day: d('2021-06-03'), name: 'Sluitingsdag' }, { day: d('2024-06-03'), name: null }] },
  };
  it('no count, no note; calendar days, no note', () => {
    expect(holidayNotes(new WorkingCalendar(sources))).toEqual([]);
    expect(holidayNotes(undefined)).toEqual([]);
  });
  it('one info per uncovered year, naming the law days and the --feestdagen days applied', () => {
    const cal = new WorkingCalendar(sources);
    cal.between(d('2021-03-01'), d('2024-07-01'));
    const notes = holidayNotes(cal);
    expect(notes.map((n) => [n.severity, n.type, param(n, 'year')])).toEqual([['info', 'workdays/no-decreed-days', 2021]]);
    const [note] = notes;
    if (!note) return;
    const nl = toReportIssue(note, 'nl').message;
    expect(nl).toContain('Voor 2021 zijn geen bij besluit gelijkgestelde dagen (Algemene termijnenwet art. 3 lid 3) bekend; data/atw-gelijkgestelde-dagen.json dekt 2022–2028.');
    expect(nl).toContain('art. 3 lid 1 en lid 2: Nieuwjaarsdag 1 januari 2021, Goede Vrijdag 2 april 2021, Tweede Paasdag 5 april 2021, Koningsdag 27 april 2021');
    expect(nl).toContain('Tweede Kerstdag 26 december 2021; uit --feestdagen: Sluitingsdag 3 juni 2021.');
    expect(toReportIssue(note, 'en').message).toContain('Good Friday 2 April 2021');
  });
  it('without --feestdagen days in that year the note names the law days only', () => {
    const cal = new WorkingCalendar({ ...sources, extra: null });
    cal.between(d('2029-01-01'), d('2029-01-10'));
    const [note] = holidayNotes(cal);
    expect(note).toBeDefined();
    if (!note) return;
    const text = toReportIssue(note, 'en').message;
    expect(text).toContain('For 2029');
    expect(text).not.toContain('--feestdagen:');
    expect(text).not.toMatch(/undefined|null/u);
  });
});
