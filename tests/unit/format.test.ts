import { describe, expect, it } from 'vitest';
import { indicator } from '../../src/domain/indicators.js';
import { formatIndicator, formatNumber, formatPlain } from '../../src/render/numbers.js';

describe('display rounding: once, half away from zero, at the published precision', () => {
  it('rounds like the published figures, not like Math.round', () => {
    expect(formatNumber(1.005, 2, 'nl')).toBe('1,01');
    expect(formatNumber(-2.5, 0, 'nl')).toBe('-3');
    expect(formatNumber(2.5, 0, 'nl')).toBe('3');
    expect(formatNumber(762 / 33859, 1, 'nl', true)).toBe('2,3%');
  });
  it('uses Dutch separators by default and English ones with en', () => {
    expect(formatNumber(33859, 0, 'nl')).toBe('33.859');
    expect(formatNumber(16.4923, 1, 'nl')).toBe('16,5');
    expect(formatNumber(33859, 0, 'en')).toBe('33,859');
    expect(formatNumber(16.4923, 1, 'en')).toBe('16.5');
  });
  it('never shows -0', () => {
    expect(formatNumber(-0.0001, 1, 'nl')).toBe('0,0');
  });
  it('formats each indicator with its own precision, nationally and per GI', () => {
    expect(formatIndicator(2566.04, indicator('formatie_fte'), 'national', 'nl')).toBe('2.566');
    expect(formatIndicator(154.64, indicator('formatie_fte'), 'gi', 'nl')).toBe('154,6');
    expect(formatIndicator(0.579993, indicator('aandeel_ots'), 'national', 'nl')).toBe('58%');
    expect(formatIndicator(0.800084, indicator('beschikbaarheid'), 'national', 'nl')).toBe('80,0%');
    expect(formatIndicator(null, indicator('wachtlijst_start'), 'national', 'nl')).toBe('–');
  });
  it('writes full precision for machines, with the language\'s decimal mark', () => {
    expect(formatPlain(2053.0157, 'nl')).toBe('2053,0157');
    expect(formatPlain(0.1 + 0.2, 'en')).toBe('0.3');
    expect(formatPlain(2e-16, 'en')).toBe('0');
  });
});
