import { describe, expect, it } from 'vitest';
import { indicator } from '../../src/domain/indicators.js';
import { esc } from '../../src/render/html-escape.js';
import { mdText } from '../../src/render/md.js';
import { barChartSvg, lineChartSvg, niceMax } from '../../src/render/svg.js';
import { numberFormatOf } from '../../src/render/xlsx-cells.js';

describe('render parts', () => {
  it.each([[0, 1], [16.49, 20], [4.2, 5], [120, 200], [2.3, 2.5]])('niceMax(%s) = %s', (x, y) => {
    expect(niceMax(x)).toBe(y);
  });

  it('esc escapes the five HTML characters', () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('mdText escapes table and inline markup', () => {
    expect(mdText('a|b *c* _d_ [e] <f> `g` #h \\')).toBe('a\\|b \\*c\\* \\_d\\_ \\[e\\] \\<f\\> \\`g\\` \\#h \\\\');
  });

  it.each([
    ['maatregelen_totaal', 'national', false, '#,##0'],
    ['organisatieworkload', 'national', false, '#,##0.0'],
    ['aandeel_ots', 'national', false, '0%'],
    ['beschikbaarheid', 'national', false, '0.0%'],
    ['wachtlijst_start', 'national', true, '"ten minste "#,##0'],
    ['aandeel_wachtlijst_start', 'national', true, '"ten minste "0.0%'],
    ['formatie_fte', 'gi', false, '#,##0.0'],
  ] as const)('xlsx number format of %s (%s, lower bound %s) is %s', (id, level, lower, code) => {
    expect(numberFormatOf(indicator(id), level, 'nl', lower)).toBe(code);
  });

  it('charts escape their text and carry a title and description', () => {
    const svg = barChartSvg({ id: 'x', title: 'A & B', desc: '<d>', items: [{ label: '<script>', value: 3, shown: '3' }], target: { value: 2, label: 'T' }, tick: String });
    expect(svg).toContain('<title id="x-t">A &amp; B</title>');
    expect(svg).toContain('<desc id="x-d">&lt;d&gt;</desc>');
    expect(svg).not.toContain('<script>');
    const line = lineChartSvg({ id: 'y', title: 't', desc: 'd', points: [{ label: 'a', value: 1, shown: '1' }, { label: 'b', value: null, shown: '–' }, { label: 'c', value: 2, shown: '2' }] });
    expect(line.match(/<circle/gu)?.length).toBe(2);
    expect(line).toContain('<polyline');
  });

  it('draws the same chart twice identically', () => {
    const chart = { id: 'z', title: 't', desc: 'd', items: [{ label: 'a', value: 16.492323950567, shown: '16,5' }], tick: String };
    expect(barChartSvg(chart)).toBe(barChartSvg(chart));
  });
});
