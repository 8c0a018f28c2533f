/**
 * The holiday data of a run with --werkdagen: the decreed days (data/atw-gelijkgestelde-dagen.json),
 * the user's --feestdagen file, and the note for years whose decreed days are not known. Pure: the
 * files are read in commands/load-holidays.ts.
 */
import type { Issue } from '../domain/model.js';
import { dayNumberFromIso, formatLongDate, isoFromDayNumber } from '../domain/calendar.js';
import { yearOf, type DecreedDays, type ExtraDays } from '../domain/holidays.js';
import type { WorkingCalendar } from '../domain/workdays.js';
import { makeIssue, NOWHERE } from '../domain/issues.js';
import { parseDateText } from './parse-value.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The decreed-days file, checked: every decree named, every day an ISO date within the covered years. */
export function parseDecreedDays(json: unknown): { ok: true; decreed: DecreedDays } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  if (!isRecord(json) || !isRecord(json.covers) || !Array.isArray(json.decrees)) {
    return { ok: false, problems: ['expected { "covers": { "from", "to" }, "decrees": [...] }'] };
  }
  const { from, to } = json.covers;
  if (!Number.isInteger(from) || !Number.isInteger(to) || (from as number) > (to as number)) problems.push('covers: from and to must be years, from ≤ to');
  const days: DecreedDays['days'] = [];
  json.decrees.forEach((d: unknown, i) => {
    if (!isRecord(d) || typeof d.name !== 'string' || d.name.trim() === '' || !Array.isArray(d.days)) {
      problems.push(`decrees[${i}]: needs a name and days`);
      return;
    }
    for (const iso of d.days) {
      const day = typeof iso === 'string' ? dayNumberFromIso(iso) : null;
      const year = day === null ? NaN : yearOf(day);
      if (day === null || !(year >= (from as number) && year <= (to as number))) problems.push(`decrees[${i}]: ${String(iso)} is not a date (YYYY-MM-DD) within covers`);
      else days.push({ day, decree: d.name });
    }
  });
  return problems.length ? { ok: false, problems } : { ok: true, decreed: { covers: { from: from as number, to: to as number }, days } };
}

/** A header line an analyst may type above the dates: skipped, not an error. */
const HEADER = /^(datum|date|dag|day|feestdag|holiday)$/iu;

/**
 * The --feestdagen file: one day per line, the date (2024-05-10, 10-5-2024 or 10 mei 2024)
 * optionally followed by `;`, `,` or a tab and a name. Blank lines and lines starting with `#`
 * are skipped, and so is a first line that is only a header (Datum). Any other line that does
 * not start with an existing date is an error on that line.
 */
export function parseFeestdagen(text: string, file: string): { extra: ExtraDays; issues: Issue[] } {
  const days: ExtraDays['days'] = [];
  const issues: Issue[] = [];
  let first = true;
  text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u).forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const cut = trimmed.search(/[;,\t]/u);
    const dateText = (cut < 0 ? trimmed : trimmed.slice(0, cut)).trim();
    const name = cut < 0 ? '' : trimmed.slice(cut + 1).trim().replace(/^"(.*)"$/u, '$1');
    const wasFirst = first;
    first = false;
    if (wasFirst && HEADER.test(dateText)) return;
    const read = parseDateText(dateText);
    const day = read.ok && !read.fromSerial ? dayNumberFromIso(read.iso) : null;
    if (day === null) {
      issues.push(makeIssue('error', 'feestdagen/date', { ...NOWHERE, file, row: i + 1 }, { value: dateText, expected: 'date' }));
      return;
    }
    if (!days.some((d) => d.day === day)) days.push({ day, name: name === '' ? null : name });
  });
  return { extra: { file, days: days.sort((a, b) => a.day - b.day) }, issues };
}

/**
 * One note per year that a working-day count reached without known decreed days: which days were
 * applied as holidays there (art. 3 lid 1 and lid 2, and any --feestdagen days), in both languages.
 */
export function holidayNotes(calendar: WorkingCalendar | undefined): Issue[] {
  if (!calendar) return [];
  const covers = calendar.sources.decreed.covers;
  return calendar.uncoveredYears().map((year) => {
    const days = calendar.holidays(year);
    const list = (lang: 'nl' | 'en', user: boolean) => days
      .filter((h) => (h.basis === 'feestdagen') === user)
      .map((h) => `${h.name[lang]} ${formatLongDate(isoFromDayNumber(h.day), lang)}`).join(', ');
    return makeIssue('info', 'workdays/no-decreed-days', NOWHERE, {
      params: {
        year, covers: covers ? `${covers.from}–${covers.to}` : '-',
        law_nl: list('nl', false), law_en: list('en', false), extra_nl: list('nl', true), extra_en: list('en', true),
      },
    });
  });
}
