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

const DELIVERY = {
  nl: {
    summary: (date: string, complete: number, total: number, partial: number, none: number) =>
      `Aanleverstatus ${date}: ${complete} van de ${total} GI's ${complete === 1 ? 'leverde' : 'leverden'} alle cijfers, ${partial} een deel${none ? ` en ${none} niets` : ''}.`,
    nothing: 'niets aangeleverd',
    all: (n: number) => `alle ${n} GI's`,
    lacking: (fields: string) => `geen ${fields}`,
  },
  en: {
    summary: (date: string, complete: number, total: number, partial: number, none: number) =>
      `Delivery ${date}: ${complete} of the ${total} GIs delivered every figure, ${partial} some${none ? ` and ${none} nothing` : ''}.`,
    nothing: 'nothing delivered',
    all: (n: number) => `all ${n} GIs`,
    lacking: (fields: string) => `no ${fields}`,
  },
} as const;

/**
 * Who did not deliver what, per round: one sentence with the counts, then a list of the GIs with
 * what they lack; GIs that lack the same figures share a line, so a round of which every GI sent
 * only part stays short. Per GI, so it is left out with --alleen-landelijk.
 */
const delivery: TekstSection = (report, { lang, nationalOnly }) => {
  if (nationalOnly) return [];
  const w = DELIVERY[lang];
  return report.rounds.flatMap((round) => {
    const rows = round.aanleverstatus.map((r) => summariseDelivery(r, lang));
    const none = rows.filter((r) => !r.submitted).map((r) => r.gi);
    const partial = rows.filter((r) => r.submitted && r.missing.length > 0);
    if (none.length === 0 && partial.length === 0) return [];
    const complete = rows.length - none.length - partial.length;
    const byMissing = new Map<string, string[]>();
    for (const r of partial) {
      const key = r.missing.join(', ');
      byMissing.set(key, [...(byMissing.get(key) ?? []), r.gi]);
    }
    const who = (gis: string[]) => (gis.length === rows.length && gis.length > 1 ? w.all(gis.length) : joinList(gis, lang));
    const lines = [
      ...(none.length ? [`- ${who(none)}: ${w.nothing}`] : []),
      ...[...byMissing].map(([fields, gis]) => `- ${who(gis)}: ${w.lacking(fields)}`),
    ];
    return [[w.summary(formatLongDate(round.peildatum, lang), complete, rows.length, partial.length, none.length), ...lines].join('\n')];
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
