import { describe, expect, it } from 'vitest';
import { indicator } from '../../src/domain/indicators.js';
import { esc } from '../../src/render/html-escape.js';
import { mdText } from '../../src/render/md.js';
import { barChartSvg, lineChartSvg } from '../../src/render/svg.js';
import { numberFormatOf } from '../../src/render/xlsx-cells.js';

describe('render parts', () => {
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
    const svg = barChartSvg({ id: 'x', title: 'A & B', desc: '<d>', lang: 'nl', items: [{ label: '<script>', value: 3, shown: '3' }], target: { value: 2, label: 'T' } });
    expect(svg).toContain('<title id="x-t">A &amp; B</title>');
    expect(svg).toContain('<desc id="x-d">&lt;d&gt;</desc>');
    expect(svg).not.toContain('<script>');
    const line = lineChartSvg({
      id: 'y', title: 't', desc: 'd', lang: 'nl', gapLabel: 'geen cijfer',
      points: [{ date: '2022-12-01', label: 'a', value: 1, shown: '1' }, { date: '2023-05-01', label: 'b', value: null, shown: '–' }, { date: '2023-10-01', label: 'c', value: 2, shown: '2' }, { date: '2024-01-01', label: 'd', value: 2.5, shown: '<2,5>' }],
    });
    expect(line.match(/<circle/gu)?.length).toBe(3);
    // The round without a figure breaks the line and is marked.
    expect(line.match(/<polyline/gu)?.length).toBe(1);
    expect(line).toContain('class="gap"');
    expect(line).toContain('mei 2023: geen cijfer');
    // The latest value is written beside its point; no other value is.
    expect(line.match(/class="value"[^>]*>([^<]*)</u)?.[1]).toBe('&lt;2,5&gt;');
    expect(line.match(/class="value"/gu)?.length).toBe(1);
    // A y-axis from zero with ticks.
    expect([...line.matchAll(/class="tick"[^>]*>([^<]*)</gu)].map((m) => m[1])).toEqual(['0', '1', '2', '3']);
  });

  it('draws the same chart twice identically', () => {
    const chart = { id: 'z', title: 't', desc: 'd', lang: 'nl' as const, items: [{ label: 'a', value: 16.492323950567, shown: '16,5' }] };
    expect(barChartSvg(chart)).toBe(barChartSvg(chart));
  });
});
