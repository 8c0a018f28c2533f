import { describe, expect, it } from 'vitest';
import { buildReport, type ReportInputs } from '../../src/compute/report.js';
import { makeIssue, placeOfFile } from '../../src/domain/issues.js';
import { sub } from './over-time-helpers.js';

const A1 = sub('A', '2022-12-01', { maatregelen_totaal: 1000, wachtlijst_start: 25 });
const A2 = sub('A', '2023-05-01', { maatregelen_totaal: 900, wachtlijst_start: 20 });
const ERROR = makeIssue('error', 'file/corrupt', placeOfFile('a.csv'));

function inputs(over: Partial<ReportInputs> = {}): ReportInputs {
  return {
    tool: { name: 'jbmonitor', version: 'test' },
    settings: { lang: 'nl', norm: 12, decimal: null, peildata: [], strict: false, nationalOnly: false, since: null, until: null, revisionsLatest: false, compare: null },
    inputs: [{ path: 'b.csv', sha256: '2' }, { path: 'a.csv', sha256: '1' }],
    submissions: [A1, A2], monitorGis: ['A'], issues: [], valid: true, revisions: [], cases: null, published: null,
    ...over,
  };
}

describe('buildReport: the whole Report from the run\'s inputs, in one place', () => {
  it.each([
    ['a plain run', inputs(), ['norm', 'decimal', 'peildatum', 'strict', 'lang', 'alleen_landelijk']],
    ['case files with working days and --feestdagen', inputs({ cases: { peildata: ['2023-05-01'], rule: { days: 'working', threshold: 5 }, feestdagen: 'f.csv' } }),
      ['norm', 'decimal', 'peildatum', 'strict', 'lang', 'alleen_landelijk', 'werkdagen', 'drempel', 'feestdagen']],
    ['--since, --until, --revisions latest and --compare', inputs({
      settings: { ...inputs().settings, since: '2022-01-01', until: '2024-01-01', revisionsLatest: true, compare: 'p.csv' },
      published: { figures: [], sha256: 'abc' },
    }), ['norm', 'decimal', 'peildatum', 'strict', 'lang', 'alleen_landelijk', 'since', 'until', 'revisions', 'compare', 'compare_sha256']],
  ])('%s: the options in a fixed order, unused ones left out', (_name, given, keys) => {
    expect(Object.keys(buildReport(given).options)).toEqual(keys);
  });

  it.each([
    [[], null], [['2022-12-01'], '2022-12-01'], [['2022-12-01', '2023-05-01'], '2022-12-01, 2023-05-01'],
  ])('--peildatum %j is reported as %j', (peildata, shown) => {
    expect(buildReport(inputs({ settings: { ...inputs().settings, peildata } })).options.peildatum).toBe(shown);
  });

  it('computes the rounds with their changes and sorts the inputs by path', () => {
    const r = buildReport(inputs());
    expect(r.rounds.map((x) => x.peildatum)).toEqual(['2022-12-01', '2023-05-01']);
    expect(r.rounds[1]?.national.maatregelen_totaal?.change?.absolute).toBe(-100);
    expect(r.inputs.map((i) => i.path)).toEqual(['a.csv', 'b.csv']);
  });

  it('computes nothing for an invalid run, but keeps its issues', () => {
    const r = buildReport(inputs({ valid: false, issues: [ERROR] }));
    expect(r.rounds).toEqual([]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]?.message).toMatch(/beschadigd/u);
  });

  it('gives only the rounds derived from case files their waiting rule', () => {
    const r = buildReport(inputs({ cases: { peildata: ['2023-05-01'], rule: { days: 'calendar', threshold: 5 }, feestdagen: null } }));
    expect(r.rounds.map((x) => x.waiting_rule?.days ?? null)).toEqual([null, 'calendar']);
  });

  it('lists revisions only with --revisions latest, and the comparison only with --compare', () => {
    const revision = { gi: 'A', peildatum: '2022-12-01', field: 'ots', old: 1, new: 2, old_file: 'a.csv', new_file: 'b.csv' };
    expect(buildReport(inputs({ revisions: [revision] as never })).revisions).toBeUndefined();
    expect(buildReport(inputs({ revisions: [revision] as never, settings: { ...inputs().settings, revisionsLatest: true } })).revisions).toHaveLength(1);
    const published = { figures: [{ peildatum: '2022-12-01', indicator: 'maatregelen_totaal' as const, published: 1000, decimals: 0, source: 'brief' }], sha256: 'abc' };
    expect(buildReport(inputs({ published: published })).comparison?.[0]?.verdict).toBe('gelijk');
    expect(buildReport(inputs()).comparison).toBeUndefined();
  });
});
