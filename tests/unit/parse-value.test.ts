import { describe, expect, it } from 'vitest';
import { dateFromSerial, detectNotation, interpretPercent, parseDateText, parseNumberText, stripPercent } from '../../src/validate/parse-value.js';

describe('parseNumberText: Dutch and English notation', () => {
  const cases: [string, 'comma' | 'point' | null, number | string][] = [
    ['2.566', 'comma', 2566], ['16,5', 'comma', 16.5], ['1.234,5', 'comma', 1234.5], ['2 566', 'comma', 2566],
    ['2,566', 'point', 2566], ['16.5', 'point', 16.5], ['1,234.5', 'point', 1234.5],
    ['2.566,5', 'point', 'wrong-notation'], ['1,234.5', 'comma', 'wrong-notation'],
    ['1.274', null, 'ambiguous'], ['16,5', null, 16.5], ['16.5', null, 16.5], ['154', null, 154],
    ['veel', null, 'not-a-number'], ['1.2.3', 'comma', 'not-a-number'], ['-3', 'comma', -3],
  ];
  for (const [text, notation, expected] of cases) {
    it(`"${text}" (${notation ?? 'unknown'}) → ${String(expected)}`, () => {
      const r = parseNumberText(text, notation);
      if (typeof expected === 'number') expect(r).toEqual({ ok: true, value: expected });
      else expect(r.ok ? 'ok' : r.reason).toBe(expected);
    });
  }
  it('detects the notation of a file from its unambiguous numbers only', () => {
    expect(detectNotation(['1.274', '16,5', '80%'])).toBe('comma');
    expect(detectNotation(['1.274', '16.5'])).toBe('point');
    expect(detectNotation(['1.274', '154'])).toBeNull();
    expect(detectNotation(['16,5', '16.5'])).toBe('mixed');
  });
});

describe('percentages', () => {
  it('strips a trailing percent sign with or without a space', () => {
    expect(stripPercent('80 %')).toEqual({ body: '80', percentSign: true });
    expect(stripPercent('80,0%')).toEqual({ body: '80,0', percentSign: true });
    expect(stripPercent('0,8')).toEqual({ body: '0,8', percentSign: false });
  });
  const cases: [number, boolean, string][] = [
    [0.8, true, 'explicit 0.8'], [0.8, false, 'fraction 0.8'], [80, false, 'bare 0.8'], [1, false, 'fraction 1'],
    [1.2, true, 'out-of-range'], [120, false, 'out-of-range'], [-0.1, false, 'out-of-range'],
  ];
  for (const [value, explicit, expected] of cases) {
    it(`${value}${explicit ? ' (with %)' : ''} → ${expected}`, () => {
      const r = interpretPercent(value, explicit);
      expect(r.ok ? `${r.style} ${r.fraction}` : r.reason).toBe(expected);
    });
  }
});

describe('dates', () => {
  const cases: [string, string | null][] = [
    ['1-12-2022', '2022-12-01'], ['01-12-2022', '2022-12-01'], ['2022-12-01', '2022-12-01'], ['1/12/2022', '2022-12-01'],
    ['1 december 2022', '2022-12-01'], ['1 dec. 2022', '2022-12-01'], ['1 December 2022', '2022-12-01'], ['1 mrt 2023', '2023-03-01'],
    ['31-11-2022', null], ['29-2-2023', null], ['29-2-2024', '2024-02-29'], ['2022-13-01', null], ['morgen', null],
  ];
  for (const [text, iso] of cases) {
    it(`"${text}" → ${iso ?? 'not a date'}`, () => {
      const r = parseDateText(text);
      expect(r.ok ? r.iso : null).toBe(iso);
    });
  }
  it('reads Excel serials in the 1900 and the 1904 system', () => {
    expect(dateFromSerial(44896)).toEqual({ ok: true, iso: '2022-12-01', fromSerial: true });
    expect(dateFromSerial(43434, true)).toEqual({ ok: true, iso: '2022-12-01', fromSerial: true });
    expect(parseDateText('44896')).toEqual({ ok: true, iso: '2022-12-01', fromSerial: true });
    expect(dateFromSerial(44896.5).ok).toBe(false);
  });
});
