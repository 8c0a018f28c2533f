import type { Change, ComparisonVerdict, FieldKey, Lang, Report, Round } from '../domain/model.js';
import { formatLongDate } from '../domain/calendar.js';
import { INDICATORS, indicator, type IndicatorDef } from '../domain/indicators.js';
import { compareNames } from '../domain/order.js';
import { FIELD_BY_KEY } from '../domain/fields.js';
import type { Align } from './align-columns.js';
import { AT_LEAST, formatNumber, NOT_AVAILABLE } from './numbers.js';
import { normText } from './report-rows.js';

/**
 * The sections beside the key figures — changes since the previous round, the target over time,
 * the re-deliveries (--revisions latest) and the comparison with published figures (--compare) —
 * as rows every format lays out its own way: the same cells, so the formats cannot drift apart.
 */

/** A number in a cell, for formats that keep numbers (xlsx): `text` is how the others show it. */
export interface SectionNumber {
  value: number;
  decimals: number;
  /** A fraction shown as a percentage. */
  percent?: boolean;
  /** A plus sign before a rise. */
  signed?: boolean;
  prefix?: string;
  suffix?: string;
}

export interface SectionCell {
  text: string;
  /** A shorter text for a narrow terminal (an indicator's short name). */
  short?: string;
  number?: SectionNumber;
  /** An ISO date (a peildatum), for formats that keep dates (xlsx). */
  date?: string;
}

export interface SectionTable {
  id: 'changes' | 'target' | 'revisions' | 'comparison';
  title: string;
  /** A short name for a worksheet (at most 31 characters). */
  sheet: string;
  head: string[];
  /** Header cells that are peildata (ISO), for formats that keep dates (xlsx); the text formats show `head`. */
  headDates?: (string | null)[];
  align: Align[];
  /** Columns whose text may wrap at spaces on a narrow terminal. */
  wrap: boolean[];
  rows: SectionCell[][];
}

/** The fixed words of these sections. */
const T = {
  changes: { nl: 'Verandering t.o.v. vorige peildatum', en: 'Change since the previous reference date' },
  changesSheet: { nl: 'Veranderingen', en: 'Changes' },
  indicator: { nl: 'Indicator', en: 'Indicator' },
  change: { nl: 'Verandering', en: 'Change' },
  relative: { nl: 'Relatief', en: 'Relative' },
  since: { nl: 'Sinds', en: 'Since' },
  note: { nl: 'Opmerking', en: 'Note' },
  skipped: { nl: 'overgeslagen: geen cijfer', en: 'skipped: no figure' },
  notComparable: { nl: 'niet vergelijkbaar', en: 'not comparable' },
  sameGis: { nl: 'zelfde', en: 'same' },
  gis: { nl: 'GI\'s', en: 'GIs' },
  points: { nl: '%-punt', en: 'pp' },
  target: { nl: 'Streefwaarde door de tijd: workload min streefwaarde', en: 'Target over time: workload minus target' },
  targetSheet: { nl: 'Streefwaarde', en: 'Target' },
  above: { nl: 'GI\'s boven streefwaarde', en: 'GIs above target' },
  gi: { nl: 'GI', en: 'GI' },
  revisions: { nl: 'Herleveringen (--revisions latest)', en: 'Re-deliveries (--revisions latest)' },
  revisionsSheet: { nl: 'Herleveringen', en: 'Re-deliveries' },
  peildatum: { nl: 'Peildatum', en: 'Reference date' },
  field: { nl: 'Veld', en: 'Field' },
  old: { nl: 'Oud', en: 'Old' },
  new: { nl: 'Nieuw', en: 'New' },
  files: { nl: 'Bestanden (oud → nieuw)', en: 'Files (old → new)' },
  revisionsCounted: { nl: 'cijfers vervangen door een latere aanlevering van dezelfde GI.', en: 'figures replaced by a later delivery of the same GI.' },
  comparison: { nl: 'Vergelijking met gepubliceerde cijfers (--compare)', en: 'Comparison with published figures (--compare)' },
  comparisonSheet: { nl: 'Vergelijking', en: 'Comparison' },
  published: { nl: 'Gepubliceerd', en: 'Published' },
  computed: { nl: 'Berekend', en: 'Computed' },
  verdict: { nl: 'Oordeel', en: 'Verdict' },
  source: { nl: 'Bron', en: 'Source' },
  notComputed: { nl: 'niet berekend', en: 'not computed' },
} as const satisfies Record<string, Record<Lang, string>>;

/** The verdict of a comparison row in words; JSON keeps the code. */
export const VERDICT_WORDS: Record<ComparisonVerdict, Record<Lang, string>> = {
  gelijk: { nl: 'gelijk', en: 'equal' },
  verschil: { nl: 'verschil', en: 'different' },
  'verenigbaar-met-ondergrens': { nl: 'verenigbaar met de ondergrens', en: 'consistent with the lower bound' },
  'in-strijd-met-ondergrens': { nl: 'in strijd met de ondergrens', en: 'contradicts the lower bound' },
};

/** A plus sign for a rise; none when the shown figure rounds to zero. */
const signed = (text: string, value: number): string => (value > 0 && /[1-9]/u.test(text) ? `+${text}` : text);

const plain = (text: string): SectionCell => ({ text });
/** A peildatum: shown as written in the report (ISO), kept as a date where a format has dates. */
export const dateCell = (iso: string): SectionCell => ({ text: iso, date: iso });
const missing = (): SectionCell => ({ text: NOT_AVAILABLE });

/** A cell with a number, shown in the report language: the text follows from the number. */
function numberCell(n: SectionNumber, lang: Lang): SectionCell {
  const shown = formatNumber(n.value, n.decimals, lang, n.percent);
  return { text: `${n.prefix ?? ''}${n.signed ? signed(shown, n.value) : shown}${n.suffix ?? ''}`, number: n };
}

/** A change as shown: "+13", "-1,2 %-punt" for shares (a difference of fractions). */
function changeNumber(value: number, def: IndicatorDef, lang: Lang): SectionNumber {
  return def.display === 'percent'
    ? { value: value * 100, decimals: 1, signed: true, suffix: ` ${T.points[lang]}` }
    : { value, decimals: def.decimals.national, signed: true };
}

export function formatChange(value: number, def: IndicatorDef, lang: Lang): string {
  return numberCell(changeNumber(value, def, lang), lang).text;
}

function relativeCell(value: number | null, lang: Lang): SectionCell {
  return value === null ? missing() : numberCell({ value, decimals: 1, percent: true, signed: true }, lang);
}

export const formatRelative = (value: number | null, lang: Lang): string => relativeCell(value, lang).text;

function note(change: Change, def: IndicatorDef, lang: Lang): string {
  if (change.comparable) return '';
  const lfl = change.like_for_like;
  if (!lfl || lfl.absolute === null) return T.notComparable[lang];
  return `${T.notComparable[lang]}; ${T.sameGis[lang]} ${lfl.gi_count} ${T.gis[lang]}: ${formatChange(lfl.absolute, def, lang)} (${formatRelative(lfl.relative, lang)})`;
}

/** Per round: each national figure's change against the latest earlier round that has it; null without any. */
export function changeSection(round: Round, lang: Lang): SectionTable | null {
  const rows: SectionCell[][] = [];
  for (const def of INDICATORS) {
    const change = round.national[def.id]?.change;
    if (!change) continue;
    const since = formatLongDate(change.base_peildatum, lang);
    const skipped = change.skipped.length ? ` (${change.skipped.map((d) => formatLongDate(d, lang)).join(', ')} ${T.skipped[lang]})` : '';
    rows.push([{ text: def.label[lang], short: def.short[lang] }, numberCell(changeNumber(change.absolute, def, lang), lang), relativeCell(change.relative, lang), plain(`${since}${skipped}`), plain(note(change, def, lang))]);
  }
  if (!rows.length) return null;
  return {
    id: 'changes', title: T.changes[lang], sheet: T.changesSheet[lang],
    head: [T.indicator[lang], T.change[lang], T.relative[lang], T.since[lang], T.note[lang]],
    align: ['left', 'right', 'right', 'left', 'left'], wrap: [true, false, false, true, true], rows,
  };
}

function targetSection(report: Report, lang: Lang, nationalOnly: boolean): SectionTable | null {
  if (report.rounds.length < 2) return null;
  const above = indicator('gis_boven_streefwaarde');
  const minus = indicator('workload_boven_streefwaarde');
  const rows: SectionCell[][] = [[plain(T.above[lang]), ...report.rounds.map((r) => {
    const v = r.national[above.id]?.value ?? null;
    return v === null ? missing() : numberCell({ value: v, decimals: 0 }, lang);
  })]];
  if (!nationalOnly) {
    const names = [...new Set(report.rounds.flatMap((r) => r.expected))].sort(compareNames);
    for (const name of names) {
      rows.push([plain(name), ...report.rounds.map((r) => {
        const v = r.gis.find((g) => g.gi === name)?.indicators[minus.id]?.value ?? null;
        return v === null ? missing() : numberCell({ value: v, decimals: 1, signed: true }, lang);
      })]);
    }
  }
  return {
    id: 'target', title: `${T.target[lang]} (${normText(report, lang)})`, sheet: T.targetSheet[lang],
    head: [T.gi[lang], ...report.rounds.map((r) => r.peildatum)],
    headDates: [null, ...report.rounds.map((r) => r.peildatum)],
    align: ['left', ...report.rounds.map(() => 'right' as const)], wrap: [true], rows,
  };
}

/** A re-delivered figure at the precision of its field. */
function figureCell(field: string, value: number | null, lang: Lang): SectionCell {
  if (value === null) return missing();
  const type = FIELD_BY_KEY.get(field as FieldKey)?.type;
  if (type === 'percent') return numberCell({ value, decimals: 1, percent: true }, lang);
  return numberCell({ value, decimals: type === 'fte' ? 1 : 0 }, lang);
}

function revisionsSection(report: Report, lang: Lang, nationalOnly: boolean): SectionTable | null {
  if (!report.revisions) return null;
  const count = report.revisions.length;
  return {
    id: 'revisions', sheet: T.revisionsSheet[lang],
    // A re-delivery is one GI's figure in one GI's file: a publication gives only their number.
    title: nationalOnly ? `${T.revisions[lang]}: ${count} ${T.revisionsCounted[lang]}` : `${T.revisions[lang]}: ${count}`,
    head: [T.gi[lang], T.peildatum[lang], T.field[lang], T.old[lang], T.new[lang], T.files[lang]],
    align: ['left', 'left', 'left', 'right', 'right', 'left'], wrap: [true, false, true, false, false, true],
    rows: nationalOnly ? [] : report.revisions.map((r) => [
      plain(r.gi), dateCell(r.peildatum), plain(FIELD_BY_KEY.get(r.field as FieldKey)?.label[lang] ?? r.field),
      figureCell(r.field, r.old, lang), figureCell(r.field, r.new, lang), plain(`${r.old_file ?? ''} → ${r.new_file ?? ''}`),
    ]),
  };
}

function comparisonSection(report: Report, lang: Lang): SectionTable | null {
  if (!report.comparison) return null;
  return {
    id: 'comparison', title: T.comparison[lang], sheet: T.comparisonSheet[lang],
    head: [T.peildatum[lang], T.indicator[lang], T.published[lang], T.computed[lang], T.verdict[lang], T.source[lang]],
    align: ['left', 'left', 'right', 'right', 'left', 'left'], wrap: [false, false, false, false, true, true],
    rows: report.comparison.map((c) => {
      // Both on the published scale: percent indicators in percent (2,2%), not as fractions.
      const suffix = indicator(c.indicator).display === 'percent' ? '%' : '';
      const computed = c.computed === null ? missing() : numberCell({ value: c.computed, decimals: c.decimals + 2, suffix, ...(c.lower_bound ? { prefix: `${AT_LEAST[lang]} ` } : {}) }, lang);
      const verdict = c.verdict === null ? T.notComputed[lang] : VERDICT_WORDS[c.verdict][lang];
      return [dateCell(c.peildatum), plain(c.indicator), numberCell({ value: c.published, decimals: c.decimals, suffix }, lang), computed, plain(verdict), plain(c.source)];
    }),
  };
}

/** The sections after the rounds, in order: target over time, re-deliveries, published comparison. */
export function overTimeSections(report: Report, lang: Lang, nationalOnly: boolean): SectionTable[] {
  return [targetSection(report, lang, nationalOnly), revisionsSection(report, lang, nationalOnly), comparisonSection(report, lang)].filter((s): s is SectionTable => s !== null);
}

/** The cells of a section as text, header first: for the formats that lay out text. */
export const sectionTexts = (s: SectionTable): string[][] => [s.head, ...s.rows.map((r) => r.map((c) => c.text))];

/** The same words and change notes for the Word report's own over-time tables. */
export { T as OVER_TIME_WORDS, note as changeNote };
