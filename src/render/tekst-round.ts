import type { Lang, NationalValue, Round } from '../domain/model.js';
import { formatLongDate } from '../domain/calendar.js';
import { indicator, type IndicatorId } from '../domain/indicators.js';
import { AT_LEAST, formatIndicator } from './numbers.js';
import { joinList } from './report-rows.js';
import { word } from './words.js';

/**
 * The sentences about one peildatum, in the style of the letters to Parliament. Each paragraph
 * function returns null when its figures are missing, so a sentence never states an unknown.
 */
export interface RoundContext {
  round: Round;
  lang: Lang;
  norm: string;
  /** --alleen-landelijk: say that GIs are missing, without naming them. */
  nationalOnly: boolean;
}

export type RoundParagraph = (ctx: RoundContext) => string | null;

function nat(ctx: RoundContext, id: IndicatorId): NationalValue | null {
  const v = ctx.round.national[id];
  return v && v.value !== null ? v : null;
}

/** The figure as a sentence shows it, with "ten minste" for a lower bound. */
function fig(ctx: RoundContext, id: IndicatorId, withBound = true): string {
  const v = ctx.round.national[id];
  const shown = formatIndicator(v?.value ?? null, indicator(id), 'national', ctx.lang);
  return withBound && v?.lower_bound ? `${AT_LEAST[ctx.lang]} ${shown}` : shown;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "(10 van de 13 GI's leverden dit aan)" when not everyone did. */
function coverageNote(ctx: RoundContext, v: NationalValue): string {
  if (v.gi_count === v.gi_total) return '';
  return ctx.lang === 'nl'
    ? ` (${v.gi_count} van de ${v.gi_total} GI's leverden dit aan)`
    : ` (${v.gi_count} of ${v.gi_total} GIs delivered this)`;
}

const measures: RoundParagraph = (ctx) => {
  const v = nat(ctx, 'maatregelen_totaal');
  if (!v) return null;
  const date = formatLongDate(ctx.round.peildatum, ctx.lang);
  const mix = (['aandeel_ots', 'aandeel_voogdij', 'aandeel_jr'] as const).every((id) => nat(ctx, id))
    ? (ctx.lang === 'nl'
      ? `: ${fig(ctx, 'aandeel_ots')} OTS, ${fig(ctx, 'aandeel_voogdij')} voogdij en ${fig(ctx, 'aandeel_jr')} jeugdreclassering`
      : `: ${fig(ctx, 'aandeel_ots')} supervision orders, ${fig(ctx, 'aandeel_voogdij')} guardianships and ${fig(ctx, 'aandeel_jr')} youth probation`)
    : '';
  return ctx.lang === 'nl'
    ? `Op ${date} waren er ${fig(ctx, 'maatregelen_totaal')} maatregelen in uitvoering${mix}.`
    : `On ${date} there were ${fig(ctx, 'maatregelen_totaal')} measures in hand${mix}.`;
};

const staff: RoundParagraph = (ctx) => {
  const f = nat(ctx, 'formatie_fte');
  if (!f) return null;
  const avail = nat(ctx, 'beschikbare_fte') && nat(ctx, 'beschikbaarheid');
  const nl = `De formatie van de GI's bedroeg ${fig(ctx, 'formatie_fte')} fte${avail ? `, waarvan ${fig(ctx, 'beschikbaarheid')} (${fig(ctx, 'beschikbare_fte')} fte) daadwerkelijk beschikbaar was` : ''}.`;
  const en = `The GIs' staff establishment was ${fig(ctx, 'formatie_fte')} fte${avail ? `, of which ${fig(ctx, 'beschikbaarheid')} (${fig(ctx, 'beschikbare_fte')} fte) was actually available` : ''}.`;
  return ctx.lang === 'nl' ? nl : en;
};

const workload: RoundParagraph = (ctx) => {
  const w = nat(ctx, 'organisatieworkload');
  if (!w) return null;
  const m = nat(ctx, 'maatregelen_totaal');
  const b = nat(ctx, 'beschikbare_fte');
  // The quotient is only shown when it is exactly the two national totals the reader sees.
  const sameGis = m && b && !m.lower_bound && !b.lower_bound && m.gi_count === w.gi_count && b.gi_count === w.gi_count;
  const quotient = sameGis ? ` (${fig(ctx, 'maatregelen_totaal')}/${fig(ctx, 'beschikbare_fte')})` : coverageNote(ctx, w);
  const above = nat(ctx, 'gis_boven_streefwaarde');
  const n = above ? fig(ctx, 'gis_boven_streefwaarde', false) : null;
  return ctx.lang === 'nl'
    ? `De landelijk gemiddelde organisatieworkload bedraagt ${fig(ctx, 'organisatieworkload')} maatregelen per jeugdbeschermer${quotient}; de streefwaarde is ${ctx.norm}${n === null ? '' : ` en ${n} van de ${w.gi_total} GI's zitten daarboven`}.`
    : `The national average organisation workload is ${fig(ctx, 'organisatieworkload')} measures per jeugdbeschermer${quotient}; the target is ${ctx.norm}${n === null ? '' : ` and ${n} of ${w.gi_total} GIs are above it`}.`;
};

const waiting: RoundParagraph = (ctx) => {
  const start = nat(ctx, 'wachtlijst_start');
  const intern = nat(ctx, 'interne_wachtlijst');
  if (!start && !intern) return null;
  const parts: string[] = [];
  if (start) parts.push(ctx.lang === 'nl'
    ? `${fig(ctx, 'wachtlijst_start')} kinderen${nat(ctx, 'aandeel_wachtlijst_start') ? ` (${fig(ctx, 'aandeel_wachtlijst_start', false)} van alle maatregelen)` : ''} kregen niet binnen 5 dagen een jeugdbeschermer toegewezen`
    : `${fig(ctx, 'wachtlijst_start')} children${nat(ctx, 'aandeel_wachtlijst_start') ? ` (${fig(ctx, 'aandeel_wachtlijst_start', false)} of all measures)` : ''} were not assigned a jeugdbeschermer within 5 days`);
  if (intern) parts.push(ctx.lang === 'nl'
    ? `${fig(ctx, 'interne_wachtlijst')} kinderen${nat(ctx, 'aandeel_interne_wachtlijst') ? ` (${fig(ctx, 'aandeel_interne_wachtlijst', false)})` : ''} stonden op een interne wachtlijst`
    : `${fig(ctx, 'interne_wachtlijst')} children${nat(ctx, 'aandeel_interne_wachtlijst') ? ` (${fig(ctx, 'aandeel_interne_wachtlijst', false)})` : ''} were on an internal waiting list`);
  const missing = [...new Set([...(start?.missing ?? []), ...(intern?.missing ?? [])])].sort();
  const names = ctx.nationalOnly ? '' : ` (${joinList(missing, ctx.lang)})`;
  const note = missing.length === 0 ? '' : ctx.lang === 'nl'
    ? ` Niet alle GI's konden deze cijfers leveren${names}.`
    : ` Not all GIs could deliver these figures${names}.`;
  return `${capitalise(parts.join('; '))}.${note}`;
};

/** Waiting figures derived from case files: the rule that produced them, with the figures. */
const waitingRule: RoundParagraph = (ctx) => (ctx.round.waiting_rule ? `${word('waitingRule', ctx.lang)}: ${ctx.round.waiting_rule.description}` : null);

const staffRates: RoundParagraph = (ctx) => {
  const t = nat(ctx, 'personeelsverloop');
  const s = nat(ctx, 'ziekteverzuim');
  if (!t || !s) return null;
  return ctx.lang === 'nl'
    ? `Het personeelsverloop bedroeg ${fig(ctx, 'personeelsverloop')} en het ziekteverzuim ${fig(ctx, 'ziekteverzuim')}${coverageNote(ctx, t)}.`
    : `Staff turnover was ${fig(ctx, 'personeelsverloop')} and sickness absence ${fig(ctx, 'ziekteverzuim')}${coverageNote(ctx, t)}.`;
};

/** The paragraphs of one peildatum, in order. */
export const ROUND_PARAGRAPHS: readonly RoundParagraph[] = [measures, staff, workload, waiting, waitingRule, staffRates];
