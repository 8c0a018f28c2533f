import { describe, expect, it } from 'vitest';
import { compareWithPublished, roundHalfAway } from '../../src/compute/compare.js';
import { parsePublished } from '../../src/validate/published.js';
import type { RawSheet, Report } from '../../src/model.js';
import { runCli } from '../helpers.js';
import { reportOf, sub } from './over-time-helpers.js';

function sheet(lines: string[][]): RawSheet {
  return {
    file: 'p.csv', sheet: null, hidden: false,
    rows: lines.map((cells, r) => cells.flatMap((text, c) => (text === '' ? [] : [{ row: r + 1, col: c + 1, value: { kind: 'text' as const, text } }]))),
  };
}

describe('published figures', () => {
  it('rounds half away from zero on the decimal value', () => {
    expect(roundHalfAway(2.25, 1)).toBe(2.3);
    expect(roundHalfAway(1.005, 2)).toBe(1.01);
    expect(roundHalfAway(16.49, 1)).toBe(16.5);
  });

  it('reads the file and reports every bad line', () => {
    const ok = parsePublished(sheet([['peildatum', 'indicator', 'published', 'decimals', 'source'], ['2022-12-01', 'organisatieworkload', '16.5', '1', 'letter']]));
    expect(ok).toEqual({ figures: [{ peildatum: '2022-12-01', indicator: 'organisatieworkload', published: 16.5, decimals: 1, source: 'letter' }], problems: [] });
    const bad = parsePublished(sheet([['peildatum', 'indicator', 'published', 'decimals', 'source'], ['x', 'nope', 'abc', '1.5', '']]));
    expect(bad.problems).toHaveLength(4);
    expect(parsePublished(sheet([['peildatum', 'indicator']])).problems[0]).toContain('missing column(s) published, decimals, source');
  });

  it('explains a difference by rounding only when the rounded computed value equals the published one', () => {
    const report = reportOf([sub('A', '2022-12-01', { maatregelen_totaal: 33859, wachtlijst_start: 762, beschikbare_fte: 2053 })], ['A']);
    const rows = compareWithPublished(report.rounds, [
      { peildatum: '2022-12-01', indicator: 'aandeel_wachtlijst_start', published: 2.2, decimals: 1, source: 'letter 2023' },
      { peildatum: '2022-12-01', indicator: 'organisatieworkload', published: 16.5, decimals: 1, source: 'letter 2023' },
      { peildatum: '2022-12-01', indicator: 'organisatieworkload', published: 17.1, decimals: 1, source: 'letter 2024' },
      { peildatum: '2021-01-01', indicator: 'organisatieworkload', published: 1, decimals: 1, source: 'not a round' },
    ]);
    expect(rows.map((r) => [r.indicator, r.computed_rounded, r.explained_by_rounding])).toEqual([
      ['organisatieworkload', 16.5, true],
      ['organisatieworkload', 16.5, false],
      ['aandeel_wachtlijst_start', 2.3, false],
    ]);
    expect(rows[2]?.computed).toBeCloseTo(2.2505, 4);
  });
});

describe('--compare data/published.csv on the four rounds', () => {
  it('finds exactly the three known discrepancies', async () => {
    const result = await runCli(['compute', 'fixtures/nulmeting-2022-12-01', 'fixtures/rondes-2023-2024', '--compare', 'data/published.csv', '--format', 'json']);
    expect(result.exitCode, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    const differing = (report.comparison ?? []).filter((c) => !c.explained_by_rounding).map((c) => `${c.peildatum} ${c.indicator} ${c.published}`);
    expect(differing).toEqual(['2022-12-01 organisatieworkload 17.1', '2022-12-01 aandeel_wachtlijst_start 2.2', '2022-12-01 wachtend_totaal 2072']);
    expect(report.comparison?.length).toBeGreaterThan(30);
  });

  it('refuses a missing file (exit 2) and a bad file (exit 1)', async () => {
    expect((await runCli(['compute', 'fixtures/rondes-2023-2024', '--compare', 'nope.csv'])).exitCode).toBe(2);
    const bad = await runCli(['compute', 'fixtures/rondes-2023-2024', '--compare', 'fixtures/rondes-2023-2024/2024-01-01/clienten.csv']);
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toContain('missing column(s)');
  });
});
