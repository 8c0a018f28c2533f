import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dayNumberFromIso, isoFromDayNumber } from '../../src/domain/calendar.js';
import { easterSunday, kingsDay, lawHolidays, LAW_ONLY, type HolidaySources } from '../../src/domain/holidays.js';
import { WorkingCalendar } from '../../src/domain/workdays.js';
import { parseDecreedDays } from '../../src/validate/holidays.js';
import { ROOT } from '../helpers.js';

const d = (iso: string): number => {
  const n = dayNumberFromIso(iso);
  if (n === null) throw new Error(iso);
  return n;
};

/** The bundled decreed days, read as the command reads them. */
function bundled(): HolidaySources {
  const parsed = parseDecreedDays(JSON.parse(readFileSync(path.join(ROOT, 'data', 'atw-gelijkgestelde-dagen.json'), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return { decreed: parsed.decreed, extra: null };
}
const LAW = new WorkingCalendar(LAW_ONLY);
const ATW = new WorkingCalendar(bundled());

describe('easterSunday', () => {
  it.each([
    [1818, '1818-03-22'], [1943, '1943-04-25'], [2000, '2000-04-23'], [2008, '2008-03-23'], [2011, '2011-04-24'],
    [2019, '2019-04-21'], [2022, '2022-04-17'], [2023, '2023-04-09'], [2024, '2024-03-31'], [2025, '2025-04-20'],
    [2038, '2038-04-25'], [2285, '2285-03-22'],
  ])('%i: %s', (year, iso) => {
    expect(isoFromDayNumber(easterSunday(year))).toBe(iso);
  });
});

describe('lawHolidays: Algemene termijnenwet art. 3 lid 1 and lid 2', () => {
  it('2023: every holiday, Easter-derived ones and Goede Vrijdag included', () => {
    expect(lawHolidays(2023).map((h) => `${isoFromDayNumber(h.day)} ${h.name.nl} ${h.basis}`)).toEqual([
      '2023-01-01 Nieuwjaarsdag atw-3-1', '2023-04-07 Goede Vrijdag atw-3-2', '2023-04-10 Tweede Paasdag atw-3-1',
      '2023-04-27 Koningsdag atw-3-1', '2023-05-05 Bevrijdingsdag (5 mei) atw-3-1', '2023-05-18 Hemelvaartsdag atw-3-1',
      '2023-05-29 Tweede Pinksterdag atw-3-1', '2023-12-25 Eerste Kerstdag atw-3-1', '2023-12-26 Tweede Kerstdag atw-3-1',
    ]);
  });
  it.each([
    [2024, '2024-03-29', '2024-04-01', '2024-05-09', '2024-05-20'],
    [2025, '2025-04-18', '2025-04-21', '2025-05-29', '2025-06-09'],
    [2008, '2008-03-21', '2008-03-24', '2008-05-01', '2008-05-12'],
  ])('%i: Goede Vrijdag %s, Tweede Paasdag %s, Hemelvaart %s, Tweede Pinksterdag %s', (year, goodFriday, easterMonday, ascension, whitMonday) => {
    const days = lawHolidays(year).map((h) => isoFromDayNumber(h.day));
    for (const day of [goodFriday, easterMonday, ascension, whitMonday]) expect(days).toContain(day);
  });
  it.each([
    [2014, '2014-04-26', 'Koningsdag'], // 27 April 2014 was a Sunday
    [2025, '2025-04-26', 'Koningsdag'], // 27 April 2025 is a Sunday
    [2023, '2023-04-27', 'Koningsdag'],
    [2013, '2013-04-30', 'Koninginnedag'],
    [2006, '2006-04-29', 'Koninginnedag'], // 30 April 2006 was a Sunday
    [1995, '1995-04-29', 'Koninginnedag'], // 30 April 1995 was a Sunday
  ])('%i: %s (%s)', (year, iso, name) => {
    expect(isoFromDayNumber(kingsDay(year).day)).toBe(iso);
    expect(kingsDay(year).name.nl).toBe(name);
  });
  it('5 May is a holiday every year, not only every fifth year', () => {
    for (const y of [2021, 2022, 2023, 2024, 2025, 2026]) expect(LAW.isHoliday(d(`${y}-05-05`))).toBe(true);
  });
  it('Goede Vrijdag is a holiday (lid 2), not a working day', () => {
    for (const iso of ['2023-04-07', '2024-03-29', '2025-04-18', '2031-04-11']) {
      expect(LAW.isHoliday(d(iso)), iso).toBe(true);
      expect(LAW.isWorkingDay(d(iso)), iso).toBe(false);
    }
  });
});

describe('the decreed days (lid 3), from data/atw-gelijkgestelde-dagen.json', () => {
  it.each([
    ['2022-05-27', 'besluit gelijkstelling voor 2022'],
    ['2023-04-28', 'Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag'],
    ['2023-05-19', 'Besluit gelijkstelling van 28 april 2023'],
    ['2024-05-10', 'Besluit gelijkstelling van 28 april 2023'],
    ['2024-12-27', 'Besluit gelijkstelling van 28 april 2023'],
    ['2025-05-30', 'Besluit gelijkstelling van 28 april 2023'],
    ['2026-01-02', 'besluit gelijkstelling 2026–2028'],
    ['2026-05-15', 'besluit gelijkstelling 2026–2028'],
    ['2027-05-07', 'besluit gelijkstelling 2026–2028'],
    ['2028-04-28', 'besluit gelijkstelling 2026–2028'],
    ['2028-05-26', 'besluit gelijkstelling 2026–2028'],
  ])('%s is a holiday, named after its decree', (iso, decree) => {
    expect(ATW.isWorkingDay(d(iso))).toBe(false);
    expect(LAW.isWorkingDay(d(iso))).toBe(true); // a Friday: only the decree makes it a holiday
    const h = ATW.holidays(Number(iso.slice(0, 4))).find((x) => x.day === d(iso));
    expect(h?.basis).toBe('atw-3-3');
    expect(h?.name.nl).toContain(decree);
  });
  it('covers 2022–2028', () => {
    expect(bundled().decreed.covers).toEqual({ from: 2022, to: 2028 });
  });
  it.each([
    [{}, 'expected'],
    [{ covers: { from: 2022, to: 2021 }, decrees: [] }, 'from ≤ to'],
    [{ covers: { from: 2022, to: 2028 }, decrees: [{ days: ['2022-05-27'] }] }, 'needs a name'],
    [{ covers: { from: 2022, to: 2028 }, decrees: [{ name: 'x', days: ['27-5-2022'] }] }, 'not a date'],
    [{ covers: { from: 2022, to: 2028 }, decrees: [{ name: 'x', days: ['2030-05-27'] }] }, 'within covers'],
  ])('a broken data file is refused: %j', (json, problem) => {
    const parsed = parseDecreedDays(json);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.join('; ')).toContain(problem);
  });
});

describe('between (date < d ≤ P)', () => {
  it('counts nothing when P is not after the date', () => {
    expect(ATW.between(d('2023-03-15'), d('2023-03-15'))).toBe(0);
    expect(ATW.between(d('2023-03-15'), d('2023-03-10'))).toBe(0);
  });
  it('skips the weekend', () => {
    // Friday 10 March 2023 → Friday 17 March: Mon–Fri = 5
    expect(ATW.between(d('2023-03-10'), d('2023-03-17'))).toBe(5);
    // Friday → Monday: 1; Friday → Sunday: 0
    expect(ATW.between(d('2023-03-10'), d('2023-03-13'))).toBe(1);
    expect(ATW.between(d('2023-03-10'), d('2023-03-12'))).toBe(0);
  });
  it.each([
    ['Nieuwjaarsdag on a Sunday changes nothing', '2022-12-30', '2023-01-06', 5], // 1 Jan 2023 was a Sunday
    ['Nieuwjaarsdag on a weekday', '2023-12-29', '2024-01-05', 4], // 1 Jan 2024 is a Monday
    ['Goede Vrijdag and Tweede Paasdag', '2023-04-06', '2023-04-14', 4],
    ['Koningsdag and the decreed Friday after it', '2023-04-21', '2023-04-28', 3],
    ['Bevrijdingsdag', '2023-04-28', '2023-05-05', 4],
    ['Hemelvaartsdag and the decreed Friday after it', '2023-05-12', '2023-05-19', 3],
    ['Tweede Pinksterdag', '2023-05-26', '2023-06-02', 4],
    ['both Christmas days', '2023-12-22', '2023-12-29', 3],
    ['Christmas 2024 and the decreed 27 December', '2024-12-20', '2024-12-31', 4],
    ['Nieuwjaarsdag 2026 and the decreed 2 January', '2025-12-31', '2026-01-09', 5],
    ['Koninginnedag before 2014', '2013-04-26', '2013-05-03', 4],
  ])('%s: %s → %s = %i working days', (_name, from, to, n) => {
    expect(ATW.between(d(from), d(to))).toBe(n);
  });
  it('Goede Vrijdag 2024: peildatum 1 April 2024 (Tweede Paasdag) counts neither 29 March nor 1 April', () => {
    // Friday 22 March → Monday 1 April: 25, 26, 27, 28 = 4 (29 March Goede Vrijdag, 1 April Tweede Paasdag)
    expect(ATW.between(d('2024-03-22'), d('2024-04-01'))).toBe(4);
    expect(ATW.between(d('2024-03-28'), d('2024-04-01'))).toBe(0);
    expect(ATW.between(d('2024-03-28'), d('2024-04-02'))).toBe(1);
  });
  it('Hemelvaart 2024: 9 May by law, 10 May by decree', () => {
    // Tuesday 7 May → Monday 13 May: 8, 13 = 2
    expect(ATW.between(d('2024-05-07'), d('2024-05-13'))).toBe(2);
    expect(LAW.between(d('2024-05-07'), d('2024-05-13'))).toBe(3);
  });
  it('agrees with a day-by-day count over several years', () => {
    const from = d('2019-11-20');
    for (const to of [d('2020-01-02'), d('2021-06-30'), d('2024-12-31'), d('2029-03-01')]) {
      let n = 0;
      for (let x = from + 1; x <= to; x++) if (ATW.isWorkingDay(x)) n++;
      expect(ATW.between(from, to)).toBe(n);
    }
  });
  it('a peildatum on a holiday or a Sunday adds no working day', () => {
    expect(ATW.between(d('2023-04-20'), d('2023-04-27'))).toBe(ATW.between(d('2023-04-20'), d('2023-04-26')));
    expect(ATW.between(d('2023-03-08'), d('2023-03-12'))).toBe(ATW.between(d('2023-03-08'), d('2023-03-10')));
  });
});

describe('uncoveredYears: the years a count reached without known decreed days', () => {
  it('names only the counted years outside the data', () => {
    const cal = new WorkingCalendar(bundled());
    cal.between(d('2023-01-01'), d('2023-03-01'));
    expect(cal.uncoveredYears()).toEqual([]);
    cal.between(d('2021-12-30'), d('2022-01-10')); // counts 31 Dec 2021
    cal.between(d('2028-12-20'), d('2029-01-05'));
    cal.isWorkingDay(d('2019-05-05')); // a lookup is not a count
    expect(cal.uncoveredYears()).toEqual([2021, 2029]);
  });
  it('a count that ends on 31 December does not reach the next year', () => {
    const cal = new WorkingCalendar(bundled());
    cal.between(d('2028-12-01'), d('2028-12-31'));
    expect(cal.uncoveredYears()).toEqual([]);
  });
});
