import { describe, expect, it } from 'vitest';
import type { Figures, Submission } from '../../src/domain/model.js';
import { mergeCaseSubmissions, type CaseSubmission } from '../../src/cases/merge.js';
import { FIGURE_KEYS } from '../../src/domain/fields.js';
import { NOWHERE } from '../../src/domain/issues.js';
import { param } from '../support/issue-param.js';

const figures = (f: Partial<Figures>): Figures => ({ ...(Object.fromEntries(FIGURE_KEYS.map((k) => [k, null])) as Figures), ...f });
const aggregate = (gi: string, f: Partial<Figures>): Submission => ({ gi, registered: true, monitor: true, peildatum: '2022-12-01', figures: figures(f), source: { ...NOWHERE, file: 'agg.xlsx' }, warnedFields: [] });
const cases = (gi: string, f: Partial<Figures>): CaseSubmission => ({ gi, registered: true, monitor: true, peildatum: '2022-12-01', figures: f, source: { ...NOWHERE, file: 'cases.csv' } });

describe('mergeCaseSubmissions', () => {
  it('staff figures from the submission, counts and waiting from the case file', () => {
    const { submissions, issues } = mergeCaseSubmissions(
      [aggregate('A', { formatie_fte: 10, ots: 5, wachtlijst_start: 2, wachtdagen_start: 21 })],
      [cases('A', { ots: 5, voogdij: 1, jr: 0, maatregelen_totaal: 6, wachtlijst_start: 2, wachtdagen_start: 21.4 })],
    );
    expect(issues).toEqual([]);
    expect(submissions[0]?.figures).toMatchObject({ formatie_fte: 10, ots: 5, voogdij: 1, maatregelen_totaal: 6, wachtdagen_start: 21.4 });
  });
  it('a disagreement: the case file wins, a warning shows both', () => {
    const { submissions, issues } = mergeCaseSubmissions([aggregate('A', { ots: 5, wachtdagen_start: 21 })], [cases('A', { ots: 4, wachtdagen_start: 22 })]);
    expect(submissions[0]?.figures.ots).toBe(4);
    expect(issues.map((i) => [i.type, i.field, param(i, 'aggregate'), param(i, 'derived')])).toEqual([
      ['case/differs', 'ots', 5, 4],
      ['case/differs', 'wachtdagen_start', 21, 22],
    ]);
  });
  it('a waiting list the case file cannot derive stays as submitted', () => {
    const { submissions } = mergeCaseSubmissions([aggregate('A', { interne_wachtlijst: 7 })], [cases('A', { ots: 1 })]);
    expect(submissions[0]?.figures.interne_wachtlijst).toBe(7);
  });
  it('a GI with only a case file becomes a submission without staff figures', () => {
    const { submissions } = mergeCaseSubmissions([], [cases('B', { ots: 3, maatregelen_totaal: 3 })]);
    expect(submissions[0]).toMatchObject({ gi: 'B', figures: { ots: 3, maatregelen_totaal: 3, formatie_fte: null } });
  });
});
