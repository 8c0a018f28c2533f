import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Report } from '../../src/domain/model.js';
import { FORMATS } from '../../src/render/formats.js';
import { optionItems, optionsSentence } from '../../src/render/option-words.js';
import { ROOT, runCli } from '../helpers.js';
import { reportText } from './render-helpers.js';

/**
 * Publication mode (--alleen-landelijk): no GI named anywhere (figures, footnotes, coverage,
 * re-deliveries, changes), inputs by file name and hash only, in every format. The scenarios
 * have GIs that did not deliver (named in an analyst's report), re-deliveries and changes over
 * rounds whose like-for-like part excludes GIs.
 */
const REGISTER = JSON.parse(readFileSync(path.join(ROOT, 'data', 'gi-register.json'), 'utf8')) as { gis: { name: string }[] };
// The part of a name before "&": html escapes the ampersand, and the rest is distinctive enough.
const NAMES = REGISTER.gis.map((g) => g.name.split('&')[0]?.trim() ?? g.name).filter((n) => n.length > 5);

const SCENARIOS = [
  { name: 'four rounds with --compare', args: ['fixtures/nulmeting-2022-12-01', 'fixtures/rondes-2023-2024', '--compare', 'data/published.csv'] },
  { name: 're-deliveries with --revisions latest', args: ['fixtures/herlevering-2022-12-01', '--revisions', 'latest'] },
];


describe('--alleen-landelijk names no GI and no folder, in every format', () => {
  for (const scenario of SCENARIOS) {
    for (const format of FORMATS) {
      it(`${scenario.name}: ${format.id}`, async () => {
        const run = await runCli(['compute', ...scenario.args, '--format', format.id, '--alleen-landelijk']);
        expect(run.exitCode, run.stderr).toBe(0);
        const text = await reportText(run.stdoutBytes, Boolean(format.binary));
        for (const name of NAMES) expect(text, name).not.toContain(name);
        // Inputs by file name: no folder of the analyst's disk.
        expect(text).not.toMatch(/fixtures[\\/]|data[\\/]published/u);
        if (['table', 'html', 'md'].includes(format.id)) {
          expect(text.replace(/&#39;/gu, "'")).toMatch(/\b(?:\d|1[0-2]) van de 13 GI's/u);
          expect(text.replace(/&#39;/gu, "'")).toContain('Niet alle GI\'s konden alle cijfers leveren');
        }
      });
    }
  }

  it('json: the counts stay where the names are emptied', async () => {
    const run = await runCli(['compute', ...SCENARIOS[0]!.args, '--format', 'json', '--alleen-landelijk']);
    const report = JSON.parse(run.stdout) as Report;
    const start = report.rounds[0]?.national.wachtlijst_start;
    expect(start).toMatchObject({ gi_count: 10, gi_total: 13, missing: [], lower_bound: true });
    expect(report.inputs.every((i) => !i.path.includes('/') && /^[0-9a-f]{64}$/u.test(i.sha256))).toBe(true);
    expect(report.options.compare).toBe('published.csv');
  });

  it('without it the missing GIs stay named', async () => {
    const run = await runCli(['compute', 'fixtures/nulmeting-2022-12-01']);
    expect(run.stdout).toMatch(/ten minste 762 +10\/13 GI's +Jeugdbescherming Limburg/u);
    expect(run.stdout).toContain('fixtures/nulmeting-2022-12-01/svmn.xlsx');
  });
});

describe('the options in words', () => {
  const base = { norm: 12, decimal: null, peildatum: null, strict: false, lang: 'nl', alleen_landelijk: false } as Report['options'];
  const report = (options: Partial<Report['options']>) => ({ options: { ...base, ...options } }) as Report;
  it.each([
    ['nl', {}, 'streefwaarde 12; decimaalteken: per bestand herkend; peildatum: uit de bestanden; waarschuwingen: toegestaan; taal: Nederlands; alleen landelijke cijfers: nee; herleveringen: fout'],
    ['en', { lang: 'en' }, 'target 12; decimal mark: recognised per file; reference date: from the files; warnings: allowed; language: English; national figures only: no; re-deliveries: error'],
    ['nl', { norm: 12.5, decimal: 'comma', peildatum: '2022-12-01', strict: true, alleen_landelijk: true, revisions: 'latest' },
      'streefwaarde 12,5; decimaalteken: komma; peildatum: 1 december 2022; waarschuwingen: gelden als fout; taal: Nederlands; alleen landelijke cijfers: ja; herleveringen: de laatste aanlevering telt'],
  ] as const)('%s %j', (lang, options, sentence) => {
    expect(optionsSentence(report(options), lang)).toBe(sentence);
  });

  it('names case-file options, the period and the published figures in words, never as keys', () => {
    const items = optionItems(report({ werkdagen: true, drempel: 5, feestdagen: 'extra.txt', since: '2023-10-01', until: '2024-04-01', compare: 'published.csv', compare_sha256: 'ab' }), 'nl');
    expect(items.slice(7).map((i) => `${i.label}: ${i.value}`)).toEqual([
      'wachtdagen: werkdagen', 'drempel: 5 dagen', 'extra feestdagen: extra.txt', 'peildata vanaf: 1 oktober 2023',
      'peildata tot en met: 1 april 2024', 'vergeleken met: published.csv (sha256:ab)',
    ]);
  });

  it.each(['html', 'md'])('%s prints no raw option key', async (format) => {
    const run = await runCli(['compute', 'fixtures/nulmeting-2022-12-01', '--format', format]);
    expect(run.stdout).toContain('streefwaarde 12; ');
    expect(run.stdout).not.toMatch(/alleen_landelijk|decimal=/u);
  });
});
