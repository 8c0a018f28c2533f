import type { FigureKey, Issue, Submission } from '../domain/model.js';
import { baseOf, type BaseKey } from '../domain/figure-base.js';
import { compareNames, compareText } from '../domain/order.js';
import { makeIssue } from '../domain/issues.js';

/** A GI's figure moving more than this share against its previous peildatum is worth a look. */
export const MAX_CHANGE = 0.3;

/**
 * The figures compared between rounds: staff and measures. Waiting lists are left out on purpose:
 * they are small numbers that swing by more than 30% without anything being wrong.
 */
const COMPARED: readonly { base: BaseKey; field: FigureKey }[] = [
  { base: 'formatie', field: 'formatie_fte' },
  { base: 'beschikbaar', field: 'beschikbare_fte' },
  { base: 'maatregelen', field: 'maatregelen_totaal' },
  { base: 'ots', field: 'ots' },
  { base: 'voogdij', field: 'voogdij' },
  { base: 'jr', field: 'jr' },
];

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** Warnings that need more than one submission: changes against the previous round, and rounds that look mistyped. */
export function checkAcrossRounds(submissions: readonly Submission[], monitorGis: readonly string[]): Issue[] {
  const byDate = new Map<string, Submission[]>();
  for (const s of submissions) {
    const list = byDate.get(s.peildatum);
    if (list) list.push(s);
    else byDate.set(s.peildatum, [s]);
  }
  const dates = [...byDate.keys()].sort(compareText);
  return [...checkChanges(dates, byDate), ...checkSmallRounds(dates, byDate, monitorGis)];
}

function checkChanges(dates: readonly string[], byDate: ReadonlyMap<string, Submission[]>): Issue[] {
  const issues: Issue[] = [];
  const last = new Map<string, Submission>();
  for (const date of dates) {
    const subs = [...(byDate.get(date) ?? [])].sort((a, b) => compareNames(a.gi, b.gi));
    for (const s of subs) {
      const previous = last.get(s.gi);
      if (previous) {
        const now = baseOf(s.figures);
        const before = baseOf(previous.figures);
        for (const c of COMPARED) {
          const a = before[c.base];
          const b = now[c.base];
          if (a === null || b === null || a <= 0) continue;
          const change = (b - a) / a;
          if (Math.abs(change) <= MAX_CHANGE) continue;
          issues.push(makeIssue('warning', 'plausibility/change', s.places?.[c.field] ?? s.source, {
            field: c.field, value: { value: b, decimals: 1 },
            params: { now: round1(b), before: round1(a), previous: previous.peildatum, pct: Math.round(Math.abs(change) * 100), direction: change > 0 ? 'up' : 'down', gi: s.gi },
          }));
        }
      }
      last.set(s.gi, s);
    }
  }
  return issues;
}

/**
 * A round with fewer than half of the expected GIs next to a fuller round in the same run is
 * usually a mistyped peildatum. A run with one round (one GI checking its own file) is not warned.
 */
function checkSmallRounds(dates: readonly string[], byDate: ReadonlyMap<string, Submission[]>, monitorGis: readonly string[]): Issue[] {
  const counts = dates.map((date) => {
    const subs = [...(byDate.get(date) ?? [])].sort((a, b) => compareNames(a.gi, b.gi));
    const expected = new Set([...monitorGis, ...subs.map((s) => s.gi)]).size;
    return { date, subs, expected, small: subs.length * 2 < expected };
  });
  if (!counts.some((c) => !c.small)) return [];
  return counts.filter((c) => c.small).flatMap((c) => {
    const first = c.subs[0];
    if (!first) return [];
    return [makeIssue('warning', 'plausibility/small-round', { ...first.source, cell: null, row: null, column: null }, {
      field: 'peildatum', value: c.date,
      params: { peildatum: c.date, count: c.subs.length, expected: c.expected, gis: c.subs.map((s) => s.gi).join(', ') },
    })];
  });
}
