import type { Labels } from '../domain/model.js';
import { normaliseLabel } from '../domain/fields.js';
import { levenshtein } from '../domain/gi-register.js';

/**
 * Words that say nothing about which field a header means: small words ("Wachtlijst bij de start")
 * and the counting words many labels share ("Aantal cliënten" is not "Aantal JR").
 */
const MINOR_WORDS = new Set(['de', 'het', 'een', 'van', 'bij', 'op', 'in', 'en', 'per', 'the', 'of', 'at', 'on', 'a', 'an', 'aantal', 'totaal', 'number', 'total']);

/** Below this a header resembles no field: no suggestion beats a wrong one. */
const MIN_SCORE = 0.5;

/** Two words count as the same when at most about a quarter of their letters differ (typos, plurals). */
const MIN_WORD_SIMILARITY = 0.75;

function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 0 : 1 - levenshtein(a, b) / longest;
}

const wordsOf = (normalised: string): string[] => normalised.split(' ').filter((w) => w !== '' && !MINOR_WORDS.has(w));

/**
 * Shared words, weighted by their length (a Dice coefficient over words): "Wachtlijst bij de start
 * (aantal)" shares all its words with "wachtlijst bij start", however the words are ordered.
 */
function sharedWords(a: readonly string[], b: readonly string[]): number {
  const total = [...a, ...b].reduce((s, w) => s + w.length, 0);
  if (total === 0) return 0;
  const used = new Set<number>();
  let shared = 0;
  for (const w of a) {
    let best = -1;
    let bestSimilarity = 0;
    b.forEach((v, j) => {
      const s = used.has(j) ? 0 : similarity(w, v);
      if (s > bestSimilarity) {
        best = j;
        bestSimilarity = s;
      }
    });
    if (best >= 0 && bestSimilarity >= MIN_WORD_SIMILARITY) {
      used.add(best);
      shared += bestSimilarity * (w.length + (b[best]?.length ?? 0));
    }
  }
  return shared / total;
}

/**
 * How much a header resembles a name: shared words first, or the whole text with a typo or a
 * space too many ("ziekte verzuim"). 0 = nothing alike, 1 = the same.
 */
export function labelResemblance(header: string, name: string): number {
  const a = normaliseLabel(header);
  const b = normaliseLabel(name);
  const whole = similarity(a, b);
  return Math.max(sharedWords(wordsOf(a), wordsOf(b)), whole >= MIN_WORD_SIMILARITY ? whole : 0);
}

/**
 * The field whose label or alias an unknown header most resembles, or null when none comes close.
 * Ties go to the field first in the registry.
 */
export function nearestField<K extends string>(header: string, defs: readonly { key: K; label: Labels; aliases: readonly string[] }[]): K | null {
  let best: { key: K; score: number } | null = null;
  for (const def of defs) {
    for (const name of [def.label.nl, def.label.en, ...def.aliases]) {
      const score = labelResemblance(header, name);
      if (score >= MIN_SCORE && (!best || score > best.score)) best = { key: def.key, score };
    }
  }
  return best?.key ?? null;
}
