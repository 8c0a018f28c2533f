import type { DeliveryRow, DeliveryStatus, FigureKey, Submission } from '../domain/model.js';
import { FIGURE_KEYS } from '../domain/fields.js';

/**
 * The aanleverstatus of one round: per expected GI and field, delivered, missing or delivered
 * with a warning, so the analyst sees whom to chase. What was literally delivered counts, not
 * what the tool derives (a GI that gave only the three types has no `maatregelen_totaal`).
 *
 * @param expected the round's expected GIs, already sorted
 */
export function computeDelivery(expected: readonly string[], submissions: readonly Submission[]): DeliveryRow[] {
  return expected.map((gi) => {
    const s = submissions.find((x) => x.gi === gi);
    const fields = {} as Record<FigureKey, DeliveryStatus>;
    for (const key of FIGURE_KEYS) {
      fields[key] = !s || s.figures[key] === null ? 'ontbreekt' : s.warnedFields.includes(key) ? 'waarschuwing' : 'geleverd';
    }
    return { gi, submitted: s !== undefined, fields };
  });
}
