import { describe, expect, it } from 'vitest';
import { datePositions, layoutLabels, shortDateLabels, stepDecimals, textWidth, tickLabel, valueAxis } from '../../src/render/chart-axes.js';

describe('chart axes', () => {
  it.each([
    // values, ticks
    [[2566, 2543, 2556], [0, 1000, 2000, 3000]],
    [[16.5, 15.3], [0, 5, 10, 15, 20]],
    [[0.0225, 0.011], [0, 0.01, 0.02, 0.03]],
    [[0.012], [0, 0.005, 0.01, 0.015]],
    [[-23, 13], [-30, -20, -10, 0, 10, 20]],
    [[0, 0], [0, 0.25, 0.5, 0.75, 1]],
    [[33859, 32080], [0, 10000, 20000, 30000, 40000]],
    [[762], [0, 200, 400, 600, 800]],
  ])('valueAxis(%j) starts at zero (or below) and ends on a round number: %j', (values, ticks) => {
    const axis = valueAxis(values);
    expect(axis.ticks).toEqual(ticks);
    expect(axis.lo).toBeLessThanOrEqual(Math.min(0, ...values));
    expect(axis.hi).toBeGreaterThanOrEqual(Math.max(...values));
  });

  it.each([[500, 0], [2.5, 1], [0.25, 2], [0.1 * 3, 1], [1e-3, 3]])('stepDecimals(%s) = %s', (step, d) => {
    expect(stepDecimals(step)).toBe(d);
  });

  it('formats ticks in the report language with the decimals of the step', () => {
    const counts = valueAxis([33859]);
    expect(counts.ticks.map((t) => tickLabel(counts, t, 'nl'))).toEqual(['0', '10.000', '20.000', '30.000', '40.000']);
    expect(counts.ticks.map((t) => tickLabel(counts, t, 'en'))).toEqual(['0', '10,000', '20,000', '30,000', '40,000']);
    const shares = valueAxis([0.012], { percent: true });
    expect(shares.ticks.map((t) => tickLabel(shares, t, 'nl', true))).toEqual(['0,0%', '0,5%', '1,0%', '1,5%']);
    const whole = valueAxis([0.8], { percent: true });
    expect(whole.ticks.map((t) => tickLabel(whole, t, 'nl', true))).toEqual(['0%', '20%', '40%', '60%', '80%']);
  });

  it('names peildata by short month, with the day only when two share a month', () => {
    expect(shortDateLabels(['2022-12-01', '2023-10-01'], 'nl')).toEqual(['dec 2022', 'okt 2023']);
    expect(shortDateLabels(['2023-05-01'], 'en')).toEqual(['May 2023']);
    expect(shortDateLabels(['2024-01-01', '2024-01-15'], 'nl')).toEqual(['1 jan 2024', '15 jan 2024']);
  });

  it('places dates by the days between them', () => {
    expect(datePositions(['2023-01-01', '2023-01-11', '2023-01-31'], 0, 300)).toEqual([0, 100, 300]);
    expect(datePositions(['2023-01-01'], 0, 300)).toEqual([150]);
  });

  it('estimates text widths generously for wide glyphs', () => {
    expect(textWidth('MW%', 10)).toBeGreaterThan(textWidth('ill', 10) * 2);
    expect(textWidth('', 11)).toBe(0);
  });

  it.each([
    // positions, expected rotated, expected shown
    ['wide apart: horizontal', [0, 100, 200, 300], false, [true, true, true, true]],
    ['close: a quarter turn', [0, 20, 40, 60], true, [true, true, true, true]],
    ['very close: every other label, counted back from the last', [0, 8, 70, 78, 140], false, [true, false, true, false, true]],
  ] as const)('lays out labels that never overlap: %s', (_, xs, rotated, shown) => {
    const labels = xs.map(() => 'dec 2022');
    const layout = layoutLabels(labels, xs, 11);
    expect(layout.rotated).toBe(rotated);
    expect(layout.shown).toEqual(shown);
    // Shown horizontal labels keep their distance.
    if (!layout.rotated) {
      const kept = xs.filter((_, i) => layout.shown[i]);
      for (let i = 1; i < kept.length; i++) expect((kept[i] ?? 0) - (kept[i - 1] ?? 0)).toBeGreaterThanOrEqual(textWidth('dec 2022', 11) + 6);
    }
  });
});
