import { describe, expect, it } from 'vitest';
import { fitColumns, wrapText } from '../../src/render/fit-columns.js';
import { INDICATORS } from '../../src/domain/indicators.js';

describe('wrapText: at spaces, never inside a word', () => {
  it.each([
    ['Leger des Heils Jeugdbescherming & Reclassering', 20, ['Leger des Heils', 'Jeugdbescherming &', 'Reclassering']],
    ['kort', 10, ['kort']],
    ['Jeugdbeschermingsorganisatie x', 10, ['Jeugdbeschermingsorganisatie', 'x']],
  ])('%s at %i', (text, width, lines) => {
    expect(wrapText(text, width)).toEqual(lines);
  });
});

describe('fitColumns', () => {
  const rows = [
    ['GI', ['Formatie jeugdbeschermers', 'Fte'], 'Ontbreekt'],
    ['Leger des Heils Jeugdbescherming & Reclassering', '46,9', 'Wachtlijst start, Wachtdagen start, Wachtdagen intern, Verloop, Verzuim'],
    ['Jeugdbescherming Noord', '154,6', ''],
  ];
  it('without a width: the full layout, one line per row', () => {
    const lines = fitColumns(rows, ['left', 'right', 'left'], { width: null });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('Formatie jeugdbeschermers');
  });
  it.each([40, 60, 80])('at %i columns every line fits and every word stays whole', (width) => {
    const lines = fitColumns(rows, ['left', 'right', 'left'], { width, wrap: [true, false, true] });
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
    const words = new Set(lines.join(' ').split(/\s+/u));
    for (const w of ['Jeugdbescherming', 'Reclassering', 'Wachtdagen', '46,9', '154,6']) expect(words.has(w) || words.has(`${w},`), w).toBe(true);
  });
  it('takes the short candidate only when the full one does not fit', () => {
    expect(fitColumns(rows, ['left', 'right', 'left'], { width: 200, wrap: [true, false, true] })[0]).toContain('Formatie jeugdbeschermers');
    expect(fitColumns(rows, ['left', 'right', 'left'], { width: 60, wrap: [true, false, true] })[0]).toMatch(/\bFte\b/u);
  });
  it('puts a list that would be too narrow beneath its row, after its header', () => {
    const lines = fitColumns(rows, ['left', 'right', 'left'], { width: 50, wrap: [true, false, true], spillLast: true });
    expect(lines.some((l) => l.startsWith('    Ontbreekt: Wachtlijst start'))).toBe(true);
  });
  it('splits a table that cannot fit into groups that repeat the first column', () => {
    const wide = [['GI', ...Array.from({ length: 12 }, (_, i) => `Kolom${i}`)], ['Noord', ...Array.from({ length: 12 }, () => '12.345')]];
    const lines = fitColumns(wide, ['left', ...Array.from({ length: 12 }, () => 'right' as const)], { width: 60, wrap: [true] });
    expect(lines.filter((l) => l.startsWith('GI')).length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
  });
});

describe('the registry has a short label for every indicator', () => {
  it.each(INDICATORS.map((d) => [d.id, d] as const))('%s', (_id, def) => {
    for (const lang of ['nl', 'en'] as const) expect(def.short[lang].length).toBeLessThanOrEqual(24);
    if (def.giColumn) for (const lang of ['nl', 'en'] as const) expect(Math.max(...(def.giAbbr ?? def.giColumn)[lang].split(' ').map((w) => w.length))).toBeLessThanOrEqual(7);
  });
});
