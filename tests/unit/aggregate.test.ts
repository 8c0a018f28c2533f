import { describe, expect, it } from 'vitest';
import type { Figures, Submission } from '../../src/domain/model.js';
import { computeRounds } from '../../src/compute/rounds.js';
import { FIGURE_KEYS } from '../../src/domain/fields.js';
import { indicator } from '../../src/domain/indicators.js';
import { shownValue } from '../../src/render/report-rows.js';

const NOWHERE = { file: 'x.csv', sheet: null, cell: null, row: null, column: null };

function submission(gi: string, figures: Partial<Figures>, peildatum = '2022-12-01'): Submission {
  const all = Object.fromEntries(FIGURE_KEYS.map((k) => [k, null])) as Figures;
  return { gi, registered: true, monitor: true, peildatum, figures: { ...all, ...figures }, source: NOWHERE, warnedFields: [] };
}

const A = submission('A', { formatie_fte: 100, beschikbare_fte: 50, ots: 600, voogdij: 300, jr: 100, wachtlijst_start: 10, interne_wachtlijst: 20, wachtdagen_start: 30, personeelsverloop: 0.1 });
const B = submission('B', { formatie_fte: 300, beschikbaarheid: 0.9, maatregelen_totaal: 2700, interne_wachtlijst: 40, wachtdagen_start: 99, personeelsverloop: 0.2 });

function national(subs: Submission[], expected = ['A', 'B'], norm = 12) {
  const [round] = computeRounds(subs, expected, { norm });
  if (!round) throw new Error('no round');
  return round;
}

describe('national indicators', () => {
  const round = national([A, B]);
  const n = (id: string) => round.national[id];

  it('sums counts and fte over the GIs that delivered them', () => {
    expect(n('formatie_fte')).toEqual({ value: 400, lower_bound: false, gi_count: 2, gi_total: 2, missing: [] });
    expect(n('beschikbare_fte')?.value).toBeCloseTo(50 + 270, 10);
    expect(n('maatregelen_totaal')?.value).toBe(1000 + 2700);
  });

  it('derives available fte from formatie × beschikbaarheid, and the total from the three types', () => {
    expect(round.gis.find((g) => g.gi === 'B')?.indicators.beschikbare_fte?.value).toBeCloseTo(270, 10);
    expect(round.gis.find((g) => g.gi === 'A')?.indicators.maatregelen_totaal?.value).toBe(1000);
  });

  it('computes workload as a ratio of sums, not a mean of the GIs\' ratios', () => {
    // A: 1000/50 = 20, B: 2700/270 = 10; mean of ratios would be 15.
    expect(n('organisatieworkload')?.value).toBeCloseTo(3700 / 320, 12);
    expect(n('organisatieworkload')?.value).not.toBeCloseTo(15, 3);
    expect(n('beschikbaarheid')?.value).toBeCloseTo(320 / 400, 12);
  });

  it('takes the mix over the GIs that gave types, with their own total', () => {
    expect(n('aandeel_ots')?.value).toBeCloseTo(0.6, 12);
    expect(n('aandeel_ots')).toMatchObject({ gi_count: 1, missing: ['B'], lower_bound: false });
  });

  it('marks a sum with missing GIs as a lower bound and names them', () => {
    expect(n('wachtlijst_start')).toEqual({ value: 10, lower_bound: true, gi_count: 1, gi_total: 2, missing: ['B'] });
  });

  it('divides delivered waiting counts by the measures of all GIs (a lower bound)', () => {
    expect(n('aandeel_wachtlijst_start')?.value).toBeCloseTo(10 / 3700, 12);
    expect(n('aandeel_wachtlijst_start')?.lower_bound).toBe(true);
    expect(n('aandeel_interne_wachtlijst')?.value).toBeCloseTo(60 / 3700, 12);
    expect(n('aandeel_interne_wachtlijst')?.lower_bound).toBe(false);
  });

  it('adds both waiting lists, a lower bound when a part is missing anywhere', () => {
    expect(n('wachtend_totaal')).toEqual({ value: 70, lower_bound: true, gi_count: 1, gi_total: 2, missing: ['B'] });
    expect(round.gis.find((g) => g.gi === 'B')?.indicators.wachtend_totaal).toEqual({ value: 40, lower_bound: true });
  });

  it('weights mean waiting days by the counts, leaving out days without a count', () => {
    expect(n('wachtdagen_start')).toMatchObject({ value: 30, gi_count: 1, missing: ['B'] });
    expect(n('personeelsverloop')?.value).toBeCloseTo((0.1 * 100 + 0.2 * 300) / 400, 12);
  });

  it('compares with the workload target', () => {
    expect(n('workload_boven_streefwaarde')?.value).toBeCloseTo(3700 / 320 - 12, 12);
    expect(n('gis_boven_streefwaarde')).toMatchObject({ value: 1, gi_count: 2 });
    expect(national([A, B], ['A', 'B'], 25).national.gis_boven_streefwaarde?.value).toBe(0);
  });
});

describe('partial delivery', () => {
  it('gives null, never 0, when nobody delivered', () => {
    const round = national([submission('A', { formatie_fte: 10 })], ['A']);
    expect(round.national.wachtlijst_start).toEqual({ value: null, lower_bound: false, gi_count: 0, gi_total: 1, missing: ['A'] });
    expect(round.national.organisatieworkload?.value).toBeNull();
    expect(round.gis[0]?.indicators.wachtlijst_start?.value).toBeNull();
  });

  it('counts a registered GI without any submission as missing', () => {
    const round = national([A], ['A', 'B', 'C']);
    expect(round.expected).toEqual(['A', 'B', 'C']);
    expect(round.national.formatie_fte).toEqual({ value: 100, lower_bound: true, gi_count: 1, gi_total: 3, missing: ['B', 'C'] });
  });

  it('adds an unregistered GI that submitted to the expected GIs', () => {
    const round = national([A, { ...B, gi: 'Nieuw', registered: false }], ['A']);
    expect(round.expected).toEqual(['A', 'Nieuw']);
  });

  it('keeps a GI outside the monitor (Nidos) out of the national figures, coverage and aanleverstatus', () => {
    const round = national([A, { ...B, gi: 'Nidos', monitor: false }], ['A']);
    expect(round.expected).toEqual(['A']);
    expect(round.national.formatie_fte).toEqual({ value: 100, lower_bound: false, gi_count: 1, gi_total: 1, missing: [] });
    expect(round.aanleverstatus.map((r) => r.gi)).toEqual(['A']);
    const nidos = round.gis.find((g) => g.gi === 'Nidos');
    expect(nidos?.outside_national).toBe(true);
    expect(nidos?.indicators.formatie_fte?.value).toBe(B.figures.formatie_fte);
    expect(round.gis.find((g) => g.gi === 'A')?.outside_national).toBeUndefined();
  });
});

describe('order independence', () => {
  it('gives identical rounds whatever the order of submissions', () => {
    const subs = [A, B, submission('C', { formatie_fte: 0.1, beschikbare_fte: 0.07 }), submission('D', { formatie_fte: 0.2, beschikbare_fte: 0.13 })];
    const forward = computeRounds(subs, ['A', 'B', 'C', 'D'], { norm: 12 });
    const backward = computeRounds([...subs].reverse(), ['D', 'C', 'B', 'A'], { norm: 12 });
    expect(JSON.stringify(backward)).toBe(JSON.stringify(forward));
  });

  it('orders rounds by peildatum and computes the net change in formatie over GIs in both', () => {
    const rounds = computeRounds([
      submission('A', { formatie_fte: 110 }, '2023-05-01'),
      submission('B', { formatie_fte: 50 }, '2023-05-01'),
      A, B,
    ], ['A', 'B'], { norm: 12 });
    expect(rounds.map((r) => r.peildatum)).toEqual(['2022-12-01', '2023-05-01']);
    expect(rounds[0]?.national.netto_toename_fte?.value).toBeNull();
    expect(rounds[1]?.national.netto_toename_fte).toMatchObject({ value: 10 - 250, gi_count: 2 });
  });
});

describe('aandeel_wachtend_totaal: Σ wachtend_totaal / Σ maatregelen of all GIs, a lower bound whenever wachtend_totaal is one', () => {
  const both = { maatregelen_totaal: 1000, wachtlijst_start: 10, interne_wachtlijst: 30 };
  it.each([
    ['every GI gives both lists and a total', [submission('A', both), submission('B', { ...both, maatregelen_totaal: 3000 })], 80 / 4000, false],
    ['a GI gives one list only: its count, and so the share, is a lower bound', [submission('A', both), submission('B', { maatregelen_totaal: 3000, wachtlijst_start: 5 })], 45 / 4000, true],
    ['a GI gives no list: its measures still count in the denominator', [submission('A', both), submission('B', { maatregelen_totaal: 3000 })], 40 / 4000, true],
    ['a GI gives lists but no total: left out of both sides', [submission('A', both), submission('B', { wachtlijst_start: 99, interne_wachtlijst: 1 })], 40 / 1000, true],
    ['nobody gives a total', [submission('A', { wachtlijst_start: 1 }), submission('B', { interne_wachtlijst: 2 })], null, false],
  ])('%s', (_name, subs, value, lowerBound) => {
    const v = national(subs).national.aandeel_wachtend_totaal;
    if (value === null) expect(v?.value).toBeNull();
    else expect(v?.value).toBeCloseTo(value, 12);
    expect(v?.lower_bound).toBe(lowerBound);
  });

  it('marks a GI\'s own share a lower bound when it gave one list only', () => {
    const round = national([submission('A', both), submission('B', { maatregelen_totaal: 3000, wachtlijst_start: 5 })]);
    expect(round.gis.map((g) => g.indicators.aandeel_wachtend_totaal)).toEqual([{ value: 40 / 1000, lower_bound: false }, { value: 5 / 3000, lower_bound: true }]);
  });

  it('reproduces the nulmeting: ten minste 1.972 / 33.859 = 5,8%', () => {
    // One GI gave the start list (762), another the internal list (1.210); together 33.859 measures.
    const round = national([submission('A', { maatregelen_totaal: 20000, wachtlijst_start: 762 }), submission('B', { maatregelen_totaal: 13859, interne_wachtlijst: 1210 })]);
    const v = round.national.aandeel_wachtend_totaal;
    expect(v?.value).toBeCloseTo(1972 / 33859, 12);
    expect(v?.lower_bound).toBe(true);
    expect(shownValue(v?.value ?? null, v?.lower_bound, indicator('aandeel_wachtend_totaal'), 'national', 'nl')).toBe('ten minste 5,8%');
  });
});
