import type { ComparisonRow, Round } from '../model.js';
import type { PublishedFigure } from '../validate/published.js';
import { INDICATOR_BY_ID } from './indicators.js';
import { compareText } from './order.js';

const formats = new Map<number, Intl.NumberFormat>();

/** Round half away from zero at `decimals`, on the decimal value (Intl: 2.25 → 2.3, 1.005 → 1.01). */
export function roundHalfAway(value: number, decimals: number): number {
  let f = formats.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false });
    formats.set(decimals, f);
  }
  return Number(f.format(value));
}

/**
 * Each published figure beside the computed one: equal after rounding the computed value to the
 * published decimals, or a real difference (a revision, a different definition, a misprint).
 * Figures for rounds that are not in the report are left out.
 */
export function compareWithPublished(rounds: readonly Round[], figures: readonly PublishedFigure[]): ComparisonRow[] {
  const byDate = new Map(rounds.map((r) => [r.peildatum, r]));
  const rows: ComparisonRow[] = [];
  for (const f of figures) {
    const round = byDate.get(f.peildatum);
    const def = INDICATOR_BY_ID.get(f.indicator);
    if (!round || !def) continue;
    const v = round.national[f.indicator];
    const scale = def.display === 'percent' ? 100 : 1;
    const computed = v?.value === null || v?.value === undefined ? null : v.value * scale;
    const computed_rounded = computed === null ? null : roundHalfAway(computed, f.decimals);
    rows.push({
      peildatum: f.peildatum,
      indicator: f.indicator,
      published: f.published,
      decimals: f.decimals,
      source: f.source,
      computed,
      lower_bound: v?.lower_bound ?? false,
      computed_rounded,
      difference: computed === null ? null : f.published - computed,
      explained_by_rounding: computed_rounded !== null && computed_rounded === roundHalfAway(f.published, f.decimals),
    });
  }
  const order = new Map([...INDICATOR_BY_ID.keys()].map((id, i) => [id, i]));
  return rows.sort((a, b) => compareText(a.peildatum, b.peildatum) || (order.get(a.indicator) ?? 0) - (order.get(b.indicator) ?? 0) || compareText(a.source, b.source));
}
