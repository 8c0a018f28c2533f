import { describe, expect, it } from 'vitest';
import { isBsnLike, redactBsns, withoutBsns } from '../../src/domain/bsn.js';

describe('what a BSN looks like (a whole cell)', () => {
  it.each([
    ['nine digits', '123456782', true],
    ['dots', '123.456.782', true],
    ['spaces', '123 456 782', true],
    ['no-break spaces', '123\u00a0456\u00a0782', true],
    ['hyphens', '123-456-782', true],
    ['a BSN prefix', 'BSN123456782', true],
    ['a prefix with a colon and space', 'bsn: 123 456 782', true],
    ['surrounding spaces', ' 123456782 ', true],
    ['a workbook number, zero-padded', 12345672, true],
    ['failing the elfproef', '123456789', false],
    ['mixed separators', '123.456 782', false],
    ['eight digits as text', '12345672', false],
    ['ten digits', '1234567820', false],
    ['a pseudonym', 'KJB-0000oi', false],
    ['a GI name', 'Jeugdbescherming Noord', false],
    ['a fraction', 123456782.5, false],
  ] as const)('%s: %s', (_what, value, expected) => {
    expect(isBsnLike(value)).toBe(expected);
  });
});

describe('hiding BSN-like text', () => {
  it.each([
    ['a quoted value loses its quotes', 'Onbekende GI "123.456.782"; bedoelt u', 'Onbekende GI (verborgen); bedoelt u'],
    ['a file name', 'dossiers/123456782.csv', 'dossiers/(verborgen).csv'],
    ['a prefixed value', 'Tabblad BSN123456782', 'Tabblad (verborgen)'],
    ['spaces', 'kolom 123 456 782 is onbekend', 'kolom (verborgen) is onbekend'],
    ['failing the elfproef stays', 'rij 123456789', 'rij 123456789'],
    ['inside a hex hash stays', 'sha256 a123456782b0', 'sha256 a123456782b0'],
    ['inside a longer number stays', '1234567820', '1234567820'],
    ['a figure with a decimal comma stays', '123.456.782,5', '123.456.782,5'],
    ['a count stays', '1.100.000', '1.100.000'],
    ['a longer count in Dutch notation stays', 'ten minste 17.176.723.456 cellen', 'ten minste 17.176.723.456 cellen'],
    ['a longer count ending in one stays', '176.723.456.001 cellen', '176.723.456.001 cellen'],
    ['a BSN at the end of a sentence is hidden', 'kolom 123.456.782.', 'kolom (verborgen).'],
  ])('%s', (_what, text, expected) => {
    expect(redactBsns(text, 'nl')).toBe(expected);
  });
  it('in English', () => {
    expect(redactBsns('GI "123456782"', 'en')).toBe('GI (hidden)');
  });
  it('every string of a value, at any depth; numbers and other values unchanged', () => {
    const report = { gi: '123456782', n: 123456782, ok: true, none: null, list: [{ file: 'x/BSN 123 456 782.csv' }] };
    expect(withoutBsns(report, 'nl')).toEqual({ gi: '(verborgen)', n: 123456782, ok: true, none: null, list: [{ file: 'x/(verborgen).csv' }] });
  });
});
