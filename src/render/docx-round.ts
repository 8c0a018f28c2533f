import { Paragraph, type Table } from 'docx';
import type { Change, Lang, Report, Round } from '../domain/model.js';
import { formatLongDate } from '../domain/calendar.js';
import type { IndicatorDef } from '../domain/indicators.js';
import { heading1, heading2, note, table, TEXT_WIDTH, type Cell } from './docx-parts.js';
import { shortDate, workloadChart, type DrawingIds } from './docx-charts.js';
import { NOT_AVAILABLE } from './numbers.js';
import type { Footnotes } from './docx-footnotes.js';
import { coverageNote, DW, lowerBoundNote } from './docx-words.js';
import { labelOf } from './labels.js';
import { joinList, nationalRows, roundTitle, submittedInMonitor } from './report-rows.js';
import { changeNote, formatChange, formatRelative, OVER_TIME_WORDS as T } from './section-rows.js';
import { coverageText, word } from './words.js';

export interface DocxContext {
  lang: Lang;
  nationalOnly: boolean;
  footnotes: Footnotes;
}

/** Whether the round has an earlier one in the run (so its figures have changes). */
function previousPeildatum(round: Round, all: readonly Round[]): string | null {
  const i = all.indexOf(round);
  return i > 0 ? all[i - 1]?.peildatum ?? null : null;
}

/** The change columns of one figure (change, relative, since); a footnote when it is not like for like. */
function changeCells(def: IndicatorDef, change: Change | undefined, ctx: DocxContext): Cell[] {
  const { lang } = ctx;
  if (!change) return [NOT_AVAILABLE, '', ''];
  const remark = changeNote(change, def, lang);
  const skipped = change.skipped.length ? ` (${change.skipped.map((d) => formatLongDate(d, lang)).join(', ')} ${T.skipped[lang]})` : '';
  const shown = formatChange(change.absolute, def, lang);
  const absolute: Cell = remark
    ? { text: shown, after: ctx.footnotes.add(`${def.label[lang]}: ${DW.against[lang]} ${formatLongDate(change.base_peildatum, lang)}${skipped}: ${remark}.`) }
    : shown;
  return [absolute, formatRelative(change.relative, lang), shortDate(change.base_peildatum, lang)];
}

/**
 * The national figures of one peildatum, with their change since the previous peildatum. A
 * "ten minste" figure carries a footnote naming who did not deliver; so does the coverage of a
 * ratio over fewer GIs than expected, and a change that is not like for like.
 */
function nationalTable(round: Round, all: readonly Round[], ctx: DocxContext): Table {
  const { lang } = ctx;
  const previous = previousPeildatum(round, all);
  const rows: Cell[][] = nationalRows(round, lang).filter((r) => r.value.value !== null).map((r) => {
    const v = r.value;
    const partial = v.value !== null && v.missing.length > 0;
    const value: Cell = v.value !== null && v.lower_bound ? { text: r.shown, after: ctx.footnotes.add(lowerBoundNote(r.def, v, lang, ctx.nationalOnly)) } : r.shown;
    const coverage: Cell = partial && !v.lower_bound ? { text: r.coverage, after: ctx.footnotes.add(coverageNote(r.def, v, lang, ctx.nationalOnly)) } : r.coverage;
    return [labelOf(r.def, lang), value, coverage, ...(previous ? changeCells(r.def, v.change, ctx) : [])];
  });
  const header = [word('indicator', lang), word('value', lang), word('coverage', lang)];
  if (!previous) return table({ header, rows, widths: [60, 24, 16], align: ['l', 'r', 'r'], width: TEXT_WIDTH.portrait });
  return table({
    header: [...header, T.change[lang], T.relative[lang], T.since[lang]],
    rows, widths: [41, 15, 11, 12, 10, 11], align: ['l', 'r', 'r', 'r', 'r', 'r'], width: TEXT_WIDTH.portrait,
  });
}

/** One peildatum: its heading, the national table with changes, the waiting rule, and the workload per GI. */
export function roundChapter(report: Report, round: Round, ctx: DocxContext, ids: DrawingIds, pageBreakBefore: boolean): (Paragraph | Table)[] {
  const { lang } = ctx;
  const out: (Paragraph | Table)[] = [heading1(roundTitle(round, lang), pageBreakBefore)];
  out.push(heading2(`${word('keyFigures', lang)} — ${word('national', lang)} (${coverageText(submittedInMonitor(round), round.expected.length, lang)})`));
  out.push(nationalTable(round, report.rounds, ctx));
  // Figures nobody delivered are named in one line rather than as rows of dashes.
  const empty = nationalRows(round, lang).filter((r) => r.value.value === null).map((r) => r.def.label[lang]);
  if (empty.length) out.push(note(`${DW.notComputed[lang]}: ${joinList(empty, lang)}.`));
  if (round.waiting_rule) out.push(note(`${word('waitingRule', lang)}: ${round.waiting_rule.description}`));
  // The chart names every GI: not in a publication.
  const workloads = round.gis.some((g) => typeof g.indicators.organisatieworkload?.value === 'number');
  if (!ctx.nationalOnly && workloads) out.push(new Paragraph({ children: [workloadChart(report, round, lang, ids, { width: 640, height: 205 })] }));
  return out;
}
