/**
 * The days that are not working days besides weekends, under the Algemene termijnenwet: art. 3
 * lid 1 (the algemeen erkende feestdagen), lid 2 (Goede Vrijdag) and lid 3 (days set equal by
 * decree, which are data: data/atw-gelijkgestelde-dagen.json), plus the user's own --feestdagen.
 * Lid 1 and 2 are computed for any year; lid 3 is known only for the years the data covers.
 */
import { dayNumber, weekday } from './calendar.js';
import type { Labels } from './model.js';

/** Where a holiday comes from: a paragraph of art. 3 Algemene termijnenwet, or --feestdagen. */
export type HolidayBasis = 'atw-3-1' | 'atw-3-2' | 'atw-3-3' | 'feestdagen';

/** A holiday of one year: its day number, its name and why it is one. */
export interface Holiday {
  day: number;
  name: Labels;
  basis: HolidayBasis;
}

/** The days set equal by decree (lid 3) and the years for which every decree is in the data. */
export interface DecreedDays {
  covers: { from: number; to: number } | null;
  days: { day: number; decree: string }[];
}

/** The days a user adds with --feestdagen: the file as given, each day with its optional name. */
export interface ExtraDays {
  file: string;
  days: { day: number; name: string | null }[];
}

/** Everything beyond lid 1 and lid 2 that makes a day a holiday. */
export interface HolidaySources {
  decreed: DecreedDays;
  extra: ExtraDays | null;
}

/** No decreed days and no user days: art. 3 lid 1 and lid 2 only. */
export const LAW_ONLY: HolidaySources = { decreed: { covers: null, days: [] }, extra: null };

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
    return { day: weekday(d) === 0 ? d - 1 : d, name: { nl: 'Koningsdag', en: "King's Day" }, basis: 'atw-3-1' };
  }
  const d = mustDay(year, 4, 30);
  return { day: weekday(d) === 0 ? d - 1 : d, name: { nl: 'Koninginnedag', en: "Queen's Day" }, basis: 'atw-3-1' };
}

const lid1 = (day: number, nl: string, en: string): Holiday => ({ day, name: { nl, en }, basis: 'atw-3-1' });

/** The holidays the law itself names for a year: art. 3 lid 1 and Goede Vrijdag (lid 2), in date order. */
export function lawHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const list: Holiday[] = [
    lid1(mustDay(year, 1, 1), 'Nieuwjaarsdag', "New Year's Day"),
    { day: easter - 2, name: { nl: 'Goede Vrijdag', en: 'Good Friday' }, basis: 'atw-3-2' },
    lid1(easter + 1, 'Tweede Paasdag', 'Easter Monday'),
    kingsDay(year),
    lid1(mustDay(year, 5, 5), 'Bevrijdingsdag (5 mei)', 'Liberation Day (5 May)'),
    lid1(easter + 39, 'Hemelvaartsdag', 'Ascension Day'),
    lid1(easter + 50, 'Tweede Pinksterdag', 'Whit Monday'),
    lid1(mustDay(year, 12, 25), 'Eerste Kerstdag', 'Christmas Day'),
    lid1(mustDay(year, 12, 26), 'Tweede Kerstdag', 'Boxing Day'),
  ];
  return list.sort((x, y) => x.day - y.day);
}

/** The year of a day number. */
export function yearOf(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}

/** Whether the decreed days of `year` are all known (the data covers that year). */
export function decreesCover(sources: HolidaySources, year: number): boolean {
  const c = sources.decreed.covers;
  return c !== null && year >= c.from && year <= c.to;
}

/**
 * Every holiday of one year from all sources, in date order, one entry per day: a day named
 * twice keeps its first basis in the order law, decree, --feestdagen.
 */
export function holidaysOf(year: number, sources: HolidaySources): Holiday[] {
  const all: Holiday[] = [
    ...lawHolidays(year),
    ...sources.decreed.days.filter((d) => yearOf(d.day) === year)
      .map((d): Holiday => ({ day: d.day, name: { nl: `gelijkgestelde dag (${d.decree})`, en: `day set equal by decree (${d.decree})` }, basis: 'atw-3-3' })),
    ...(sources.extra?.days ?? []).filter((d) => yearOf(d.day) === year)
      .map((d): Holiday => ({ day: d.day, name: { nl: d.name ?? 'extra feestdag (--feestdagen)', en: d.name ?? 'extra holiday (--feestdagen)' }, basis: 'feestdagen' })),
  ];
  const seen = new Set<number>();
  return all.filter((h) => !seen.has(h.day) && seen.add(h.day)).sort((x, y) => x.day - y.day);
}
