import type { Figures, Report, Submission } from '../../src/domain/model.js';
import { FIGURE_KEYS } from '../../src/domain/fields.js';
import { computeRounds } from '../../src/compute/rounds.js';

/** A submission with only the given figures delivered. */
export function sub(gi: string, peildatum: string, figures: Partial<Figures>, extra: Partial<Submission> = {}): Submission {
  const all = Object.fromEntries(FIGURE_KEYS.map((k) => [k, null])) as Figures;
  return {
    gi, registered: true, monitor: true, peildatum, figures: { ...all, ...figures },
    source: { file: `${gi}-${peildatum}.csv`, sheet: null, cell: null, row: null, column: null },
    warnedFields: [], ...extra,
  };
}

/** A valid report over these submissions, as the compute command would build it. */
export function reportOf(subs: Submission[], gis: string[], norm = 12): Report {
  return {
    tool: { name: 'jbmonitor', version: 'test' }, definitions_version: 'test', options: { norm }, inputs: [], valid: true,
    rounds: computeRounds(subs, gis, { norm }), issues: [],
  };
}
