import { describe, expect, it } from 'vitest';
import { compareWithPublished, verdictOf } from '../../src/compute/compare.js';
import { roundHalfAway } from '../../src/domain/rounding.js';
import type { ComparisonVerdict, Report } from '../../src/domain/model.js';
import { runCli } from '../helpers.js';
import { reportOf, sub } from './over-time-helpers.js';

describe('published figures', () => {
  it('rounds half away from zero on the decimal value', () => {
    expect(roundHalfAway(2.25, 1)).toBe(2.3);
    expect(roundHalfAway(1.005, 2)).toBe(1.01);
    expect(roundHalfAway(16.49, 1)).toBe(16.5);
  });

  it('explains a difference by rounding only when the rounded computed value equals the published one', () => {
    const report = reportOf([sub('A', '2022-12-01', { maatregelen_totaal: 33859, wachtlijst_start: 762, beschikbare_fte: 2053 })], ['A']);
    const rows = compareWithPublished(report.rounds, [
      { peildatum: '2022-12-01', indicator: 'aandeel_wachtlijst_start', published: 2.2, decimals: 1, source: 'letter 2023' },
      { peildatum: '2022-12-01', indicator: 'organisatieworkload', published: 16.5, decimals: 1, source: 'letter 2023' },
      { peildatum: '2022-12-01', indicator: 'organisatieworkload', published: 17.1, decimals: 1, source: 'letter 2024' },
      { peildatum: '2021-01-01', indicator: 'organisatieworkload', published: 1, decimals: 1, source: 'not a round' },
    ]);
    expect(rows.map((r) => [r.indicator, r.computed_rounded, r.explained_by_rounding, r.verdict])).toEqual([
      ['organisatieworkload', 16.5, true, 'gelijk'],
      ['organisatieworkload', 16.5, false, 'verschil'],
      ['aandeel_wachtlijst_start', 2.3, false, 'verschil'],
    ]);
    expect(rows[2]?.computed).toBeCloseTo(2.2505, 4);
  });

  it('judges a lower bound by the bound rounded at the published decimals', () => {
    // Two GIs, one without waiting figures: the waiting figures are "ten minste".
    const report = reportOf([
      sub('A', '2022-12-01', { maatregelen_totaal: 33000, wachtlijst_start: 762, interne_wachtlijst: 1210 }),
      sub('B', '2022-12-01', { maatregelen_totaal: 859 }),
    ], ['A', 'B']);
    const rows = compareWithPublished(report.rounds, [
      { peildatum: '2022-12-01', indicator: 'wachtend_totaal', published: 2072, decimals: 0, source: 'letter 2024' },
      { peildatum: '2022-12-01', indicator: 'aandeel_wachtlijst_start', published: 2.2, decimals: 1, source: 'letter 2023' },
      { peildatum: '2022-12-01', indicator: 'wachtlijst_start', published: 762, decimals: 0, source: 'letter 2023' },
    ]);
    expect(rows.map((r) => [r.indicator, r.lower_bound, r.verdict])).toEqual([
      ['wachtlijst_start', true, 'gelijk'],
      ['aandeel_wachtlijst_start', true, 'in-strijd-met-ondergrens'],
      ['wachtend_totaal', true, 'verenigbaar-met-ondergrens'],
    ]);
  });
});

describe('verdictOf', () => {
  const cases: [string, number, number, number | null, boolean, ComparisonVerdict | null][] = [
    ['workload 16,5 against 16,492', 16.5, 1, 16.492, false, 'gelijk'],
    ['workload 17,1 against 16,492', 17.1, 1, 16.492, false, 'verschil'],
    ['2.072 waiting against ten minste 1.972', 2072, 0, 1972, true, 'verenigbaar-met-ondergrens'],
    ['2,2% against ten minste 2,2505%', 2.2, 1, 762 / 33859 * 100, true, 'in-strijd-met-ondergrens'],
    ['2,3% against ten minste 2,2505%', 2.3, 1, 762 / 33859 * 100, true, 'gelijk'],
    ['762 against ten minste 762', 762, 0, 762, true, 'gelijk'],
    ['a bound of exactly 2,25 rounds up to 2,3: 2,2 contradicts it', 2.2, 1, 2.25, true, 'in-strijd-met-ondergrens'],
    ['a bound of exactly 2,25 rounds up to 2,3: 2,3 is equal', 2.3, 1, 2.25, true, 'gelijk'],
    ['1,005 rounds half away to 1,01 (not 1,00 as Math.round does)', 1.01, 2, 1.005, true, 'gelijk'],
    ['1,00 against ten minste 1,005', 1, 2, 1.005, true, 'in-strijd-met-ondergrens'],
    ['2,4% above ten minste 2,2505%', 2.4, 1, 762 / 33859 * 100, true, 'verenigbaar-met-ondergrens'],
    ['a lower published figure without a bound is a plain difference', 2.2, 1, 762 / 33859 * 100, false, 'verschil'],
    ['a higher published figure without a bound is a plain difference', 2072, 0, 1972, false, 'verschil'],
    ['nothing computed', 5, 0, null, false, null],
  ];
  it.each(cases)('%s', (_name, published, decimals, computed, lowerBound, expected) => {
    expect(verdictOf(published, decimals, computed, lowerBound)).toBe(expected);
  });
});

describe('--compare data/published.csv on the four rounds', () => {
  it('finds the three known discrepancies, each with its verdict', async () => {
    const result = await runCli(['compute', 'fixtures/nulmeting-2022-12-01', 'fixtures/rondes-2023-2024', '--compare', 'data/published.csv', '--format', 'json']);
    expect(result.exitCode, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    const differing = (report.comparison ?? []).filter((c) => c.verdict !== 'gelijk').map((c) => `${c.peildatum} ${c.indicator} ${c.published} ${c.verdict}`);
    expect(differing).toEqual([
      '2022-12-01 organisatieworkload 17.1 verschil',
      '2022-12-01 aandeel_wachtlijst_start 2.2 in-strijd-met-ondergrens',
      '2022-12-01 wachtend_totaal 2072 verenigbaar-met-ondergrens',
    ]);
    expect(report.comparison?.length).toBeGreaterThan(30);
    expect(report.comparison?.every((c) => c.explained_by_rounding === (c.verdict === 'gelijk'))).toBe(true);
  });

  it('shows the verdicts in words in the table, and the lower bound as "ten minste"', async () => {
    const args = ['compute', 'fixtures/nulmeting-2022-12-01', '--compare', 'data/published.csv'];
    const nl = await runCli(args);
    expect(nl.exitCode, nl.stderr).toBe(0);
    expect(nl.stdout).toMatch(/wachtend_totaal +2\.072 +ten minste 1\.972,00 +verenigbaar met de ondergrens/u);
    expect(nl.stdout).toMatch(/aandeel_wachtlijst_start +2,2% +ten minste 2,251% +in strijd met de ondergrens/u);
    expect(nl.stdout).toMatch(/organisatieworkload +17,1 +16,492 +verschil/u);
    expect(nl.stdout).toMatch(/organisatieworkload +16,5 +16,492 +gelijk/u);
    const en = await runCli([...args, '--lang', 'en']);
    expect(en.stdout).toMatch(/wachtend_totaal +2,072 +at least 1,972\.00 +consistent with the lower bound/u);
    expect(en.stdout).toMatch(/aandeel_wachtlijst_start +2\.2% +at least 2\.251% +contradicts the lower bound/u);
    expect(en.stdout).toMatch(/organisatieworkload +17\.1 +16\.492 +different/u);
    expect(en.stdout).toMatch(/organisatieworkload +16\.5 +16\.492 +equal/u);
  });

  it('refuses a missing file (exit 2) and a file that is not one of published figures (exit 1)', async () => {
    expect((await runCli(['compute', 'fixtures/rondes-2023-2024', '--compare', 'nope.csv'])).exitCode).toBe(2);
    const bad = await runCli(['compute', 'fixtures/rondes-2023-2024', '--compare', 'fixtures/rondes-2023-2024/2024-01-01/clienten.csv']);
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toContain('fixtures/rondes-2023-2024/2024-01-01/clienten.csv › rij 1: De kopregel');
    expect(bad.stderr).toContain('mist indicator, gepubliceerd, decimalen en bron');
  });
});
