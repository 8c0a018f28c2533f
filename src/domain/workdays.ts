/**
 * Working days under the Algemene termijnenwet: weekends and the holidays of its article 3 (see
 * holidays.ts) are not working days. Computed from whole day numbers (see calendar.ts), never from
 * local-time dates, so time zones and daylight saving cannot shift a day.
 */
import { weekday } from './calendar.js';
import { decreesCover, holidaysOf, LAW_ONLY, yearOf, type Holiday, type HolidaySources } from './holidays.js';

interface YearEntry {
  /** The holidays that fall on a weekday: the only ones that change a count of working days. */
  weekdayHolidays: Int32Array;
  /** Some counted day fell in this year. */
  counted: boolean;
}

/** Monday to Friday among the days ≤ n, counted from a fixed Monday: a difference gives a range. */
function weekdaysUpTo(n: number): number {
  const k = n - 4; // day 4 (1970-01-05) was a Monday
  const weeks = Math.floor(k / 7);
  return 5 * weeks + Math.min(k - 7 * weeks + 1, 5);
}

/**
 * The working-day calendar of one run. It remembers which years its counts reached, so the run can
 * say for which years no decreed days were known (see validate/holidays.ts).
 */
export class WorkingCalendar {
  private readonly years = new Map<number, YearEntry>();

  constructor(readonly sources: HolidaySources = LAW_ONLY) {}

  holidays(year: number): Holiday[] {
    return holidaysOf(year, this.sources);
  }

  private entry(year: number): YearEntry {
    let e = this.years.get(year);
    if (!e) {
      const days = this.holidays(year).map((h) => h.day).filter((d) => weekday(d) !== 0 && weekday(d) !== 6);
      e = { weekdayHolidays: Int32Array.from(days), counted: false };
      this.years.set(year, e);
    }
    return e;
  }

  isHoliday(day: number): boolean {
    return this.holidays(yearOf(day)).some((h) => h.day === day);
  }

  isWorkingDay(day: number): boolean {
    const w = weekday(day);
    return w !== 0 && w !== 6 && !this.entry(yearOf(day)).weekdayHolidays.includes(day);
  }

  /**
   * The number of working days d with from < d ≤ to (0 when to ≤ from): weekdays by arithmetic,
   * minus the holidays on weekdays in the range, so a long wait costs a few steps per year.
   */
  between(from: number, to: number): number {
    if (to <= from) return 0;
    let count = weekdaysUpTo(to) - weekdaysUpTo(from);
    const last = yearOf(to);
    for (let y = yearOf(from + 1); y <= last; y++) {
      const e = this.entry(y);
      e.counted = true;
      for (const h of e.weekdayHolidays) if (h > from && h <= to) count--;
    }
    return count;
  }

  /** The years a count reached for which the decreed days (lid 3) are not known, ascending. */
  uncoveredYears(): number[] {
    return [...this.years].filter(([y, e]) => e.counted && !decreesCover(this.sources, y)).map(([y]) => y).sort((a, b) => a - b);
  }
}
