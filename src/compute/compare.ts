import type { ComparisonRow, ComparisonVerdict, Round } from '../domain/model.js';
import type { PublishedFigure } from '../validate/published.js';
import { INDICATOR_BY_ID } from '../domain/indicators.js';
import { compareText } from '../domain/order.js';
import { roundHalfAway } from '../domain/rounding.js';

/**
 * How a published figure relates to the computed one, both rounded at the published decimals (half
 * away from zero): equal, or different. When the computed value is a lower bound ("ten minste":
 * some GIs did not deliver), the true value is at least the bound, and rounding never reverses an
 * order, so a faithful publication is at least the bound rounded: a higher published figure is
 * consistent with the bound (2.072 against ten minste 1.972), a lower one contradicts it
 * (2,2% against ten minste 2,2505…%, which is 2,3% at one decimal). Null when nothing was computed.
 */
export function verdictOf(published: number, decimals: number, computed: number | null, lowerBound: boolean): ComparisonVerdict | null {
  if (computed === null) return null;
  const p = roundHalfAway(published, decimals);
  const c = roundHalfAway(computed, decimals);
  if (p === c) return 'gelijk';
  if (!lowerBound) return 'verschil';
  return p > c ? 'verenigbaar-met-ondergrens' : 'in-strijd-met-ondergrens';
}

/**
 * Each published figure beside the computed one, with its verdict (see verdictOf).
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
    const lowerBound = v?.lower_bound ?? false;
    const verdict = verdictOf(f.published, f.decimals, computed, lowerBound);
    rows.push({
      peildatum: f.peildatum,
      indicator: f.indicator,
      published: f.published,
      decimals: f.decimals,
      source: f.source,
      computed,
      lower_bound: lowerBound,
      computed_rounded,
      difference: computed === null ? null : f.published - computed,
      explained_by_rounding: verdict === 'gelijk',
      verdict,
    });
  }
  const order = new Map([...INDICATOR_BY_ID.keys()].map((id, i) => [id, i]));
  return rows.sort((a, b) => compareText(a.peildatum, b.peildatum) || (order.get(a.indicator) ?? 0) - (order.get(b.indicator) ?? 0) || compareText(a.source, b.source));
}
