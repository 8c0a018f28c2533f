import type { Lang, NationalValue, Report, Round } from '../domain/model.js';
import { formatLongDate } from '../domain/calendar.js';
import { INDICATORS, type IndicatorDef } from '../domain/indicators.js';
import { AT_LEAST, formatIndicator, formatNumber } from './numbers.js';

/** The indicators the letters tell over time, in the letters' order: those with a trend sentence in the registry. */
const SUBJECTS = INDICATORS.flatMap((def) => (def.trendSentence ? [{ def, ...def.trendSentence }] : [])).sort((a, b) => a.order - b.order);

/** Below these a change is "licht" (slight): 1% of the value, or half a procentpunt for shares. */
const SLIGHT_RELATIVE = 0.01;
const SLIGHT_POINTS = 0.5;

interface Point {
  round: Round;
  value: NationalValue & { value: number };
}

type Subject = (typeof SUBJECTS)[number];

const W = {
  nl: { on: 'op', from: 'van', to: 'naar', until: 'tot', and: 'en', fell: 'gedaald', rose: 'toegenomen', slightly: 'licht', was: 'was', same: 'is gelijk gebleven', fall: 'een daling', rise: 'een toename', points: 'procentpunt', noFigure: 'geen cijfer', comparable: 'Over vergelijkbare cijfers:' },
  en: { on: 'on', from: 'from', to: 'to', until: 'to', and: 'and', fell: 'fell', rose: 'rose', slightly: 'slightly', was: 'was', same: 'stayed the same', fall: 'a fall', rise: 'an increase', points: 'percentage point', noFigure: 'no figure', comparable: 'Comparable figures:' },
} as const;

function shown(p: Point, def: IndicatorDef, subject: Subject, lang: Lang): string {
  const text = formatIndicator(p.value.value, def, 'national', lang);
  const unit = subject.unit ? ` ${subject.unit[lang]}` : '';
  return `${p.value.lower_bound ? `${AT_LEAST[lang]} ` : ''}${text}${unit}`;
}

const at = (p: Point, lang: Lang): string => `${W[lang].on} ${formatLongDate(p.round.peildatum, lang)}`;

/** "van A op d1, naar B op d2, tot C op d3" / "from A on d1 to B on d2". */
function series(points: readonly Point[], def: IndicatorDef, subject: Subject, lang: Lang): string {
  const w = W[lang];
  const parts = points.map((p) => `${shown(p, def, subject, lang)} ${at(p, lang)}`);
  if (parts.length === 2) return `${w.from} ${parts[0] ?? ''} ${w.to} ${parts[1] ?? ''}`;
  return parts.map((t, i) => (i === 0 ? `${w.from} ${t}` : i === parts.length - 1 ? `${w.until} ${t}` : `${w.to} ${t}`)).join(', ');
}

/** "A op d1, B op d2 en C op d3". */
function list(points: readonly Point[], def: IndicatorDef, subject: Subject, lang: Lang): string {
  const parts = points.map((p) => `${shown(p, def, subject, lang)} ${at(p, lang)}`);
  const last = parts.pop() ?? '';
  return parts.length ? `${parts.join(', ')} ${W[lang].and} ${last}` : last;
}

function contributors(p: Point): Set<string> {
  const missing = new Set(p.value.missing);
  return new Set(p.round.expected.filter((g) => !missing.has(g)));
}

function comparable(a: Point, b: Point): boolean {
  const x = contributors(a);
  const y = contributors(b);
  return a.value.lower_bound === b.value.lower_bound && x.size === y.size && [...x].every((g) => y.has(g));
}

/** "een daling van 1%" / "een toename van 1,2 procentpunt": a change from `from` to `to`. */
function amount(from: number, to: number, def: IndicatorDef, lang: Lang): { text: string; slight: boolean } {
  const w = W[lang];
  const noun = to < from ? w.fall : w.rise;
  if (def.display === 'percent') {
    const points = Math.abs(to - from) * 100;
    const unit = lang === 'en' && formatNumber(points, 1, lang) !== '1.0' ? `${w.points}s` : w.points;
    return { text: `${noun} ${lang === 'nl' ? 'van' : 'of'} ${formatNumber(points, 1, lang)} ${unit}`, slight: points < SLIGHT_POINTS };
  }
  const rel = from === 0 ? null : Math.abs(to - from) / Math.abs(from);
  if (rel === null) return { text: '', slight: false };
  const decimals = rel >= 0.995 / 100 ? 0 : 1;
  return { text: `${noun} ${lang === 'nl' ? 'van' : 'of'} ${formatNumber(rel, decimals, lang, true)}`, slight: rel < SLIGHT_RELATIVE };
}

/** The sentence for points that are comparable: "… is gedaald van … naar …; een daling van 1%." */
function comparableSentence(subject: string, points: readonly Point[], def: IndicatorDef, s: Subject, lang: Lang, skipped: string): string {
  const w = W[lang];
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return '';
  if (formatIndicator(first.value.value, def, 'national', lang) === formatIndicator(last.value.value, def, 'national', lang)) {
    return `${subject} ${w.same}: ${list(points, def, s, lang)}${skipped}.`;
  }
  const change = amount(first.value.value, last.value.value, def, lang);
  const direction = last.value.value < first.value.value ? w.fell : w.rose;
  // Dutch: "licht gedaald"; English: "fell slightly".
  const verb = change.slight ? (lang === 'nl' ? `${w.slightly} ${direction}` : `${direction} ${w.slightly}`) : direction;
  const phrase = lang === 'nl' ? `${subject} is ${verb}` : `${subject} ${verb}`;
  return `${phrase} ${series(points, def, s, lang)}${skipped}${change.text ? `; ${change.text}` : ''}.`;
}

function caveat(points: readonly Point[], lang: Lang): string {
  const last = points[points.length - 1];
  if (!last) return '';
  const parts = points.filter((p) => p === last || !comparable(p, last)).map((p) => {
    const n = contributors(p).size;
    const total = p.round.expected.length;
    const date = formatLongDate(p.round.peildatum, lang);
    return lang === 'nl'
      ? `op ${date} ${n === 1 ? 'leverde' : 'leverden'} ${n} van de ${total} GI's dit cijfer${p.value.lower_bound ? ' (een ondergrens)' : ''}`
      : `on ${date} ${n} of ${total} GIs delivered this figure${p.value.lower_bound ? ' (a lower bound)' : ''}`;
  });
  return lang === 'nl' ? `Deze cijfers zijn niet zonder meer vergelijkbaar: ${parts.join('; ')}.` : `These figures are not fully comparable: ${parts.join('; ')}.`;
}

function likeForLike(points: readonly Point[], def: IndicatorDef, lang: Lang): string {
  const first = points[0];
  const last = points[points.length - 1];
  const lfl = last?.value.change?.like_for_like;
  if (!first || !last || !lfl || last.value.change?.base_peildatum !== first.round.peildatum || lfl.absolute === null || lfl.gi_count === 0) return '';
  const w = W[lang];
  const noun = lfl.absolute < 0 ? w.fall : w.rise;
  const size = def.display === 'percent'
    ? `${formatNumber(Math.abs(lfl.absolute) * 100, 1, lang)} ${lang === 'en' ? `${w.points}s` : w.points}`
    : lfl.relative === null ? formatNumber(Math.abs(lfl.absolute), def.decimals.national, lang) : formatNumber(Math.abs(lfl.relative), Math.abs(lfl.relative) >= 0.00995 ? 0 : 1, lang, true);
  return lang === 'nl'
    ? ` Over dezelfde ${lfl.gi_count === 1 ? 'GI' : `${lfl.gi_count} GI's`}: ${noun} van ${size}.`
    : ` Over the same ${lfl.gi_count === 1 ? 'GI' : `${lfl.gi_count} GIs`}: ${noun} of ${size}.`;
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * The whole period told as the letters do, one paragraph per indicator: "Het aantal maatregelen
 * is gedaald van 32.429 op 1 oktober 2023, naar 32.168 op 1 januari 2024, tot 32.080 op 1 april
 * 2024; een daling van 1%." Shares change in procentpunten; lower bounds say "ten minste";
 * figures over different GIs are listed without a verdict, with the reason and the comparable part.
 * Rounds without the figure are named, never read as zero.
 */
export function trendSentences(report: Report, lang: Lang): string[] {
  if (!report.valid || report.rounds.length < 2) return [];
  const out: string[] = [];
  for (const s of SUBJECTS) {
    const def = s.def;
    const points: Point[] = report.rounds.flatMap((round) => {
      const v = round.national[def.id];
      return v && v.value !== null ? [{ round, value: { ...v, value: v.value } }] : [];
    });
    const first = points[0];
    const last = points[points.length - 1];
    if (!first || !last || points.length < 2) continue;
    const inside = report.rounds.filter((r) => r.peildatum > first.round.peildatum && r.peildatum < last.round.peildatum && !points.some((p) => p.round === r));
    const skipped = inside.length ? ` (${inside.map((r) => formatLongDate(r.peildatum, lang)).join(', ')}: ${W[lang].noFigure})` : '';
    const subject = s.subject[lang];
    if (points.every((p) => comparable(p, last))) {
      out.push(comparableSentence(subject, points, def, s, lang, skipped));
      continue;
    }
    const neutral = `${subject} ${W[lang].was} ${list(points, def, s, lang)}.`;
    let text = `${neutral} ${caveat(points, lang)}${likeForLike(points, def, lang)}`;
    const from = points.findIndex((p) => points.slice(points.indexOf(p)).every((q) => comparable(q, last)));
    const tail = points.slice(from);
    if (tail.length >= 2) {
      const tailSkipped = report.rounds.filter((r) => r.peildatum > (tail[0]?.round.peildatum ?? '') && r.peildatum < last.round.peildatum && !tail.some((p) => p.round === r));
      const note = tailSkipped.length ? ` (${tailSkipped.map((r) => formatLongDate(r.peildatum, lang)).join(', ')}: ${W[lang].noFigure})` : '';
      text += ` ${W[lang].comparable} ${lowerFirst(comparableSentence(subject, tail, def, s, lang, note))}`;
    }
    out.push(text);
  }
  return out;
}
