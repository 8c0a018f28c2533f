/**
 * Numbers of the --compare file, read with the submission reader's rules (parse-value.ts): the
 * file's notation is detected from its own numbers, Dutch thousands (2.072) and decimal commas
 * (16,5) included. The file's `decimals` column is evidence too: `2.072` printed with 0 decimals
 * can only be two thousand and seventy-two.
 */
import { roundHalfAway } from '../domain/rounding.js';
import { notationEvidence, parseNumberText, readingsOf, type Notation } from './parse-value.js';

/** The number of decimals a figure was printed with: a whole number 0–6, or null. */
export function readDecimals(text: string): number | null {
  const t = text.trim();
  return /^[0-6]$/u.test(t) ? Number(t) : null;
}

/** A value printed with `decimals` decimals has no digits beyond them. */
export const fitsDecimals = (value: number, decimals: number): boolean => roundHalfAway(value, decimals) === value;

/** What one published value (without % sign) and its decimals say about the file's notation. */
export function rowNotation(body: string, decimals: number | null): Notation | null {
  const e = notationEvidence(body);
  if (e === 'comma' || e === 'point') return e;
  if (e !== 'ambiguous' || decimals === null) return null;
  const { comma, point } = readingsOf(body);
  const commaFits = comma !== null && fitsDecimals(comma, decimals);
  const pointFits = point !== null && fitsDecimals(point, decimals);
  return commaFits === pointFits ? null : commaFits ? 'comma' : 'point';
}

/**
 * The file's notation: the one most values show. Null when no value decides it, or when both
 * are shown equally often (`tie`: nothing to point at, the whole file is refused).
 */
export function fileNotation(evidence: readonly (Notation | null)[]): { notation: Notation | null; tie: boolean } {
  const comma = evidence.filter((e) => e === 'comma').length;
  const point = evidence.filter((e) => e === 'point').length;
  if (comma > point) return { notation: 'comma', tie: false };
  if (point > comma) return { notation: 'point', tie: false };
  return { notation: null, tie: comma > 0 };
}

export type PublishedNumber =
  | { ok: true; value: number }
  | { ok: false; reason: 'not-a-number' }
  | { ok: false; reason: 'wrong-notation'; suggestion: string }
  | { ok: false; reason: 'ambiguous'; comma: number; point: number };

/** Read one value in the file's notation; `decimals` settles a value the notation leaves open. */
export function readPublishedNumber(body: string, notation: Notation | null, decimals: number | null): PublishedNumber {
  const reading = parseNumberText(body, notation ?? rowNotation(body, decimals));
  if (reading.ok) return reading;
  if (reading.reason === 'ambiguous') return reading;
  if (reading.reason === 'wrong-notation') {
    // The reading the other notation gives, written in this file's notation without thousands.
    const { comma, point } = readingsOf(body);
    const other = notation === 'comma' ? point : comma;
    const text = other === null ? '' : String(other);
    return { ok: false, reason: 'wrong-notation', suggestion: notation === 'comma' ? text.replace('.', ',') : text };
  }
  return { ok: false, reason: 'not-a-number' };
}
