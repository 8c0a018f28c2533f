import type { RegisterEntry } from './model.js';
import { normaliseLabel } from './fields.js';
import { compareText } from './order.js';

export type GiMatch =
  | { known: true; entry: RegisterEntry; exact: boolean }
  | { known: false; nearest: string | null };

/** Normalise a GI name: like labels, and `&` reads as "en" ("Jeugd- & Gezinsbeschermers"). */
export function normaliseGiName(name: string): string {
  return normaliseLabel(name.replace(/&/gu, ' en '));
}

/**
 * The GI register: names, short codes and aliases. It is data (data/gi-register.json, extendable
 * with --gi-register), never a list in the code.
 */
export class GiRegister {
  private readonly index = new Map<string, RegisterEntry>();
  /** The index's keys in a fixed order, with their words, for nearest(). */
  private readonly keys: { key: string; words: string[]; entry: RegisterEntry }[];
  /** nearest() per normalised name: a table may repeat one unknown name on every row. */
  private readonly nearestSeen = new Map<string, string | null>();

  constructor(readonly entries: readonly RegisterEntry[]) {
    for (const e of entries) {
      for (const name of [e.name, e.code, ...e.aliases]) this.index.set(normaliseGiName(name), e);
    }
    this.keys = [...this.index.entries()].sort(([a], [b]) => compareText(a, b)).map(([key, entry]) => ({ key, words: key.split(' '), entry }));
  }

  /** The GIs expected in every round, in report order. */
  get monitorNames(): string[] {
    return this.entries.filter((e) => e.monitor).map((e) => e.name);
  }

  /** A registered GI of the monitor (false for Nidos and for names not in the register). */
  inMonitor(name: string): boolean {
    const m = this.match(name);
    return m.known && m.entry.monitor;
  }

  match(name: string): GiMatch {
    const entry = this.index.get(normaliseGiName(name));
    if (entry) return { known: true, entry, exact: entry.name === name.trim() };
    return { known: false, nearest: this.nearest(name) };
  }

  /**
   * The register entry a misspelt name most likely means: the most shared words first
   * ("Jeugdbescherming Noord-Nederland" → Jeugdbescherming Noord, not Gelderland), then the
   * fewest edits ("Limbrug" → Limburg).
   */
  private nearest(name: string): string | null {
    // A name far longer than any GI's is no misspelling of one: only its start is compared, so
    // a cell of a megabyte costs no more than a name.
    const target = normaliseGiName(name).slice(0, MAX_COMPARED_CHARS);
    const known = this.nearestSeen.get(target);
    if (known !== undefined) return known;
    const words = new Set(target.split(' '));
    let best: { name: string; shared: number; distance: number } | null = null;
    for (const { key, words: keyWords, entry } of this.keys) {
      const shared = keyWords.filter((w) => words.has(w)).length;
      const distance = levenshtein(target, key);
      if (!best || shared > best.shared || (shared === best.shared && distance < best.distance)) best = { name: entry.name, shared, distance };
    }
    const found = best?.name ?? null;
    if (this.nearestSeen.size < MAX_REMEMBERED) this.nearestSeen.set(target, found);
    return found;
  }
}

/** The characters of an unknown name compared with the register's names. */
const MAX_COMPARED_CHARS = 200;
/** Unknown names whose nearest GI is remembered. */
const MAX_REMEMBERED = 10_000;

/** Merge a user's register into the bundled one; an entry with the same name or code replaces it. */
export function mergeRegisters(base: readonly RegisterEntry[], extra: readonly RegisterEntry[]): RegisterEntry[] {
  const replaced = new Set(extra.flatMap((e) => [normaliseGiName(e.name), normaliseGiName(e.code)]));
  const kept = base.filter((e) => !replaced.has(normaliseGiName(e.name)) && !replaced.has(normaliseGiName(e.code)));
  return [...kept, ...extra];
}

export function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}
