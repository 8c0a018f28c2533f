/**
 * What a BSN looks like, and the one guard that keeps BSN-like values out of every output. A BSN
 * is nine digits passing the elfproef; people write it `123456782`, `123.456.782`, `123 456 782`,
 * `123-456-782` or with a prefix (`BSN123456782`, `BSN: 123 456 782`). Reports, messages and
 * validate summaries pass through withoutBsns(), whatever field a value reached them by (a GI
 * name, a header, a sheet or file name, a cell quoted in a message).
 */
import type { Lang } from './model.js';

/** The BSN elfproef on nine digit codes: 9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 (mod 11), not all zeros. */
export function passesElfproef(digits: string): boolean {
  if (digits.length !== 9) return false;
  let sum = 0;
  let nonZero = false;
  for (let i = 0; i < 9; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (d !== 0) nonZero = true;
    sum += i === 8 ? -d : (9 - i) * d;
  }
  return nonZero && sum % 11 === 0;
}

// Nine digits, in groups of three with one and the same separator (or none), optionally after a
// "BSN" prefix. Not inside a longer run of letters or digits (a SHA-256 in hex, a longer number),
// except right after the prefix.
const SEP = '[.\\s\\u00a0\\u202f-]?';
const BSN_BODY = `(?:bsn[\\s:.#-]*)?(\\d{3})(?<sep>${SEP})(\\d{3})\\k<sep>(\\d{3})`;
const WHOLE = new RegExp(`^${BSN_BODY}$`, 'iu');
const ANYWHERE = new RegExp(`(")?(?<![\\p{L}\\p{N}])${BSN_BODY}(?![\\p{L}\\p{N}])(?!,\\d)(")?`, 'giu');

/** The nine digits of a text written as a BSN (any of the notations above), or null. */
function bsnDigitsOf(text: string): string | null {
  const m = WHOLE.exec(text);
  return m ? `${m[1] ?? ''}${m[3] ?? ''}${m[4] ?? ''}` : null;
}

/** A whole cell that could be a BSN: any notation above, or a workbook number zero-padded to nine digits. */
export function isBsnLike(v: unknown): boolean {
  if (typeof v === 'number') return Number.isInteger(v) && v > 0 && v < 1e9 && passesElfproef(String(v).padStart(9, '0'));
  if (typeof v !== 'string') return false;
  if (v.length === 9) return passesElfproef(v);
  if (v.length < 9 || v.length > 24) return false;
  // Cheap first look: most cells (pseudonyms, names) start with neither a digit nor a b.
  const t = v.trim();
  const c = t.charCodeAt(0);
  if (!((c >= 48 && c <= 57) || c === 66 || c === 98)) return false;
  const digits = bsnDigitsOf(t);
  return digits !== null && passesElfproef(digits);
}

export const HIDDEN_VALUE: Record<Lang, string> = { nl: '(verborgen)', en: '(hidden)' };

/** `text` with every BSN-like part replaced by "(verborgen)" / "(hidden)", quotes around it included. */
export function redactBsns(text: string, lang: Lang): string {
  if (!/\d{3}/u.test(text)) return text;
  return text.replace(ANYWHERE, (match: string, open: string | undefined, a: string, sep: string, b: string, c: string, close: string | undefined, at: number) => {
    if (!passesElfproef(`${a}${b}${c}`)) return match;
    if (sep !== '' && inLongerNumber(text, at, at + match.length, sep)) return match;
    // A quoted value becomes the marker without its quotes; a lone quote stays where it was.
    if (open && close) return HIDDEN_VALUE[lang];
    return `${open ?? ''}${HIDDEN_VALUE[lang]}${close ?? ''}`;
  });
}

/**
 * Whether the groups from `start` to `end` continue a longer number written with the same
 * separator: 17.176.723.456 holds 176.723.456, which is no BSN but a count in Dutch notation.
 */
function inLongerNumber(text: string, start: number, end: number, sep: string): boolean {
  const digit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
  return (text[start - 1] === sep && digit(text[start - 2])) || (text[end] === sep && digit(text[end + 1]));
}

/**
 * A copy of `value` with every string passed through redactBsns: the one guard before anything
 * a run found is shown. Numbers are left as they are (no figure is nine digits: counts stop at a
 * million).
 */
export function withoutBsns<T>(value: T, lang: Lang): T {
  return scrub(value, lang) as T;
}

function scrub(value: unknown, lang: Lang): unknown {
  if (typeof value === 'string') return redactBsns(value, lang);
  if (Array.isArray(value)) return value.map((v) => scrub(v, lang));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = scrub(v, lang);
    return out;
  }
  return value;
}
