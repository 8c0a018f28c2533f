import { describe, expect, it } from 'vitest';
import { hasTwoDigitYear } from '../../src/domain/calendar.js';
import { dateFromSerial, detectNotation, fractionOfPercent, interpretPercent, majorityNotation, notationEvidence, parseDateText, parseNumberText, stripPercent } from '../../src/validate/parse-value.js';

describe('parseNumberText', () => {
  it.each([
    ['2.566', 'comma', 2566],
    ['16,5', 'comma', 16.5],
    ['1.234,5', 'comma', 1234.5],
    ['2.566', 'point', 2.566],
    ['16.5', 'point', 16.5],
    ['1,234.5', 'point', 1234.5],
    ['33 859', 'comma', 33859],
    ['2 566', 'comma', 2566],
    ['2,566', 'point', 2566],
    ['-3', 'comma', -3],
    ['-3', null, -3],
    ['80', null, 80],
    ['187,4', null, 187.4],
    ['187.4', null, 187.4],
    ['16,5', null, 16.5],
    ['16.5', null, 16.5],
    ['154', null, 154],
  ] as const)('%s in %s notation is %d', (text, notation, value) => {
    expect(parseNumberText(text, notation)).toEqual({ ok: true, value });
  });

  it('calls 2.566 ambiguous when the file shows no notation', () => {
    expect(parseNumberText('2.566', null)).toEqual({ ok: false, reason: 'ambiguous', comma: 2566, point: 2.566 });
    expect(parseNumberText('1,234', null)).toEqual({ ok: false, reason: 'ambiguous', comma: 1.234, point: 1234 });
    expect(parseNumberText('1.274', null)).toMatchObject({ ok: false, reason: 'ambiguous' });
  });

  it('refuses a number written in the other notation', () => {
    expect(parseNumberText('1,234.5', 'comma')).toEqual({ ok: false, reason: 'wrong-notation' });
    expect(parseNumberText('1.234,5', 'point')).toEqual({ ok: false, reason: 'wrong-notation' });
    expect(parseNumberText('2.566,5', 'point')).toEqual({ ok: false, reason: 'wrong-notation' });
  });

  it.each(['veel', '12a', '1.2.3,4,5', '', '=A1', '1e5'])('refuses %j', (text) => {
    expect(parseNumberText(text, 'comma').ok).toBe(false);
  });

  it.each([['veel', null], ['1.2.3', 'comma']] as const)('calls %j (%s notation) not a number', (text, notation) => {
    expect(parseNumberText(text, notation)).toMatchObject({ ok: false, reason: 'not-a-number' });
  });
});

describe('notation detection', () => {
  it('reads evidence from unambiguous values only', () => {
    expect(notationEvidence('16,5')).toBe('comma');
    expect(notationEvidence('16.55')).toBe('point');
    expect(notationEvidence('2.566')).toBe('ambiguous');
    expect(notationEvidence('80')).toBe('neutral');
  });
  it('detects a Dutch file from one decimal comma, ignoring percent signs', () => {
    expect(detectNotation(['3.035', '194,4', '14,9%'])).toBe('comma');
    expect(detectNotation(['108.9', '1349'])).toBe('point');
    expect(detectNotation(['3.035', '850'])).toBeNull();
    expect(detectNotation(['16,5', '16.55'])).toBe('mixed');
    expect(detectNotation(['1.274', '16,5', '80%'])).toBe('comma');
    expect(detectNotation(['1.274', '16.5'])).toBe('point');
    expect(detectNotation(['1.274', '154'])).toBeNull();
    expect(detectNotation(['16,5', '16.5'])).toBe('mixed');
  });
});

describe('counts are evidence of the notation: a count is never fractional', () => {
  it.each([
    // text, whole (a count), evidence
    ['1.765', true, 'comma'],
    ['1,765', true, 'point'],
    ['-1.765', true, 'comma'],
    ['1.765', false, 'ambiguous'],
    ['1,765', false, 'ambiguous'],
    ['1765', true, 'neutral'],
    ['16,5', true, 'comma'],
    ['1.234.567', true, 'comma'],
    ['veel', true, 'invalid'],
  ] as const)('%s (count: %s) → %s', (text, whole, evidence) => {
    expect(notationEvidence(text, whole)).toBe(evidence);
  });
  it.each([
    // numbers of a file, what it shows
    [[{ text: '1.765', whole: true }], 'comma'],
    [[{ text: '1,765', whole: true }], 'point'],
    [[{ text: '1.274', whole: false }, { text: '1.765', whole: true }], 'comma'],
    [[{ text: '1.274', whole: false }, { text: '1.013', whole: false }], null],
    [[{ text: '1.765', whole: true }, { text: '154.6', whole: false }], 'mixed'],
    [['1.765', '1.274'], null],
  ] as const)('%j shows %s', (texts, notation) => {
    expect(detectNotation(texts)).toBe(notation);
  });
  it('a mixed file takes the notation most of its numbers show, counts included', () => {
    expect(majorityNotation([{ text: '1.765', whole: true }, { text: '2.023', whole: true }, { text: '154.6', whole: false }])).toBe('comma');
    expect(majorityNotation([{ text: '1.765', whole: true }, { text: '154.6', whole: false }])).toBeNull();
  });
});

describe('two-digit years', () => {
  it.each([
    ['1-12-22', true],
    ['01/12/22', true],
    ['1.12.22', true],
    ['1 dec 22', true],
    ['1 december 22', true],
    ['1-12-2022', false],
    ['2022-12-01', false],
    ['1-12-202', false],
    ['44896', false],
  ] as const)('%s → %s', (text, expected) => {
    expect(hasTwoDigitYear(text)).toBe(expected);
    if (expected) expect(parseDateText(text).ok).toBe(false);
  });
});

describe('percentages', () => {
  it('splits a trailing percent sign, with or without a space', () => {
    expect(stripPercent('80 %')).toEqual({ body: '80', percentSign: true });
    expect(stripPercent('80,0%')).toEqual({ body: '80,0', percentSign: true });
    expect(stripPercent('0,8')).toEqual({ body: '0,8', percentSign: false });
  });
  // A percentage must give the very number its fraction cell gives (7,2% and 0,072 alike):
  // 7.2 / 100 is 0.07200000000000001 in floating point.
  it.each([[7.2, 0.072], [7.4, 0.074], [17.6, 0.176], [81.2, 0.812], [80, 0.8], [0, 0], [100, 1], [12.345, 0.12345], [1e-7, 1e-9]])('%s% is exactly %s', (percent, fraction) => {
    expect(fractionOfPercent(percent)).toBe(fraction);
  });
  it('reads a bare 7,2 as exactly the fraction 0,072', () => {
    expect(interpretPercent(7.2, false)).toEqual({ ok: true, fraction: 0.072, style: 'bare' });
  });
  it('reads 0.8 as a fraction, 80 as a percentage (bare) and refuses above 100%', () => {
    expect(interpretPercent(0.8, false)).toEqual({ ok: true, fraction: 0.8, style: 'fraction' });
    expect(interpretPercent(80, false)).toEqual({ ok: true, fraction: 0.8, style: 'bare' });
    expect(interpretPercent(0.8, true)).toEqual({ ok: true, fraction: 0.8, style: 'explicit' });
    expect(interpretPercent(1, false)).toEqual({ ok: true, fraction: 1, style: 'fraction' });
    expect(interpretPercent(1.2, true)).toEqual({ ok: false, reason: 'out-of-range', shown: 120 });
    expect(interpretPercent(120, false)).toEqual({ ok: false, reason: 'out-of-range', shown: 120 });
    expect(interpretPercent(-1, false).ok).toBe(false);
    expect(interpretPercent(-0.1, false)).toMatchObject({ ok: false, reason: 'out-of-range' });
  });
});

describe('parseDateText', () => {
  it.each([
    ['2022-12-01', '2022-12-01'],
    ['1-12-2022', '2022-12-01'],
    ['01-12-2022', '2022-12-01'],
    ['1/12/2022', '2022-12-01'],
    ['1 december 2022', '2022-12-01'],
    ['1 Dec. 2022', '2022-12-01'],
    ['1 dec. 2022', '2022-12-01'],
    ['1 December 2022', '2022-12-01'],
    ['1 mrt 2023', '2023-03-01'],
    ['1 mrt 2024', '2024-03-01'],
    ['29-2-2024', '2024-02-29'],
  ])('%s is %s', (text, iso) => {
    expect(parseDateText(text)).toEqual({ ok: true, iso, fromSerial: false });
  });
  it('reads Excel serial numbers in both date systems, and says they were serials', () => {
    expect(parseDateText('44896')).toEqual({ ok: true, iso: '2022-12-01', fromSerial: true });
    expect(parseDateText('43434', true)).toEqual({ ok: true, iso: '2022-12-01', fromSerial: true });
    expect(dateFromSerial(44896)).toEqual({ ok: true, iso: '2022-12-01', fromSerial: true });
    expect(dateFromSerial(43434, true)).toEqual({ ok: true, iso: '2022-12-01', fromSerial: true });
    // Excel's 1900 system counts a 29 February 1900 that never existed (serial 60).
    expect(dateFromSerial(59)).toEqual({ ok: true, iso: '1900-02-28', fromSerial: true });
    expect(dateFromSerial(60)).toEqual({ ok: false });
    expect(dateFromSerial(61)).toEqual({ ok: true, iso: '1900-03-01', fromSerial: true });
    expect(dateFromSerial(44896.5)).toEqual({ ok: false });
  });
  it.each(['31-11-2022', '29-2-2023', '2022-13-01', '1 brumaire 2022', 'morgen', '60', '123'])('refuses %s', (text) => {
    expect(parseDateText(text).ok).toBe(false);
  });
});
