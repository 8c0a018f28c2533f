/**
 * Counting measures and waiting children per GI and peildatum while case rows stream past: one
 * row is applied to every peildatum at once, into a flat Float64Array (no objects per row).
 */
import type { Figures } from '../domain/model.js';
import { inHand, internalWait, startWait, type CaseDates, type WaitingRule } from '../domain/waiting-rule.js';

const OTS = 0;
const START_COUNT = 3;
const START_DAYS = 4;
const INTERNAL_COUNT = 5;
const INTERNAL_DAYS = 6;
const WIDTH = 7;

/** What a GI's case file(s) could derive: a waiting list needs its date column in every file. */
export interface Delivered {
  start: boolean;
  internal: boolean;
}

export class CaseTally {
  private data = new Float64Array(0);
  private readonly gis: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly delivered: Delivered[] = [];

  constructor(readonly peildata: readonly number[], readonly rule: WaitingRule) {}

  /** The index of a GI (canonical name), adding it on first sight. */
  giIndex(gi: string): number {
    let i = this.index.get(gi);
    if (i === undefined) {
      i = this.gis.length;
      this.gis.push(gi);
      this.index.set(gi, i);
      this.delivered.push({ start: true, internal: true });
      const grown = new Float64Array(this.gis.length * this.peildata.length * WIDTH);
      grown.set(this.data);
      this.data = grown;
    }
    return i;
  }

  /** A file without the date column of a list cannot deliver that list for its GIs. */
  markColumns(gi: number, delivered: Delivered): void {
    const d = this.delivered[gi];
    if (!d) return;
    d.start &&= delivered.start;
    d.internal &&= delivered.internal;
  }

  add(gi: number, type: number, c: CaseDates): void {
    const ps = this.peildata;
    const rule = this.rule;
    const d = this.data;
    let base = gi * ps.length * WIDTH;
    for (let k = 0; k < ps.length; k++, base += WIDTH) {
      const p = ps[k] ?? 0;
      if (!inHand(c, p)) continue;
      d[base + OTS + type] = (d[base + OTS + type] ?? 0) + 1;
      const s = startWait(c, p, rule);
      if (s >= 0) {
        d[base + START_COUNT] = (d[base + START_COUNT] ?? 0) + 1;
        d[base + START_DAYS] = (d[base + START_DAYS] ?? 0) + s;
      }
      const w = internalWait(c, p, rule);
      if (w >= 0) {
        d[base + INTERNAL_COUNT] = (d[base + INTERNAL_COUNT] ?? 0) + 1;
        d[base + INTERNAL_DAYS] = (d[base + INTERNAL_DAYS] ?? 0) + w;
      }
    }
  }

  /** The GIs seen, with their figures per peildatum (in the order of `peildata`). */
  results(): { gi: string; figures: Partial<Figures>[] }[] {
    return this.gis.map((gi, g) => ({
      gi,
      figures: this.peildata.map((_, k) => {
        const at = (field: number) => this.data[(g * this.peildata.length + k) * WIDTH + field] ?? 0;
        const d = this.delivered[g] ?? { start: false, internal: false };
        const ots = at(OTS);
        const voogdij = at(OTS + 1);
        const jr = at(OTS + 2);
        const f: Partial<Figures> = { ots, voogdij, jr, maatregelen_totaal: ots + voogdij + jr };
        if (d.start) {
          f.wachtlijst_start = at(START_COUNT);
          f.wachtdagen_start = at(START_COUNT) > 0 ? at(START_DAYS) / at(START_COUNT) : null;
        }
        if (d.internal) {
          f.interne_wachtlijst = at(INTERNAL_COUNT);
          f.wachtdagen_intern = at(INTERNAL_COUNT) > 0 ? at(INTERNAL_DAYS) / at(INTERNAL_COUNT) : null;
        }
        return f;
      }),
    }));
  }
}
