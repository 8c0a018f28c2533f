// Shared by scripts/make-case-fixtures.mjs and scripts/bench.mjs: deterministic synthetic
// case-level registers (one row per measure, pseudonymised) from a seeded PRNG.

/** mulberry32: a small seeded PRNG, so the same seed always gives the same file. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MS = 86_400_000;
export const day = (iso) => Date.parse(`${iso}T00:00:00Z`) / MS;
export const iso = (n) => new Date(n * MS).toISOString().slice(0, 10);
export const dutchDate = (n) => {
  const d = new Date(n * MS);
  return `${d.getUTCDate()}-${d.getUTCMonth() + 1}-${d.getUTCFullYear()}`;
};

/** `count` whole numbers in [min, max] whose mean is exactly `mean` (count × mean is their sum). */
export function daysWithMean(rand, count, mean, min = 6) {
  if (count === 0) return [];
  const max = Math.max(2 * mean - min, mean + 1);
  const days = Array.from({ length: count }, () => min + Math.floor(rand() * (max - min + 1)));
  let diff = count * mean - days.reduce((s, d) => s + d, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % count) {
    if (diff > 0 && days[i] < max) { days[i]++; diff--; }
    else if (diff < 0 && days[i] > min) { days[i]--; diff++; }
  }
  return days;
}

export function shuffle(rand, list) {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

const TYPE_NAMES = [['OTS', 'OTS', 'OTS', 'Voorlopige OTS', 'ondertoezichtstelling'], ['Voogdij', 'voogdij', 'Voorlopige voogdij'], ['JR', 'jr', 'Jeugdreclassering']];

/**
 * The measures of one GI around peildatum P: exactly `ots`, `voogdij` and `jr` in hand on P,
 * `ws` of them waiting at start with mean `wds` days, `wi` on the internal list with mean `wdi`
 * days (calendar days, threshold 5), plus measures that ended on or before P, start after P, or
 * wait 5 days or fewer (none of which count).
 * Returns rows of { client, type, start, end, assigned, since, until } as day numbers (null = empty).
 */
export function caseRows(rand, p, g, clientPrefix) {
  const rows = [];
  let seq = 0;
  const client = () => `${clientPrefix}${(++seq).toString(36).padStart(6, '0')}`;
  const typeName = (t) => { const names = TYPE_NAMES[t]; return names[Math.floor(rand() * names.length)]; };
  const earliest = p - 5 * 365;
  const between = (a, b) => a + Math.floor(rand() * (b - a + 1));
  const laterEnd = () => (rand() < 0.25 ? between(p + 1, p + 400) : null);
  const types = [...Array(g.ots).fill(0), ...Array(g.voogdij).fill(1), ...Array(g.jr).fill(2)];
  shuffle(rand, types);
  const startDays = daysWithMean(rand, g.ws ?? 0, g.wds ?? 29);
  const internalDays = daysWithMean(rand, g.wi ?? 0, g.wdi ?? 46);
  types.forEach((t, i) => {
    const r = { client: client(), type: typeName(t), start: 0, end: laterEnd(), assigned: null, since: null, until: null };
    if (i < startDays.length) {
      r.start = p - startDays[i];
      r.assigned = rand() < 0.3 ? p + between(1, 20) : null;
    } else if (i < startDays.length + internalDays.length) {
      const d = internalDays[i - startDays.length];
      r.start = between(earliest, p - d - 30);
      r.assigned = r.start + between(0, 5);
      r.since = p - d;
      r.until = rand() < 0.3 ? p + between(1, 60) : null;
    } else if (i < startDays.length + internalDays.length + 4) {
      // Recent: five days or fewer without a jeugdbeschermer (not yet on the list); one starts on P.
      r.start = i === startDays.length + internalDays.length ? p : p - between(0, 5);
      r.assigned = null;
    } else {
      r.start = between(earliest, p - 6);
      r.assigned = r.start + between(0, 5);
      if (rand() < 0.02) {
        // An internal episode that is over (or ends on P itself), or shorter than the threshold.
        const kind = rand();
        r.since = kind < 0.5 ? Math.max(r.assigned, p - 200) : p - between(0, 5);
        r.until = kind < 0.25 ? p : kind < 0.5 ? r.since + 30 > p ? p : r.since + 30 : null;
      }
    }
    rows.push(r);
  });
  const extra = Math.round(types.length * 0.1);
  for (let k = 0; k < extra; k++) {
    const t = Math.floor(rand() * 3);
    if (k % 3 === 0) {
      rows.push({ client: client(), type: typeName(t), start: between(p + 1, p + 25), end: null, assigned: null, since: null, until: null });
    } else {
      const start = between(earliest, p - 60);
      const end = k % 7 === 1 ? p : between(start + 30, p);
      rows.push({ client: client(), type: typeName(t), start, end, assigned: start + between(0, 3), since: null, until: null });
    }
  }
  return shuffle(rand, rows);
}
