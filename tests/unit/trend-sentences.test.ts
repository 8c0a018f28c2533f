import { describe, expect, it } from 'vitest';
import { trendSentences } from '../../src/render/trend-sentences.js';
import { runCli } from '../helpers.js';
import type { Report } from '../../src/domain/model.js';
import { reportOf, sub } from './over-time-helpers.js';

async function reportFor(args: string[]): Promise<Report> {
  const result = await runCli(['compute', ...args, '--format', 'json']);
  expect(result.exitCode, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Report;
}

const find = (sentences: string[], start: string): string => sentences.find((s) => s.startsWith(start)) ?? `(no sentence starting with "${start}")`;

describe('trend sentences', () => {
  it('tells the 2024 rounds as the letter of June 2024 does', async () => {
    const nl = trendSentences(await reportFor(['fixtures/rondes-2023-2024']), 'nl');
    expect(find(nl, 'Het aantal maatregelen')).toBe('Het aantal maatregelen is gedaald van 32.429 op 1 oktober 2023, naar 32.168 op 1 januari 2024, tot 32.080 op 1 april 2024; een daling van 1%.');
    expect(find(nl, 'De formatie')).toBe('De formatie aan jeugdbeschermers is licht toegenomen van 2.543 fte op 1 oktober 2023 naar 2.556 fte op 1 april 2024 (1 januari 2024: geen cijfer); een toename van 0,5%.');
    expect(find(nl, 'Het personeelsverloop')).toBe('Het personeelsverloop is gedaald van 16,2% op 1 oktober 2023 naar 15,0% op 1 april 2024 (1 januari 2024: geen cijfer); een daling van 1,2 procentpunt.');
    expect(find(nl, 'Het ziekteverzuim')).toContain('is licht gedaald van 7,1% op 1 oktober 2023 naar 7,0% op 1 april 2024');
    expect(find(nl, 'De landelijke gemiddelde organisatieworkload')).toContain('is gedaald van 15,3 op 1 oktober 2023 naar 14,2 op 1 april 2024');
    expect(find(nl, 'Het totaal aantal wachtende kinderen')).toContain('is gedaald van 1.498 op 1 oktober 2023 naar 1.343 op 1 april 2024');
  });

  it('speaks English with lang en', async () => {
    const en = trendSentences(await reportFor(['fixtures/rondes-2023-2024']), 'en');
    expect(find(en, 'The number of measures')).toBe('The number of measures fell from 32,429 on 1 October 2023, to 32,168 on 1 January 2024, to 32,080 on 1 April 2024; a fall of 1%.');
    expect(find(en, 'Sickness absence')).toContain('fell slightly from 7.1% on 1 October 2023 to 7.0% on 1 April 2024');
    expect(find(en, 'Staff turnover')).toContain('a fall of 1.2 percentage points');
  });

  it('gives no verdict over figures that are not comparable, says why and gives the comparable part', async () => {
    const nl = trendSentences(await reportFor(['fixtures/nulmeting-2022-12-01', 'fixtures/rondes-2023-2024']), 'nl');
    const waiting = find(nl, 'Het aantal kinderen dat bij de start');
    expect(waiting).toContain('was ten minste 762 op 1 december 2022, 319 op 1 oktober 2023 en 518 op 1 april 2024.');
    expect(waiting).toContain('niet zonder meer vergelijkbaar: op 1 december 2022 leverden 10 van de 13 GI\'s dit cijfer (een ondergrens)');
    expect(waiting).toContain('Over vergelijkbare cijfers: het aantal kinderen dat bij de start niet binnen 5 dagen een jeugdbeschermer kreeg is toegenomen van 319 op 1 oktober 2023 naar 518 op 1 april 2024');
  });

  it('gives the like-for-like change when two rounds are not comparable', () => {
    const report = reportOf([
      sub('A', '2022-12-01', { maatregelen_totaal: 1000, wachtlijst_start: 100 }), sub('B', '2022-12-01', { maatregelen_totaal: 1000 }),
      sub('A', '2023-10-01', { maatregelen_totaal: 1000, wachtlijst_start: 50 }), sub('B', '2023-10-01', { maatregelen_totaal: 1000, wachtlijst_start: 70 }),
    ], ['A', 'B']);
    const nl = find(trendSentences(report, 'nl'), 'Het aantal kinderen dat bij de start');
    expect(nl).toBe('Het aantal kinderen dat bij de start niet binnen 5 dagen een jeugdbeschermer kreeg was ten minste 100 op 1 december 2022 en 120 op 1 oktober 2023. '
      + 'Deze cijfers zijn niet zonder meer vergelijkbaar: op 1 december 2022 leverde 1 van de 2 GI\'s dit cijfer (een ondergrens); op 1 oktober 2023 leverden 2 van de 2 GI\'s dit cijfer. '
      + 'Over dezelfde GI: een daling van 50%.');
    expect(find(trendSentences(report, 'en'), 'The number of children not assigned')).toContain('at least 100 on 1 December 2022 and 120 on 1 October 2023. These figures are not fully comparable');
  });

  it('says when a figure stayed the same, and says nothing for a single round', () => {
    const same = reportOf([sub('A', '2023-10-01', { maatregelen_totaal: 100 }), sub('A', '2024-04-01', { maatregelen_totaal: 100 })], ['A']);
    expect(trendSentences(same, 'nl')).toEqual(['Het aantal maatregelen is gelijk gebleven: 100 op 1 oktober 2023 en 100 op 1 april 2024.']);
    expect(trendSentences(reportOf([sub('A', '2023-10-01', { maatregelen_totaal: 100 })], ['A']), 'nl')).toEqual([]);
  });
});
