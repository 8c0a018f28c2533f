/**
 * Working days under the Algemene termijnenwet: weekends and the public holidays of its article 3
 * are not working days. Computed for any year from whole day numbers (see calendar.ts), never
 * from local-time dates, so time zones and daylight saving cannot shift a day.
 */
import { dayNumber, weekday } from '../calendar.js';
import type { Labels } from '../model.js';

/** A public holiday of one year: its day number and its name. */
export interface Holiday {
  day: number;
  name: Labels;
}

/** Easter Sunday (Gregorian calendar; the anonymous algorithm of Meeus/Jones/Butcher). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return mustDay(year, month, day);
}

function mustDay(year: number, month: number, day: number): number {
  const n = dayNumber(year, month, day);
  if (n === null) throw new Error(`no such day ${year}-${month}-${day}`);
  return n;
}

/**
 * The King's (from 2014) or Queen's birthday as celebrated: 27 April, or 26 April when the 27th
 * is a Sunday; before 2014 Koninginnedag, 30 April, or 29 April when the 30th is a Sunday.
 */
export function kingsDay(year: number): Holiday {
  if (year >= 2014) {
    const d = mustDay(year, 4, 27);
    return { day: weekday(d) === 0 ? d - 1 : d, name: { nl: 'Koningsdag', en: "King's Day" } };
  }
  const d = mustDay(year, 4, 30);
  return { day: weekday(d) === 0 ? d - 1 : d, name: { nl: 'Koninginnedag', en: "Queen's Day" } };
}

/** The holidays of the Algemene termijnenwet (art. 3) in one year, in date order. */
export function publicHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const list: Holiday[] = [
    { day: mustDay(year, 1, 1), name: { nl: 'Nieuwjaarsdag', en: "New Year's Day" } },
    { day: easter + 1, name: { nl: 'Tweede Paasdag', en: 'Easter Monday' } },
    kingsDay(year),
    { day: mustDay(year, 5, 5), name: { nl: 'Bevrijdingsdag (5 mei)', en: 'Liberation Day (5 May)' } },
    { day: easter + 39, name: { nl: 'Hemelvaartsdag', en: 'Ascension Day' } },
    { day: easter + 50, name: { nl: 'Tweede Pinksterdag', en: 'Whit Monday' } },
    { day: mustDay(year, 12, 25), name: { nl: 'Eerste Kerstdag', en: 'Christmas Day' } },
    { day: mustDay(year, 12, 26), name: { nl: 'Tweede Kerstdag', en: 'Boxing Day' } },
  ];
  return list.sort((x, y) => x.day - y.day);
}

// Holidays that fall on a weekday, per year: the only ones that change a count of working days.
const weekdayHolidayCache = new Map<number, Int32Array>();

function weekdayHolidays(year: number): Int32Array {
  let days = weekdayHolidayCache.get(year);
  if (!days) {
    const unique = [...new Set(publicHolidays(year).map((h) => h.day))].filter((d) => weekday(d) !== 0 && weekday(d) !== 6);
    days = Int32Array.from(unique.sort((a, b) => a - b));
    weekdayHolidayCache.set(year, days);
  }
  return days;
}

export function yearOf(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}

export function isHoliday(day: number): boolean {
  return publicHolidays(yearOf(day)).some((h) => h.day === day);
}

export function isWorkingDay(day: number): boolean {
  const w = weekday(day);
  return w !== 0 && w !== 6 && !weekdayHolidays(yearOf(day)).includes(day);
}

/** Monday to Friday among the days ≤ n, counted from a fixed Monday: a difference gives a range. */
function weekdaysUpTo(n: number): number {
  const k = n - 4; // day 4 (1970-01-05) was a Monday
  const weeks = Math.floor(k / 7);
  return 5 * weeks + Math.min(k - 7 * weeks + 1, 5);
}

/**
 * The number of working days d with from < d ≤ to (0 when to ≤ from): weekdays by arithmetic,
 * minus the holidays on weekdays in the range, so a long wait costs a few steps per year.
 */
export function workingDaysBetween(from: number, to: number): number {
  if (to <= from) return 0;
  let count = weekdaysUpTo(to) - weekdaysUpTo(from);
  const last = yearOf(to);
  for (let y = yearOf(from + 1); y <= last; y++) {
    for (const h of weekdayHolidays(y)) if (h > from && h <= to) count--;
  }
  return count;
}
