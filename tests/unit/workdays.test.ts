import { describe, expect, it } from 'vitest';
import { dayNumberFromIso, isoFromDayNumber } from '../../src/calendar.js';
import { easterSunday, isHoliday, isWorkingDay, kingsDay, publicHolidays, workingDaysBetween } from '../../src/compute/workdays.js';

const d = (iso: string): number => {
  const n = dayNumberFromIso(iso);
  if (n === null) throw new Error(iso);
  return n;
};

describe('easterSunday', () => {
  it.each([
    [1818, '1818-03-22'], [1943, '1943-04-25'], [2000, '2000-04-23'], [2008, '2008-03-23'], [2011, '2011-04-24'],
    [2019, '2019-04-21'], [2022, '2022-04-17'], [2023, '2023-04-09'], [2024, '2024-03-31'], [2025, '2025-04-20'],
    [2038, '2038-04-25'], [2285, '2285-03-22'],
  ])('%i: %s', (year, iso) => {
    expect(isoFromDayNumber(easterSunday(year))).toBe(iso);
  });
});

describe('publicHolidays (Algemene termijnenwet)', () => {
  it('2023: every holiday, Easter-derived ones included', () => {
    expect(publicHolidays(2023).map((h) => `${isoFromDayNumber(h.day)} ${h.name.nl}`)).toEqual([
      '2023-01-01 Nieuwjaarsdag', '2023-04-10 Tweede Paasdag', '2023-04-27 Koningsdag', '2023-05-05 Bevrijdingsdag (5 mei)',
      '2023-05-18 Hemelvaartsdag', '2023-05-29 Tweede Pinksterdag', '2023-12-25 Eerste Kerstdag', '2023-12-26 Tweede Kerstdag',
    ]);
  });
  it.each([
    [2024, '2024-04-01', '2024-05-09', '2024-05-20'],
    [2025, '2025-04-21', '2025-05-29', '2025-06-09'],
    [2008, '2008-03-24', '2008-05-01', '2008-05-12'],
  ])('%i: Tweede Paasdag %s, Hemelvaart %s, Tweede Pinksterdag %s', (year, easterMonday, ascension, whitMonday) => {
    const days = publicHolidays(year).map((h) => isoFromDayNumber(h.day));
    expect(days).toContain(easterMonday);
    expect(days).toContain(ascension);
    expect(days).toContain(whitMonday);
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
    for (const y of [2021, 2022, 2023, 2024, 2025]) expect(isHoliday(d(`${y}-05-05`))).toBe(true);
  });
  it('Good Friday is not a holiday under the Algemene termijnenwet', () => {
    expect(isHoliday(d('2023-04-07'))).toBe(false);
    expect(isWorkingDay(d('2023-04-07'))).toBe(true);
  });
});

describe('workingDaysBetween (date < d ≤ P)', () => {
  it('counts nothing when P is not after the date', () => {
    expect(workingDaysBetween(d('2023-03-15'), d('2023-03-15'))).toBe(0);
    expect(workingDaysBetween(d('2023-03-15'), d('2023-03-10'))).toBe(0);
  });
  it('skips the weekend', () => {
    // Friday 10 March 2023 → Friday 17 March: Mon–Fri = 5
    expect(workingDaysBetween(d('2023-03-10'), d('2023-03-17'))).toBe(5);
    // Friday → Monday: 1; Friday → Sunday: 0
    expect(workingDaysBetween(d('2023-03-10'), d('2023-03-13'))).toBe(1);
    expect(workingDaysBetween(d('2023-03-10'), d('2023-03-12'))).toBe(0);
  });
  it.each([
    ['Nieuwjaarsdag on a Sunday changes nothing', '2022-12-30', '2023-01-06', 5], // 1 Jan 2023 was a Sunday
    ['Nieuwjaarsdag on a weekday', '2023-12-29', '2024-01-05', 4], // 1 Jan 2024 is a Monday
    ['Tweede Paasdag', '2023-04-07', '2023-04-14', 4],
    ['Koningsdag', '2023-04-21', '2023-04-28', 4],
    ['Bevrijdingsdag', '2023-04-28', '2023-05-05', 4],
    ['Hemelvaartsdag', '2023-05-12', '2023-05-19', 4],
    ['Tweede Pinksterdag', '2023-05-26', '2023-06-02', 4],
    ['both Christmas days', '2023-12-22', '2023-12-29', 3],
    ['Koninginnedag before 2014', '2013-04-26', '2013-05-03', 4],
  ])('%s: %s → %s = %i working days', (_name, from, to, n) => {
    expect(workingDaysBetween(d(from), d(to))).toBe(n);
  });
  it('agrees with a day-by-day count over several years', () => {
    const from = d('2019-11-20');
    for (const to of [d('2020-01-02'), d('2021-06-30'), d('2024-12-31')]) {
      let n = 0;
      for (let x = from + 1; x <= to; x++) if (isWorkingDay(x)) n++;
      expect(workingDaysBetween(from, to)).toBe(n);
    }
  });
  it('a peildatum on a holiday or a Sunday adds no working day', () => {
    expect(workingDaysBetween(d('2023-04-20'), d('2023-04-27'))).toBe(workingDaysBetween(d('2023-04-20'), d('2023-04-26')));
    expect(workingDaysBetween(d('2023-03-08'), d('2023-03-12'))).toBe(workingDaysBetween(d('2023-03-08'), d('2023-03-10')));
  });
});
