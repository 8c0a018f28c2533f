/**
 * Dates as whole day numbers (days since 1970-01-01, UTC). Waiting times and date checks use
 * these, never local-time Date arithmetic, so daylight saving and time zones cannot shift a day.
 */

const MS_PER_DAY = 86_400_000;

/** The day number of a valid calendar date, or null when the date does not exist (31-11-2022). */
export function dayNumber(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return ms / MS_PER_DAY;
}

export function isoFromDayNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

export function dayNumberFromIso(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/**
 * A Date as exceljs gives it → ISO day (YYYY-MM-DD), or day and time (YYYY-MM-DDTHH:MM[:SS]) when
 * the cell holds a time of day (an Excel serial with a fraction): a date with a time is never
 * silently cut to its day. Years beyond 9999 keep all their digits (10000-01-01), so that a
 * range check sees them.
 */
export function isoFromUtcDate(date: Date): string | null {
  const t = date.getTime();
  if (!Number.isFinite(t)) return null;
  const day = Math.floor(t / MS_PER_DAY);
  const d = new Date(day * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const two = (n: number) => String(n).padStart(2, '0');
  const iso = `${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
  const ms = t - day * MS_PER_DAY;
  if (ms === 0) return iso;
  const seconds = Math.round(ms / 1000);
  const time = `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}`;
  return seconds % 60 === 0 ? `${iso}T${time}` : `${iso}T${time}:${two(seconds % 60)}`;
}

/** Whether an ISO value (see isoFromUtcDate) holds a time of day. */
export function hasTimeOfDay(iso: string): boolean {
  return iso.includes('T');
}

/**
 * The years a peildatum (or delivery date) of the monitor can lie in. The monitor began in 2022;
 * a date outside these years is a typing error (1-12-2202) or a number read as a date (serial 0).
 */
export const MONITOR_YEARS = { from: 2000, to: 2099 } as const;

/**
 * The days a date of a case-level register can lie in: measures of children in care today did not
 * start before 1990, so an older date is a typing error (1-1-1000 would give a waiting time of
 * centuries); nor after MONITOR_YEARS.
 */
export const CASE_YEARS = { from: 1990, to: MONITOR_YEARS.to } as const;
export const CASE_FIRST_DAY = Date.UTC(CASE_YEARS.from, 0, 1) / MS_PER_DAY;
export const CASE_LAST_DAY = Date.UTC(CASE_YEARS.to, 11, 31) / MS_PER_DAY;

/** Whether an ISO day lies in the years `from`–`to` (both included). */
export function isoInYears(iso: string, years: { from: number; to: number }): boolean {
  const m = /^(\d{4})-\d{2}-\d{2}$/u.exec(iso);
  const y = m ? Number(m[1]) : NaN;
  return y >= years.from && y <= years.to;
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(n: number): number {
  return (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

// Excel's day 0 in the 1900 system is 1899-12-31, and it counts the non-existent 29 Feb 1900 (serial 60).
const EXCEL_1900_EPOCH = -25568; // day number of 1899-12-31
const EXCEL_1904_EPOCH = -24107; // day number of 1904-01-01

/** An Excel date serial (whole part) → day number; null outside Excel's range or on the phantom 29-2-1900. */
export function dayNumberFromExcelSerial(serial: number, date1904 = false): number | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const whole = Math.floor(serial);
  if (date1904) return EXCEL_1904_EPOCH + whole;
  if (whole === 60) return null;
  return EXCEL_1900_EPOCH + (whole < 60 ? whole : whole - 1);
}

/** Display a date the Dutch way (1 december 2022) or the English way (1 December 2022). */
export function formatLongDate(iso: string, lang: 'nl' | 'en'): string {
  const [y, m, d] = iso.split('-').map(Number);
  const months = lang === 'nl' ? MONTHS_NL : MONTHS_EN;
  return `${d ?? ''} ${months[(m ?? 1) - 1] ?? ''} ${y ?? ''}`;
}

export const MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
export const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A day-first date with a two-digit year (1-12-22, 1 dec 22): not read (which century?), but worth a hint. */
export function hasTwoDigitYear(text: string): boolean {
  const t = text.trim().toLowerCase().replace(/\s+/gu, ' ');
  return /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2}$/u.test(t) || /^\d{1,2} [a-z]+\.? \d{2}$/u.test(t);
}
