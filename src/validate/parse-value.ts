/**
 * Reading numbers, percentages and dates written by hand, in Dutch or English notation.
 * Pure functions; the caller decides which issue a failed reading becomes.
 */
import { dayNumber, dayNumberFromExcelSerial, isoFromDayNumber, MONTHS_EN, MONTHS_NL } from '../domain/calendar.js';

/** Which character is the decimal separator: Dutch `16,5` (comma) or English `16.5` (point). */
export type Notation = 'comma' | 'point';

export type NumberReading =
  | { ok: true; value: number }
  | { ok: false; reason: 'not-a-number' }
  | { ok: false; reason: 'wrong-notation' }
  | { ok: false; reason: 'ambiguous'; comma: number; point: number }
  /** Digits beyond what a number can hold (a 400-digit text): never Infinity. */
  | { ok: false; reason: 'not-finite' };

// Spaces of every kind may separate thousands ("2 566") or surround a sign.
const SPACES = /[\s\u00a0\u202f\u2009]+/gu;

const COMMA_FORMS = [/^\d+(,\d+)?$/u, /^\d{1,3}(\.\d{3})+(,\d+)?$/u];
const POINT_FORMS = [/^\d+(\.\d+)?$/u, /^\d{1,3}(,\d{3})+(\.\d+)?$/u];

function splitSign(text: string): { sign: number; body: string } {
  const t = text.replace(SPACES, '');
  if (/^[-\u2212]/u.test(t)) return { sign: -1, body: t.slice(1) };
  if (t.startsWith('+')) return { sign: 1, body: t.slice(1) };
  return { sign: 1, body: t };
}

/** The value of `text` under each notation, or null where that notation cannot read it. */
export function readingsOf(text: string): { comma: number | null; point: number | null } {
  const { sign, body } = splitSign(text);
  const comma = COMMA_FORMS.some((re) => re.test(body)) ? sign * Number(body.replace(/\./gu, '').replace(',', '.')) : null;
  const point = POINT_FORMS.some((re) => re.test(body)) ? sign * Number(body.replace(/,/gu, '')) : null;
  return { comma, point };
}

/**
 * A hand-written number of a figure cell. `whole`: its field only holds whole numbers (counts),
 * so a reading that gives a fraction cannot be the file's notation.
 */
export interface NumberText {
  text: string;
  whole: boolean;
}

/**
 * What one text says about the file's notation: only one reading fits, or both fit and differ, or
 * it is neutral. For a count, `1.765` can only be comma notation (1765: a count is never 1.765)
 * and `1,765` only point notation.
 */
export function notationEvidence(text: string, whole = false): Notation | 'ambiguous' | 'neutral' | 'invalid' {
  const { comma, point } = readingsOf(text);
  if (comma === null && point === null) return 'invalid';
  if (comma === null) return 'point';
  if (point === null) return 'comma';
  if (comma === point) return 'neutral';
  if (whole && Number.isInteger(comma) !== Number.isInteger(point)) return Number.isInteger(comma) ? 'comma' : 'point';
  return 'ambiguous';
}

/** How many of a file's hand-written numbers show each notation. */
function notationVotes(texts: Iterable<string | NumberText>): { comma: number; point: number } {
  const votes = { comma: 0, point: 0 };
  for (const t of texts) {
    const { text, whole } = typeof t === 'string' ? { text: t, whole: false } : t;
    const e = notationEvidence(stripPercent(text).body, whole);
    if (e === 'comma' || e === 'point') votes[e]++;
  }
  return votes;
}

/** The notation a file's hand-written numbers show: one, both ('mixed'), or none (null). */
export function detectNotation(texts: Iterable<string | NumberText>): Notation | 'mixed' | null {
  const { comma, point } = notationVotes(texts);
  if (comma > 0 && point > 0) return 'mixed';
  return comma > 0 ? 'comma' : point > 0 ? 'point' : null;
}

/** The notation most of a mixed file's numbers show, or null when neither has the majority. */
export function majorityNotation(texts: Iterable<string | NumberText>): Notation | null {
  const { comma, point } = notationVotes(texts);
  return comma > point ? 'comma' : point > comma ? 'point' : null;
}

/** Read a hand-written number under the file's notation (null = not known). */
export function parseNumberText(text: string, notation: Notation | null): NumberReading {
  const reading = readNumberText(text, notation);
  return reading.ok && !Number.isFinite(reading.value) ? { ok: false, reason: 'not-finite' } : reading;
}

function readNumberText(text: string, notation: Notation | null): NumberReading {
  const { comma, point } = readingsOf(text);
  if (notation === 'comma') return comma !== null ? { ok: true, value: comma } : point !== null ? { ok: false, reason: 'wrong-notation' } : { ok: false, reason: 'not-a-number' };
  if (notation === 'point') return point !== null ? { ok: true, value: point } : comma !== null ? { ok: false, reason: 'wrong-notation' } : { ok: false, reason: 'not-a-number' };
  if (comma !== null && point !== null) return comma === point ? { ok: true, value: comma } : { ok: false, reason: 'ambiguous', comma, point };
  if (comma !== null) return { ok: true, value: comma };
  if (point !== null) return { ok: true, value: point };
  return { ok: false, reason: 'not-a-number' };
}

/** Split a trailing percent sign off ("80 %", "80,0%"). */
export function stripPercent(text: string): { body: string; percentSign: boolean } {
  const m = /^(.*?)\s*%$/su.exec(text.trim());
  return m ? { body: m[1] ?? '', percentSign: true } : { body: text.trim(), percentSign: false };
}

/**
 * How a percentage was written: with a % sign or percent cell format ('explicit'), as a fraction
 * 0–1 ('fraction'), or as a bare number above 1 that we read as a percentage ('bare').
 */
export type PercentStyle = 'explicit' | 'fraction' | 'bare';

export type PercentReading =
  | { ok: true; fraction: number; style: PercentStyle }
  | { ok: false; reason: 'out-of-range'; shown: number };

/**
 * A percentage as a fraction, the nearest number to the decimal the person wrote: 7,2% is 0.072,
 * as a fraction cell 0,072 reads, where 7.2 / 100 in floating point is 0.07200000000000001. The
 * decimal point is moved in the number's text instead of dividing.
 */
export function fractionOfPercent(percent: number): number {
  const [mantissa = '', exponent = '0'] = String(percent).split('e');
  return Number(`${mantissa}e${Number(exponent) - 2}`);
}

/** Interpret a number read from a percentage field. 0.8 → 80% (fraction); 80 → 80% (bare, with a warning). */
export function interpretPercent(value: number, explicit: boolean): PercentReading {
  if (explicit) {
    return value < 0 || value > 1 ? { ok: false, reason: 'out-of-range', shown: value * 100 } : { ok: true, fraction: value, style: 'explicit' };
  }
  if (value < 0 || value > 100) return { ok: false, reason: 'out-of-range', shown: value };
  return value <= 1 ? { ok: true, fraction: value, style: 'fraction' } : { ok: true, fraction: fractionOfPercent(value), style: 'bare' };
}

const MONTHS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const add = (names: readonly string[]) => names.forEach((name, i) => {
    const n = name.toLowerCase();
    m.set(n, i + 1);
    m.set(n.slice(0, 3), i + 1);
  });
  add(MONTHS_NL);
  add(MONTHS_EN);
  m.set('mrt', 3);
  m.set('sept', 9);
  return m;
})();

export type DateReading =
  | { ok: true; iso: string; fromSerial: boolean }
  | { ok: false };

/**
 * Read a date written by hand: 2022-12-01, 1-12-2022, 01/12/2022, 1.12.2022 (day first),
 * 1 december 2022, 1 dec. 2022, or an Excel serial number (44896).
 */
export function parseDateText(text: string, date1904 = false): DateReading {
  const t = text.trim().toLowerCase().replace(/\s+/gu, ' ');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ]00:00(?::00(?:\.0+)?)?z?)?$/u.exec(t);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/u.exec(t);
  if (m) return fromParts(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2}) ([a-z]+)\.? (\d{4})$/u.exec(t);
  if (m) {
    const month = MONTHS.get(m[2] ?? '');
    return month ? fromParts(Number(m[3]), month, Number(m[1])) : { ok: false };
  }
  if (/^\d{4,6}$/u.test(t)) return dateFromSerial(Number(t), date1904);
  return { ok: false };
}

export function dateFromSerial(serial: number, date1904 = false): DateReading {
  if (!Number.isInteger(serial)) return { ok: false };
  const n = dayNumberFromExcelSerial(serial, date1904);
  return n === null ? { ok: false } : { ok: true, iso: isoFromDayNumber(n), fromSerial: true };
}

function fromParts(y: number, mo: number, d: number): DateReading {
  const n = dayNumber(y, mo, d);
  return n === null ? { ok: false } : { ok: true, iso: isoFromDayNumber(n), fromSerial: false };
}
