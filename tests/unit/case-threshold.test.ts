import { describe, expect, it } from 'vitest';
import type { Figures, Submission } from '../../src/domain/model.js';
import type { CaseSubmission } from '../../src/cases/merge.js';
import { thresholdMismatch } from '../../src/cases/threshold.js';
import { FIGURE_KEYS } from '../../src/domain/fields.js';
import { NOWHERE } from '../../src/domain/issues.js';
import { toReportIssue } from '../../src/domain/messages.js';
import { param } from '../support/issue-param.js';

const figures = (f: Partial<Figures>): Figures => ({ ...(Object.fromEntries(FIGURE_KEYS.map((k) => [k, null])) as Figures), ...f });
const aggregate = (gi: string, f: Partial<Figures>, peildatum = '2022-12-01', row = 2): Submission => ({
  gi, registered: true, monitor: true, peildatum, figures: figures(f), source: { ...NOWHERE, file: 'agg.csv', row }, warnedFields: [],
});
const cases = (gi: string, f: Partial<Figures>, peildatum = '2022-12-01'): CaseSubmission => ({ gi, registered: true, monitor: true, peildatum, figures: f, source: { ...NOWHERE, file: 'cases.csv' } });

describe('thresholdMismatch: case files with another --drempel beside uitvraag waiting figures', () => {
  const agg = [aggregate('B', { interne_wachtlijst: 7 }, '2022-12-01', 3), aggregate('A', { wachtlijst_start: 2 }, '2022-12-01', 2), aggregate('C', { formatie_fte: 10 })];
  it.each([
    ['the uitvraag threshold (5): nothing to say', agg, [cases('X', { wachtlijst_start: 1 })], 5, []],
    ['another threshold, waiting figures from both', agg, [cases('X', { interne_wachtlijst: 1 })], 10, [['2022-12-01', 'A, B', 2]]],
    ['also for the same GI (the case file wins, but the two are compared)', [aggregate('A', { wachtlijst_start: 2 })], [cases('A', { wachtlijst_start: 0 })], 0, [['2022-12-01', 'A', 2]]],
    ['case files derived no waiting list', agg, [cases('X', { ots: 3 })], 10, []],
    ['no uitvraag waiting figures', [aggregate('C', { formatie_fte: 10 })], [cases('X', { wachtlijst_start: 1 })], 10, []],
    ['another peildatum', agg, [cases('X', { wachtlijst_start: 1 }, '2023-05-01')], 10, []],
  ])('%s', (_name, a, c, threshold, expected) => {
    const issues = thresholdMismatch(a, c, threshold);
    expect(issues.map((i) => [param(i, 'peildatum'), param(i, 'gis'), i.row])).toEqual(expected);
    for (const i of issues) expect(i).toMatchObject({ severity: 'warning', type: 'case/threshold-mismatch', file: 'agg.csv' });
  });
  it('says in both languages that the figures measure different things', () => {
    const [issue] = thresholdMismatch(agg, [cases('X', { wachtlijst_start: 1 })], 10);
    expect(issue).toBeDefined();
    if (!issue) return;
    expect(toReportIssue(issue, 'nl').message).toBe('Op peildatum 2022-12-01 tellen de dossierbestanden kinderen die meer dan 10 dagen wachten (--drempel 10), '
      + "de uitvraag kinderen die langer dan 5 dagen wachten (2 GI's: A, B). Die cijfers meten iets anders, ook waar ze samen in de landelijke cijfers staan; gebruik --drempel 5 om ze vergelijkbaar te maken.");
    expect(toReportIssue(issue, 'en').message).toContain('(2 GIs: A, B). These figures measure different things');
    const [one] = thresholdMismatch([aggregate('A', { wachtlijst_start: 2 })], [cases('X', { wachtlijst_start: 1 })], 10);
    if (one) expect(toReportIssue(one, 'nl').message).toContain('(1 GI: A)');
  });
});
