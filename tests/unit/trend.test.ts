import { describe, expect, it } from 'vitest';
import { computeRounds } from '../../src/compute/rounds.js';
import { sub } from './over-time-helpers.js';

const GIS = ['A', 'B'];
const run = (subs: Parameters<typeof computeRounds>[0]) => computeRounds(subs, GIS, { norm: 12 });

describe('changes against the previous round', () => {
  it('gives no change in the first round', () => {
    const [r1] = run([sub('A', '2023-10-01', { maatregelen_totaal: 100 }), sub('B', '2023-10-01', { maatregelen_totaal: 50 })]);
    expect(r1?.national.maatregelen_totaal?.change).toBeUndefined();
    expect(r1?.gis[0]?.indicators.maatregelen_totaal?.change).toBeUndefined();
  });

  it('is comparable over the same GIs: absolute, relative, base', () => {
    const [, r2] = run([
      sub('A', '2023-10-01', { maatregelen_totaal: 100 }), sub('B', '2023-10-01', { maatregelen_totaal: 100 }),
      sub('A', '2024-04-01', { maatregelen_totaal: 90 }), sub('B', '2024-04-01', { maatregelen_totaal: 108 }),
    ]);
    expect(r2?.national.maatregelen_totaal?.change).toEqual({ base_peildatum: '2023-10-01', skipped: [], absolute: -2, relative: -0.01, comparable: true, like_for_like: null });
    expect(r2?.gis.find((g) => g.gi === 'A')?.indicators.maatregelen_totaal?.change?.absolute).toBe(-10);
  });

  it('is not comparable between a lower bound and a full figure; like-for-like over the GIs in both', () => {
    const [, r2] = run([
      sub('A', '2022-12-01', { maatregelen_totaal: 100, wachtlijst_start: 10 }), sub('B', '2022-12-01', { maatregelen_totaal: 100 }),
      sub('A', '2023-10-01', { maatregelen_totaal: 100, wachtlijst_start: 4 }), sub('B', '2023-10-01', { maatregelen_totaal: 100, wachtlijst_start: 30 }),
    ]);
    const change = r2?.national.wachtlijst_start?.change;
    expect(change?.absolute).toBe(24);
    expect(change?.comparable).toBe(false);
    expect(change?.like_for_like).toEqual({ absolute: -6, relative: -0.6, gi_count: 1, excluded: ['B'] });
  });

  it('is not comparable over different GIs for a ratio, with the like-for-like change', () => {
    const [, r2] = run([
      sub('A', '2022-12-01', { maatregelen_totaal: 150, beschikbare_fte: 10 }), sub('B', '2022-12-01', { maatregelen_totaal: 100 }),
      sub('A', '2023-10-01', { maatregelen_totaal: 140, beschikbare_fte: 10 }), sub('B', '2023-10-01', { maatregelen_totaal: 100, beschikbare_fte: 10 }),
    ]);
    const change = r2?.national.organisatieworkload?.change;
    expect(change?.comparable).toBe(false);
    expect(change?.absolute).toBeCloseTo(-3);
    expect(change?.like_for_like?.absolute).toBeCloseTo(-1);
    expect(change?.like_for_like?.excluded).toEqual(['B']);
  });

  it('compares with the latest round that has the indicator and lists the rounds skipped', () => {
    const rounds = run([
      sub('A', '2023-10-01', { maatregelen_totaal: 100, formatie_fte: 10, beschikbare_fte: 8 }),
      sub('A', '2024-01-01', { maatregelen_totaal: 98 }),
      sub('A', '2024-04-01', { maatregelen_totaal: 96, formatie_fte: 11, beschikbare_fte: 8 }),
    ]);
    const r3 = rounds[2];
    expect(r3?.national.organisatieworkload?.change?.base_peildatum).toBe('2023-10-01');
    expect(r3?.national.organisatieworkload?.change?.skipped).toEqual(['2024-01-01']);
    expect(r3?.national.maatregelen_totaal?.change?.base_peildatum).toBe('2024-01-01');
    expect(r3?.national.netto_toename_fte?.value).toBeCloseTo(1);
    expect(r3?.national.netto_toename_fte?.base_peildatum).toBe('2023-10-01');
    expect(rounds[1]?.national.netto_toename_fte?.base_peildatum).toBeUndefined();
  });

  it('states changes in shares as a difference of fractions (procentpunten)', () => {
    const [, r2] = run([
      sub('A', '2023-10-01', { maatregelen_totaal: 1000, wachtlijst_start: 20 }),
      sub('A', '2024-04-01', { maatregelen_totaal: 1000, wachtlijst_start: 32 }),
    ]);
    expect(r2?.national.aandeel_wachtlijst_start?.change?.absolute).toBeCloseTo(0.012);
  });

  it('skips a GI missing from a round, never counting it as zero', () => {
    const rounds = run([
      sub('A', '2023-10-01', { formatie_fte: 10 }), sub('B', '2023-10-01', { formatie_fte: 20 }),
      sub('A', '2024-01-01', { formatie_fte: 11 }),
      sub('A', '2024-04-01', { formatie_fte: 12 }), sub('B', '2024-04-01', { formatie_fte: 25 }),
    ]);
    const r2 = rounds[1];
    expect(r2?.gis.map((g) => g.gi)).toEqual(['A']);
    expect(r2?.national.formatie_fte?.missing).toEqual(['B']);
    expect(r2?.national.formatie_fte?.change?.comparable).toBe(false);
    expect(r2?.national.formatie_fte?.change?.like_for_like?.absolute).toBeCloseTo(1);
    expect(r2?.national.netto_toename_fte?.value).toBeCloseTo(1);
    expect(r2?.national.netto_toename_fte?.not_in_both).toEqual(['B']);
    const b3 = rounds[2]?.gis.find((g) => g.gi === 'B')?.indicators.formatie_fte?.change;
    expect(b3).toMatchObject({ base_peildatum: '2023-10-01', skipped: ['2024-01-01'], absolute: 5, comparable: true });
  });

  it('does not depend on input order', () => {
    const subs = [
      sub('A', '2023-10-01', { maatregelen_totaal: 100, wachtlijst_start: 1 }), sub('B', '2023-10-01', { maatregelen_totaal: 50 }),
      sub('A', '2024-04-01', { maatregelen_totaal: 90, wachtlijst_start: 3 }), sub('B', '2024-04-01', { maatregelen_totaal: 60, wachtlijst_start: 2 }),
    ];
    expect(JSON.stringify(run([...subs].reverse()))).toBe(JSON.stringify(run(subs)));
  });
});
