import { describe, expect, it } from 'vitest';
import { dayNumberFromIso } from '../../src/domain/calendar.js';
import { CaseTally } from '../../src/cases/tally.js';
import type { HolidaySources } from '../../src/domain/holidays.js';
import { describeWaitingRule, inHand, internalWait, NO_DATE, startWait, waitingRuleReport, type CaseDates, type WaitingRule } from '../../src/domain/waiting-rule.js';
import { WorkingCalendar } from '../../src/domain/workdays.js';

const d = (iso: string): number => {
  const n = dayNumberFromIso(iso);
  if (n === null) throw new Error(iso);
  return n;
};
const CAL: WaitingRule = { days: 'calendar', threshold: 5 };
const WORK: WaitingRule = { days: 'working', threshold: 5 };
const P = d('2024-04-01'); // Tweede Paasdag 2024, a Monday

function c(start: string, more: Partial<Record<keyof CaseDates, string | null>> = {}): CaseDates {
  const day = (v: string | null | undefined) => (v ? d(v) : NO_DATE);
  return { start: d(start), end: day(more.end), assigned: day(more.assigned), internalSince: day(more.internalSince), internalUntil: day(more.internalUntil) };
}

describe('in hand on P', () => {
  it.each([
    ['started before P, no end', c('2024-01-01'), true],
    ['startdatum = P', c('2024-04-01'), true],
    ['starts after P (future)', c('2024-04-02'), false],
    ['einddatum = P: ended', c('2024-01-01', { end: '2024-04-01' }), false],
    ['einddatum the day after P', c('2024-01-01', { end: '2024-04-02' }), true],
    ['ended before P', c('2023-01-01', { end: '2023-06-01' }), false],
  ])('%s', (_name, dates, expected) => {
    expect(inHand(dates, P)).toBe(expected);
  });
});

describe('wachtlijst bij start, calendar days', () => {
  const p = d('2023-03-15');
  it('exactly 5 days elapsed does not count; 6 does', () => {
    expect(startWait(c('2023-03-10'), p, CAL)).toBe(-1);
    expect(startWait(c('2023-03-09'), p, CAL)).toBe(6);
  });
  it('startdatum = P waits 0 days', () => {
    expect(startWait(c('2023-03-15'), p, CAL)).toBe(-1);
  });
  it('toewijzingsdatum empty or after P: waiting; on or before P: not', () => {
    expect(startWait(c('2023-03-01'), p, CAL)).toBe(14);
    expect(startWait(c('2023-03-01', { assigned: '2023-03-16' }), p, CAL)).toBe(14);
    expect(startWait(c('2023-03-01', { assigned: '2023-03-15' }), p, CAL)).toBe(-1);
    expect(startWait(c('2023-03-01', { assigned: '2023-03-02' }), p, CAL)).toBe(-1);
  });
  it('not in hand: not waiting', () => {
    expect(startWait(c('2023-03-01', { end: '2023-03-15' }), p, CAL)).toBe(-1);
    expect(startWait(c('2023-03-20'), p, CAL)).toBe(-1);
  });
  it('the threshold is an option', () => {
    expect(startWait(c('2023-03-09'), p, { days: 'calendar', threshold: 6 })).toBe(-1);
    expect(startWait(c('2023-03-14'), p, { days: 'calendar', threshold: 0 })).toBe(1);
  });
  it('crosses the change to summer time without losing a day', () => {
    expect(startWait(c('2023-03-20'), d('2023-03-30'), CAL)).toBe(10);
  });
});

describe('wachtlijst bij start, working days', () => {
  it('exactly 5 working days vs 6 (over a weekend)', () => {
    // Wednesday 8 March 2023 → Wednesday 15 March: 9, 10, 13, 14, 15 = 5
    expect(startWait(c('2023-03-08'), d('2023-03-15'), WORK)).toBe(-1);
    expect(startWait(c('2023-03-07'), d('2023-03-15'), WORK)).toBe(6);
  });
  it('a holiday in the range is not a working day (Koningsdag 2023)', () => {
    // 20 April (Thu) → 28 April (Fri): 21, 24, 25, 26, 28 = 5 (27th is Koningsdag)
    expect(startWait(c('2023-04-20'), d('2023-04-28'), WORK)).toBe(-1);
    expect(startWait(c('2023-04-20'), d('2023-04-28'), CAL)).toBe(8);
  });
  it('peildatum on a holiday (Tweede Paasdag 2024), after Goede Vrijdag, and on a Sunday', () => {
    // 20 March (Wed) → 1 April: 21, 22, 25, 26, 27, 28 = 6 (Goede Vrijdag 29 March and Tweede Paasdag 1 April are holidays)
    expect(startWait(c('2024-03-21'), P, WORK)).toBe(-1);
    expect(startWait(c('2024-03-20'), P, WORK)).toBe(6);
    // Sunday 19 March 2023: from Friday 10 March: 13..17 = 5
    expect(startWait(c('2023-03-10'), d('2023-03-19'), WORK)).toBe(-1);
    expect(startWait(c('2023-03-09'), d('2023-03-19'), WORK)).toBe(6);
  });
});

describe('interne wachtlijst', () => {
  const p = d('2023-03-15');
  const base = '2022-01-01';
  it('since 5 days: no; 6 days: yes, with its days', () => {
    expect(internalWait(c(base, { internalSince: '2023-03-10' }), p, CAL)).toBe(-1);
    expect(internalWait(c(base, { internalSince: '2023-03-09' }), p, CAL)).toBe(6);
  });
  it('until empty or after P: on the list; until = P: off it', () => {
    expect(internalWait(c(base, { internalSince: '2023-01-15', internalUntil: '2023-03-16' }), p, CAL)).toBe(59);
    expect(internalWait(c(base, { internalSince: '2023-01-15', internalUntil: '2023-03-15' }), p, CAL)).toBe(-1);
  });
  it('since after P (future) or empty: not on the list', () => {
    expect(internalWait(c(base, { internalSince: '2023-03-16' }), p, CAL)).toBe(-1);
    expect(internalWait(c(base), p, CAL)).toBe(-1);
  });
  it('measure ended: not on the list', () => {
    expect(internalWait(c(base, { internalSince: '2023-01-15', end: '2023-03-15' }), p, CAL)).toBe(-1);
  });
});

describe('CaseTally', () => {
  it('counts per type and peildatum, means over the waiting rows', () => {
    const t = new CaseTally([d('2023-03-15'), d('2023-06-01')], CAL);
    const g = t.giIndex('Jeugdbescherming Noord');
    t.add(g, 0, c('2023-03-01'));
    t.add(g, 0, c('2023-03-05', { assigned: '2023-03-20' }));
    t.add(g, 1, c('2023-03-14'));
    t.add(g, 2, c('2022-03-14', { end: '2023-05-01', assigned: '2022-03-15', internalSince: '2023-02-13' }));
    const [march, june] = t.results()[0]?.figures ?? [];
    expect(march).toMatchObject({ ots: 2, voogdij: 1, jr: 1, maatregelen_totaal: 4, wachtlijst_start: 2, wachtdagen_start: 12, interne_wachtlijst: 1, wachtdagen_intern: 30 });
    expect(june).toMatchObject({ ots: 2, voogdij: 1, jr: 0, wachtlijst_start: 2, interne_wachtlijst: 0, wachtdagen_intern: null });
  });
  it('a GI whose file lacks a waiting list column does not deliver that list', () => {
    const t = new CaseTally([d('2023-03-15')], CAL);
    const g = t.giIndex('X');
    t.markColumns(g, { start: false, internal: true });
    t.add(g, 0, c('2023-03-01'));
    const f = t.results()[0]?.figures[0];
    expect(f?.wachtlijst_start).toBeUndefined();
    expect(f?.interne_wachtlijst).toBe(0);
  });
});

describe('the rule in words', () => {
  it('is described in both languages with its unit and threshold', () => {
    expect(describeWaitingRule({ days: 'working', threshold: 7 }, 'nl')).toContain('meer dan 7 werkdagen');
    expect(describeWaitingRule(CAL, 'en')).toContain('more than 5 calendar days');
    expect(describeWaitingRule(CAL, 'nl')).not.toContain('termijnenwet');
  });
  const sources: HolidaySources = {
    decreed: { covers: { from: 2022, to: 2028 }, days: [{ day: d('2024-05-10'), decree: 'besluit' }] },
    extra: { file: 'eigen.txt', days: [{ day: d('2024-06-03'), name: null }, { day: d('2024-06-04'), name: 'x' }] },
  };
  const rule: WaitingRule = { days: 'working', threshold: 5, calendar: new WorkingCalendar(sources) };
  it.each([
    ['nl', ['art. 3 lid 1 (Nieuwjaarsdag', 'Koningsdag en 5 mei', 'lid 2 (Goede Vrijdag)', 'lid 3 (de bij besluit gelijkgestelde dagen, bekend voor 2022–2028)', 'plus 2 dagen uit eigen.txt (--feestdagen)']],
    ['en', ['art. 3 lid 1 (New Year', "King's Day and 5 May", 'lid 2 (Good Friday)', 'lid 3 (the days set equal by decree, known for 2022–2028)', 'plus 2 days from eigen.txt (--feestdagen)']],
  ] as const)('working days name all three paragraphs of art. 3 and --feestdagen (%s)', (lang, parts) => {
    const text = waitingRuleReport(rule, lang).description;
    for (const part of parts) expect(text).toContain(part);
    expect(describeWaitingRule({ days: 'working', threshold: 5 }, lang)).not.toContain('--feestdagen');
  });
  it('the report carries the covered years and the added days', () => {
    expect(waitingRuleReport(rule, 'nl')).toMatchObject({ holidays: 'algemene-termijnenwet', decreed_days_cover: { from: 2022, to: 2028 }, feestdagen: { file: 'eigen.txt', days: ['2024-06-03', '2024-06-04'] } });
    expect(Object.keys(waitingRuleReport(CAL, 'nl'))).toEqual(['source', 'days', 'threshold', 'holidays', 'description']);
  });
});
