import { describe, expect, it } from 'vitest';
import { indicator } from '../../src/domain/indicators.js';
import { renderChangeBlock, renderOverTimeSections } from '../../src/render/table-over-time.js';
import { formatChange, formatRelative } from '../../src/render/section-rows.js';
import { renderCsv } from '../../src/render/csv.js';
import { PLAIN } from '../../src/render/style.js';
import { reportOf, sub } from './over-time-helpers.js';

describe('changes in the table and csv formats', () => {
  it('signs changes, in procentpunten for shares, without a sign for what rounds to zero', () => {
    expect(formatChange(13.000000000000455, indicator('formatie_fte'), 'nl')).toBe('+13');
    expect(formatChange(-0.012, indicator('personeelsverloop'), 'nl')).toBe('-1,2 %-punt');
    expect(formatChange(0.00001, indicator('aandeel_ots'), 'en')).toBe('0.0 pp');
    expect(formatRelative(-0.0108, 'nl')).toBe('-1,1%');
    expect(formatRelative(null, 'nl')).toBe('–');
  });

  const report = reportOf([
    sub('A', '2023-10-01', { maatregelen_totaal: 130, beschikbare_fte: 10 }), sub('B', '2023-10-01', { maatregelen_totaal: 110, beschikbare_fte: 10 }),
    sub('A', '2024-04-01', { maatregelen_totaal: 120, beschikbare_fte: 10 }),
  ], ['A', 'B']);

  it('shows the change block, the target over time, and says when a change is not comparable', () => {
    const block = renderChangeBlock(report.rounds[1]!, 'nl', PLAIN).join('\n');
    expect(block).toContain('Verandering t.o.v. vorige peildatum');
    expect(block).toMatch(/Maatregelen in behandeling\s+-120\s+-50,0%\s+1 oktober 2023\s+niet vergelijkbaar; zelfde 1 GI's: -10 \(-7,7%\)/u);
    const target = renderOverTimeSections(report, 'nl', PLAIN, false).join('\n');
    expect(target).toMatch(/GI's boven streefwaarde\s+1\s+0/u);
    expect(target).toMatch(/A\s+\+1,0\s+0,0/u);
    expect(target).toMatch(/B\s+-1,0\s+–/u);
    expect(renderOverTimeSections(report, 'nl', PLAIN, true).join('\n')).not.toMatch(/^A\s/mu);
  });

  it('adds change columns to csv only when there is more than one round', () => {
    const header = (r: typeof report) => renderCsv(r, { lang: 'en' }).split('\r\n')[0] ?? '';
    expect(header(report)).toContain('Measures in hand – change,Measures in hand – relative change,Measures in hand – compared with reference date,Measures in hand – comparable');
    expect(header(reportOf([sub('A', '2023-10-01', { maatregelen_totaal: 1 })], ['A']))).not.toContain('– change');
  });
});
