import { describe, expect, it } from 'vitest';
import type { Figures, Submission } from '../../src/domain/model.js';
import { FIGURE_KEYS } from '../../src/domain/fields.js';
import { checkAcrossRounds } from '../../src/validate/plausibility-rounds.js';
import { param } from '../support/issue-param.js';

const NOWHERE = { file: 'x.csv', sheet: null, cell: null, row: 2, column: null };

function sub(gi: string, peildatum: string, figures: Partial<Figures>): Submission {
  const all = Object.fromEntries(FIGURE_KEYS.map((k) => [k, figures[k] ?? null])) as Figures;
  return { gi, registered: true, monitor: true, peildatum, figures: all, source: NOWHERE, warnedFields: [] };
}

const MONITOR = Array.from({ length: 13 }, (_, i) => `GI ${String(i + 1).padStart(2, '0')}`);

describe('a GI figure changing more than 30% against its previous peildatum', () => {
  it('warns above 30%, per figure, against the nearest earlier round of that GI', () => {
    const issues = checkAcrossRounds([
      sub('GI 01', '2022-12-01', { formatie_fte: 100, maatregelen_totaal: 1000 }),
      sub('GI 01', '2023-05-01', { formatie_fte: 130, maatregelen_totaal: 1400 }),
      sub('GI 01', '2023-10-01', { formatie_fte: 80, maatregelen_totaal: 1400 }),
    ], []);
    expect(issues.map((i) => [i.field, param(i, 'previous'), param(i, 'pct'), param(i, 'direction')])).toEqual([
      ['maatregelen_totaal', '2022-12-01', 40, 'up'],
      ['formatie_fte', '2023-05-01', 38, 'down'],
    ]);
    expect(issues.every((i) => i.severity === 'warning' && i.type === 'plausibility/change')).toBe(true);
  });
  it('does not compare waiting lists, or figures missing in either round', () => {
    expect(checkAcrossRounds([
      sub('GI 01', '2022-12-01', { wachtlijst_start: 10, formatie_fte: 100 }),
      sub('GI 01', '2023-05-01', { wachtlijst_start: 40 }),
    ], [])).toEqual([]);
  });
});

describe('a round with fewer than half of the expected GIs', () => {
  const full = MONITOR.slice(0, 7).map((gi) => sub(gi, '2022-12-01', {}));
  it('is warned when another round in the run has at least half', () => {
    const issues = checkAcrossRounds([...full, sub('GI 08', '2022-12-10', {})], MONITOR);
    expect(issues.map((i) => [i.type, param(i, 'peildatum'), param(i, 'count'), param(i, 'expected')])).toEqual([['plausibility/small-round', '2022-12-10', 1, 13]]);
  });
  it('is not warned in a run with one round (a GI checking its own file)', () => {
    expect(checkAcrossRounds([sub('GI 01', '2022-12-01', {})], MONITOR)).toEqual([]);
  });
  it('is not warned when half or more delivered', () => {
    expect(checkAcrossRounds([...full, ...MONITOR.slice(0, 7).map((gi) => sub(gi, '2023-05-01', {}))], MONITOR)).toEqual([]);
  });
});
