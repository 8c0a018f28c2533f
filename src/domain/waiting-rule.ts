/**
 * The case-level rule for peildatum P: which measures are in hand, which children wait at the
 * start and on the internal list, and for how many days. Pure, on whole day numbers; an empty
 * optional date is +Infinity, so "empty or > P" is one comparison.
 */
import type { Lang, WaitingRuleReport } from './model.js';
import { isoFromDayNumber } from './calendar.js';
import { WorkingCalendar } from './workdays.js';

/** How days are counted and from how many days on a child counts as waiting. */
export interface WaitingRule {
  /** 'calendar': P − date; 'working': working days d with date < d ≤ P (Algemene termijnenwet). */
  days: 'calendar' | 'working';
  /** A child waits when MORE than this many days have elapsed (the letters: "langer dan 5 dagen"). */
  threshold: number;
  /** Which days are holidays for 'working': absent = art. 3 lid 1 and lid 2 only, no decreed days. */
  calendar?: WorkingCalendar;
}

/** The waiting threshold of the uitvraag: both lists count children waiting longer than 5 days. */
export const UITVRAAG_THRESHOLD = 5;

// For rules without a calendar of their own (tests, library use): the law's own days only.
const LAW_CALENDAR = new WorkingCalendar();

export const DEFAULT_RULE: WaitingRule = { days: 'calendar', threshold: UITVRAAG_THRESHOLD };

/** An empty optional date: later than every peildatum. */
export const NO_DATE = Number.POSITIVE_INFINITY;

/** The dates of one measure as day numbers (NO_DATE when empty). */
export interface CaseDates {
  start: number;
  end: number;
  assigned: number;
  internalSince: number;
  internalUntil: number;
}

/** Days elapsed from `date` to `p` in the rule's unit (never negative). */
export function elapsedDays(date: number, p: number, rule: WaitingRule): number {
  if (rule.days === 'working') return (rule.calendar ?? LAW_CALENDAR).between(date, p);
  return p > date ? p - date : 0;
}

/** In hand on P: started on or before P, not ended on or before P. */
export function inHand(c: CaseDates, p: number): boolean {
  return c.start <= p && c.end > p;
}

/** Days waited at the start on P, or -1 when the measure is not on the start list on P. */
export function startWait(c: CaseDates, p: number, rule: WaitingRule): number {
  if (!inHand(c, p) || c.assigned <= p) return -1;
  const days = elapsedDays(c.start, p, rule);
  return days > rule.threshold ? days : -1;
}

/** Days on the internal list on P, or -1 when the measure is not on it on P. */
export function internalWait(c: CaseDates, p: number, rule: WaitingRule): number {
  if (!inHand(c, p) || !(c.internalSince <= p) || c.internalUntil <= p) return -1;
  const days = elapsedDays(c.internalSince, p, rule);
  return days > rule.threshold ? days : -1;
}

export function describeWaitingRule(rule: WaitingRule, lang: Lang): string {
  const t = rule.threshold;
  if (lang === 'nl') {
    const unit = rule.days === 'working' ? 'werkdagen' : 'kalenderdagen';
    return `Wachtende kinderen afgeleid uit dossiergegevens: een maatregel is in behandeling op peildatum P als startdatum ≤ P en de einddatum leeg is of na P ligt; `
      + `wachtlijst bij start = in behandeling, toewijzingsdatum leeg of na P, en meer dan ${t} ${unit} sinds de startdatum; `
      + `interne wachtlijst = in behandeling, interne wachtlijst sinds ≤ P, tot leeg of na P, en meer dan ${t} ${unit} sinds die datum. `
      + `Gemiddelde wachttijd in dezelfde eenheid.${rule.days === 'working' ? ` ${describeWorkingDays(rule, 'nl')}` : ''}`;
  }
  const unit = rule.days === 'working' ? 'working days' : 'calendar days';
  return `Waiting children derived from case records: a measure is in hand on reference date P when its start date ≤ P and its end date is empty or after P; `
    + `waiting at start = in hand, assignment date empty or after P, and more than ${t} ${unit} since the start date; `
    + `internal waiting list = in hand, on the internal list since ≤ P, until empty or after P, and more than ${t} ${unit} since that date. `
    + `Mean waiting days in the same unit.${rule.days === 'working' ? ` ${describeWorkingDays(rule, 'en')}` : ''}`;
}

/** Which days are not working days: the three paragraphs of the law, and the user's own days. */
export function describeWorkingDays(rule: WaitingRule, lang: Lang): string {
  const sources = (rule.calendar ?? LAW_CALENDAR).sources;
  const covers = sources.decreed.covers;
  const extra = sources.extra;
  const n = extra?.days.length ?? 0;
  if (lang === 'nl') {
    const known = covers ? `bekend voor ${covers.from}–${covers.to}` : 'geen bekend';
    return `Werkdagen zijn maandag tot en met vrijdag behalve de feestdagen van de Algemene termijnenwet: art. 3 lid 1 (Nieuwjaarsdag, tweede Paasdag, Hemelvaartsdag, tweede Pinksterdag, beide Kerstdagen, Koningsdag en 5 mei), `
      + `lid 2 (Goede Vrijdag) en lid 3 (de bij besluit gelijkgestelde dagen, ${known})`
      + `${extra ? `, plus ${n} ${n === 1 ? 'dag' : 'dagen'} uit ${extra.file} (--feestdagen)` : ''}.`;
  }
  const known = covers ? `known for ${covers.from}–${covers.to}` : 'none known';
  return `Working days are Monday to Friday except the holidays of the Algemene termijnenwet: art. 3 lid 1 (New Year's Day, Easter Monday, Ascension Day, Whit Monday, both Christmas days, King's Day and 5 May), `
    + `lid 2 (Good Friday) and lid 3 (the days set equal by decree, ${known})`
    + `${extra ? `, plus ${n} ${n === 1 ? 'day' : 'days'} from ${extra.file} (--feestdagen)` : ''}.`;
}

/** The rule as reports print it, next to the figures it produced. */
export function waitingRuleReport(rule: WaitingRule, lang: Lang): WaitingRuleReport {
  const head = { source: 'case-level' as const, days: rule.days, threshold: rule.threshold };
  const description = describeWaitingRule(rule, lang);
  if (rule.days !== 'working') return { ...head, holidays: null, description };
  const sources = (rule.calendar ?? LAW_CALENDAR).sources;
  return {
    ...head,
    holidays: 'algemene-termijnenwet',
    decreed_days_cover: sources.decreed.covers,
    feestdagen: sources.extra ? { file: sources.extra.file, days: sources.extra.days.map((d) => isoFromDayNumber(d.day)) } : null,
    description,
  };
}
