import type { Lang, Report } from '../domain/model.js';
import { formatLongDate } from '../domain/calendar.js';
import { ROUND_PARAGRAPHS } from './tekst-round.js';
import { trendSentences } from './trend-sentences.js';
import { joinList, normText, summariseDelivery } from './report-rows.js';
import { word } from './words.js';

export interface TekstOptions {
  lang: Lang;
  nationalOnly?: boolean;
}

/** One section of the text report: paragraphs (without blank lines), or none. */
export type TekstSection = (report: Report, options: TekstOptions) => string[];

const rounds: TekstSection = (report, { lang, nationalOnly }) => report.rounds.flatMap((round) => {
  const ctx = { round, lang, norm: normText(report, lang), nationalOnly: Boolean(nationalOnly) };
  const paragraphs = ROUND_PARAGRAPHS.map((p) => p(ctx)).filter((p): p is string => p !== null);
  // With several peildata each gets a heading; a single one is in its first sentence already.
  return report.rounds.length > 1 ? [`${word('peildatum', lang)} ${formatLongDate(round.peildatum, lang)}`, ...paragraphs] : paragraphs;
});

/** With several peildata: the whole period told as the letters do ("gedaald van … naar …"). */
const trend: TekstSection = (report, { lang }) => {
  if (report.rounds.length < 2) return [];
  const sentences = trendSentences(report, lang);
  return sentences.length ? [lang === 'nl' ? 'Ontwikkeling over de periode' : 'Over the period', ...sentences] : [];
};

/** Who did not deliver what: per GI, so it is left out with --alleen-landelijk. */
const delivery: TekstSection = (report, { lang, nationalOnly }) => {
  if (nationalOnly) return [];
  return report.rounds.flatMap((round) => {
    const rows = round.aanleverstatus.map((r) => summariseDelivery(r, lang));
    const none = rows.filter((r) => !r.submitted).map((r) => r.gi);
    const partial = rows.filter((r) => r.submitted && r.missing.length > 0).map((r) => `${r.gi} (${r.missing.join(', ')})`);
    const date = formatLongDate(round.peildatum, lang);
    const out: string[] = [];
    if (none.length) out.push(lang === 'nl' ? `Voor ${date} leverden ${joinList(none, lang)} niets aan.` : `For ${date}, ${joinList(none, lang)} delivered nothing.`);
    if (partial.length) out.push(lang === 'nl' ? `${word('delivery', lang)} ${date}, niet geleverd: ${partial.join('; ')}.` : `${word('delivery', lang)} ${date}, not delivered: ${partial.join('; ')}.`);
    return out;
  });
};

const sources: TekstSection = (report, { lang }) => [lang === 'nl'
  ? `Bron: ${report.inputs.length} aanleveringsbestanden, berekend met ${report.tool.name} ${report.tool.version} (definities ${report.definitions_version}).`
  : `Source: ${report.inputs.length} submission files, computed with ${report.tool.name} ${report.tool.version} (definitions ${report.definitions_version}).`];

/** The sections in order: each round, the period as a whole, who did not deliver, the sources. */
export const TEKST_SECTIONS: TekstSection[] = [rounds, trend, delivery, sources];

/** The key findings as plain sentences, one paragraph per line with a blank line between. */
export function renderTekst(report: Report, options: TekstOptions, sections: readonly TekstSection[] = TEKST_SECTIONS): string {
  const paragraphs = sections.flatMap((s) => s(report, options));
  return `${paragraphs.join('\n\n')}\n`;
}
