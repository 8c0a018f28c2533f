import type { Change, ComparisonVerdict, Lang, Report, Round } from '../domain/model.js';
import { formatLongDate } from '../domain/calendar.js';
import { INDICATORS, indicator, type IndicatorDef } from '../domain/indicators.js';
import { compareNames } from '../domain/order.js';
import { FIELD_BY_KEY } from '../domain/fields.js';
import type { FieldKey } from '../domain/model.js';
import { alignColumns } from './align-columns.js';
import { AT_LEAST, formatNumber, NOT_AVAILABLE } from './numbers.js';
import type { Style } from './style.js';

/** The fixed words of the over-time sections (kept here so the shared words.ts stays small). */
const T = {
  changes: { nl: 'Verandering t.o.v. vorige peildatum', en: 'Change since the previous reference date' },
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
  above: { nl: 'GI\'s boven streefwaarde', en: 'GIs above target' },
  gi: { nl: 'GI', en: 'GI' },
  revisions: { nl: 'Herleveringen (--revisions latest)', en: 'Re-deliveries (--revisions latest)' },
  peildatum: { nl: 'Peildatum', en: 'Reference date' },
  field: { nl: 'Veld', en: 'Field' },
  old: { nl: 'Oud', en: 'Old' },
  new: { nl: 'Nieuw', en: 'New' },
  files: { nl: 'Bestanden (oud → nieuw)', en: 'Files (old → new)' },
  comparison: { nl: 'Vergelijking met gepubliceerde cijfers (--compare)', en: 'Comparison with published figures (--compare)' },
  published: { nl: 'Gepubliceerd', en: 'Published' },
  computed: { nl: 'Berekend', en: 'Computed' },
  verdict: { nl: 'Oordeel', en: 'Verdict' },
  source: { nl: 'Bron', en: 'Source' },
  notComputed: { nl: 'niet berekend', en: 'not computed' },
} as const satisfies Record<string, Record<Lang, string>>;

/** A plus sign for a rise; none when the shown figure rounds to zero. */
/** The verdict of a comparison row in words; JSON keeps the code. */
export const VERDICT_WORDS: Record<ComparisonVerdict, Record<Lang, string>> = {
  gelijk: { nl: 'gelijk', en: 'equal' },
  verschil: { nl: 'verschil', en: 'different' },
  'verenigbaar-met-ondergrens': { nl: 'verenigbaar met de ondergrens', en: 'consistent with the lower bound' },
  'in-strijd-met-ondergrens': { nl: 'in strijd met de ondergrens', en: 'contradicts the lower bound' },
};

const signed = (text: string, value: number): string => (value > 0 && /[1-9]/u.test(text) ? `+${text}` : text);

/** A change as shown: "+13", "−1,2 %-punt" for shares (a difference of fractions). */
export function formatChange(value: number, def: IndicatorDef, level: 'national' | 'gi', lang: Lang): string {
  if (def.display === 'percent') return `${signed(formatNumber(value * 100, 1, lang), value)} ${T.points[lang]}`;
  return signed(formatNumber(value, def.decimals[level], lang), value);
}

export function formatRelative(value: number | null, lang: Lang): string {
  return value === null ? NOT_AVAILABLE : signed(formatNumber(value, 1, lang, true), value);
}

function note(change: Change, def: IndicatorDef, lang: Lang): string {
  if (change.comparable) return '';
  const lfl = change.like_for_like;
  if (!lfl || lfl.absolute === null) return T.notComparable[lang];
  return `${T.notComparable[lang]}; ${T.sameGis[lang]} ${lfl.gi_count} ${T.gis[lang]}: ${formatChange(lfl.absolute, def, 'national', lang)} (${formatRelative(lfl.relative, lang)})`;
}

/** Per round: each national figure's change against the latest earlier round that has it. */
export function renderChangeBlock(round: Round, lang: Lang, style: Style): string[] {
  const rows: string[][] = [];
  for (const def of INDICATORS) {
    const change = round.national[def.id]?.change;
    if (!change) continue;
    const since = formatLongDate(change.base_peildatum, lang);
    const skipped = change.skipped.length ? ` (${change.skipped.map((d) => formatLongDate(d, lang)).join(', ')} ${T.skipped[lang]})` : '';
    rows.push([def.label[lang], formatChange(change.absolute, def, 'national', lang), formatRelative(change.relative, lang), `${since}${skipped}`, note(change, def, lang)]);
  }
  if (!rows.length) return [];
  const head = [T.indicator[lang], T.change[lang], T.relative[lang], T.since[lang], T.note[lang]];
  return [style.bold(T.changes[lang]), ...alignColumns([head, ...rows], ['left', 'right', 'right', 'left', 'left'], (t, r) => (r === 0 ? style.bold(t) : t)), ''];
}

function targetBlock(report: Report, lang: Lang, style: Style, nationalOnly: boolean): string[] {
  if (report.rounds.length < 2) return [];
  const above = indicator('gis_boven_streefwaarde');
  const minus = indicator('workload_boven_streefwaarde');
  const head = [T.gi[lang], ...report.rounds.map((r) => r.peildatum)];
  const rows: string[][] = [[T.above[lang], ...report.rounds.map((r) => {
    const v = r.national[above.id]?.value ?? null;
    return v === null ? NOT_AVAILABLE : formatNumber(v, 0, lang);
  })]];
  if (!nationalOnly) {
    const names = [...new Set(report.rounds.flatMap((r) => r.expected))].sort(compareNames);
    for (const name of names) {
      rows.push([name, ...report.rounds.map((r) => {
        const v = r.gis.find((g) => g.gi === name)?.indicators[minus.id]?.value ?? null;
        return v === null ? NOT_AVAILABLE : signed(formatNumber(v, 1, lang), v);
      })]);
    }
  }
  const norm = formatNumber(report.options.norm, Number.isInteger(report.options.norm) ? 0 : 1, lang);
  return [style.bold(`${T.target[lang]} (${norm})`), ...alignColumns([head, ...rows], ['left', ...report.rounds.map(() => 'right' as const)], (t, r) => (r === 0 ? style.bold(t) : t)), ''];
}

function figure(field: string, value: number | null, lang: Lang): string {
  if (value === null) return NOT_AVAILABLE;
  const type = FIELD_BY_KEY.get(field as FieldKey)?.type;
  if (type === 'percent') return formatNumber(value, 1, lang, true);
  return formatNumber(value, type === 'fte' ? 1 : 0, lang);
}

function revisionsBlock(report: Report, lang: Lang, style: Style): string[] {
  if (!report.revisions) return [];
  const head = [T.gi[lang], T.peildatum[lang], T.field[lang], T.old[lang], T.new[lang], T.files[lang]];
  const rows = report.revisions.map((r) => [
    r.gi, r.peildatum, FIELD_BY_KEY.get(r.field as FieldKey)?.label[lang] ?? r.field,
    figure(r.field, r.old, lang), figure(r.field, r.new, lang), `${r.old_file ?? ''} → ${r.new_file ?? ''}`,
  ]);
  return [style.bold(`${T.revisions[lang]}: ${report.revisions.length}`), ...(rows.length ? alignColumns([head, ...rows], ['left', 'left', 'left', 'right', 'right', 'left'], (t, r) => (r === 0 ? style.bold(t) : t)) : []), ''];
}

function comparisonBlock(report: Report, lang: Lang, style: Style): string[] {
  if (!report.comparison) return [];
  const head = [T.peildatum[lang], T.indicator[lang], T.published[lang], T.computed[lang], T.verdict[lang], T.source[lang]];
  const rows = report.comparison.map((c) => {
    const pct = indicator(c.indicator).display === 'percent' ? '%' : '';
    const bound = c.lower_bound ? `${AT_LEAST[lang]} ` : '';
    const computed = c.computed === null ? NOT_AVAILABLE : `${bound}${formatNumber(c.computed, c.decimals + 2, lang)}${pct}`;
    const verdict = c.verdict === null ? T.notComputed[lang] : VERDICT_WORDS[c.verdict][lang];
    return [c.peildatum, c.indicator, `${formatNumber(c.published, c.decimals, lang)}${pct}`, computed, verdict, c.source];
  });
  return [style.bold(T.comparison[lang]), ...alignColumns([head, ...rows], ['left', 'left', 'right', 'right', 'left', 'left'], (t, r) => (r === 0 ? style.bold(t) : t)), ''];
}

/** The sections after the rounds: target over time, re-deliveries, published comparison. */
export function renderOverTimeSections(report: Report, lang: Lang, style: Style, nationalOnly: boolean): string[] {
  return [...targetBlock(report, lang, style, nationalOnly), ...revisionsBlock(report, lang, style), ...comparisonBlock(report, lang, style)];
}

/** The same words and change notes for the Word report's over-time tables. */
export { T as OVER_TIME_WORDS, note as changeNote };
