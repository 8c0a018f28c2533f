import { describe, expect, it } from 'vitest';
import { renderTekst, TEKST_SECTIONS, type TekstSection } from '../../src/render/tekst.js';
import { reportOf } from './render-helpers.js';

describe('tekst: the key findings as sentences', async () => {
  const nl = await reportOf(['fixtures/nulmeting-2022-12-01']);
  const en = await reportOf(['fixtures/nulmeting-2022-12-01', '--lang', 'en']);

  it.each([
    'Op 1 december 2022 waren er 33.859 maatregelen in uitvoering: 58% OTS, 27% voogdij en 15% jeugdreclassering.',
    'De landelijk gemiddelde organisatieworkload bedraagt 16,5 maatregelen per jeugdbeschermer (33.859/2.053)',
    'Ten minste 762 kinderen (2,3% van alle maatregelen) kregen niet binnen 5 dagen een jeugdbeschermer toegewezen; ten minste 1.210 kinderen (3,6%) stonden op een interne wachtlijst.',
    'De formatie van de GI\'s bedroeg 2.566 fte, waarvan 80,0% (2.053 fte) daadwerkelijk beschikbaar was.',
  ])('nl: %s', (sentence) => {
    expect(renderTekst(nl, { lang: 'nl' })).toContain(sentence);
  });

  it.each([
    'On 1 December 2022 there were 33,859 measures in hand',
    'The national average organisation workload is 16.5 measures per jeugdbeschermer (33,859/2,053)',
    'At least 762 children (2.3% of all measures) were not assigned a jeugdbeschermer within 5 days',
  ])('en: %s', (sentence) => {
    expect(renderTekst(en, { lang: 'en' })).toContain(sentence);
  });

  it('puts no "ongeveer" / "about" before a computed figure (it is exact at its display precision)', () => {
    expect(renderTekst(nl, { lang: 'nl' })).not.toMatch(/\bongeveer\b/u);
    expect(renderTekst(en, { lang: 'en' })).not.toMatch(/\babout\b/u);
  });

  it('names the GIs that could not deliver, except with --alleen-landelijk', () => {
    expect(renderTekst(nl, { lang: 'nl' })).toContain('Niet alle GI\'s konden deze cijfers leveren (Jeugdbescherming Limburg,');
    expect(renderTekst(nl, { lang: 'nl', nationalOnly: true })).toContain('Niet alle GI\'s konden deze cijfers leveren.');
  });

  it.each([
    ['nl', 'Aanleverstatus 1 december 2022: 4 van de 13 GI\'s leverden alle cijfers, 9 een deel.\n- De Jeugd- & Gezinsbeschermers en Jeugdbescherming Brabant: geen Wachtdagen start, Wachtdagen intern, Verloop, Verzuim\n'],
    ['en', 'Delivery 1 December 2022: 4 of the 13 GIs delivered every figure, 9 some.\n- De Jeugd- & Gezinsbeschermers and Jeugdbescherming Brabant: no '],
  ] as const)('%s: sums up the aanleverstatus in one sentence, GIs lacking the same figures on one line of the list', (lang, text) => {
    expect(renderTekst(lang === 'nl' ? nl : en, { lang })).toContain(text);
    expect(renderTekst(lang === 'nl' ? nl : en, { lang, nationalOnly: true })).not.toContain(lang === 'nl' ? 'Aanleverstatus' : 'Delivery 1');
  });

  it('takes another section without touching the others (e.g. changes over time)', () => {
    const extra: TekstSection = () => ['Een extra alinea.'];
    const sections = [TEKST_SECTIONS[0], extra, ...TEKST_SECTIONS.slice(1)].filter((s): s is TekstSection => s !== undefined);
    const text = renderTekst(nl, { lang: 'nl' }, sections);
    expect(text).toMatch(/toegewezen;[^\n]*\n\n[^\n]*personeelsverloop[^\n]*\n\nEen extra alinea\.\n\n/u);
  });
});
