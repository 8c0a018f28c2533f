import { stringify } from 'csv-stringify/sync';
import { REPORT_MARK, type Lang, type Report } from '../domain/model.js';
import { canBeLowerBound, INDICATORS } from '../domain/indicators.js';
import { formatPlain } from './numbers.js';
import { neutraliseFormula } from './safe-text.js';
import { labelOf } from './labels.js';
import { word } from './words.js';
import { changeColumns } from './csv-over-time.js';
import { perGiRows, summariseDelivery } from './report-rows.js';

export interface CsvOptions {
  lang: Lang;
  nationalOnly?: boolean;
  /** csv (default) or tsv. */
  delimiter?: ';' | ',' | '\t';
}

/**
 * One row per GI and a national row per peildatum, one column per indicator, full precision.
 * Dutch: `;` and decimal commas so that Dutch Excel reads every figure as a number; English: `,`
 * and points. Lower bounds are flagged in their own columns. Shares are fractions (0,0225).
 * The last two columns hold the aanleverstatus of each GI (fields missing, fields with a warning).
 */
export function renderCsv(report: Report, options: CsvOptions): string {
  const { lang } = options;
  const delimiter = options.delimiter ?? (lang === 'nl' ? ';' : ',');
  const lowerBoundDefs = INDICATORS.filter(canBeLowerBound);
  const header = [
    word('peildatum', lang).toLowerCase(), word('level', lang), word('gi', lang),
    ...INDICATORS.map((d) => labelOf(d, lang)),
    ...lowerBoundDefs.map((d) => `${labelOf(d, lang)} – ${word('atLeastColumn', lang)}`),
    `${word('delivery', lang)}: ${word('missingFields', lang).toLowerCase()}`,
    `${word('delivery', lang)}: ${word('warnedFields', lang).toLowerCase()}`,
  ];
  const changes = changeColumns(report, lang);
  header.push(...changes.header);
  // Figures derived from case files carry their waiting rule on the national row of their round.
  const withRule = report.rounds.some((r) => r.waiting_rule);
  if (withRule) header.push(word('waitingRule', lang));
  const rows: string[][] = [header.map(neutraliseFormula)];
  const num = (v: number | null | undefined) => (v === null || v === undefined ? '' : formatPlain(v, lang));
  const flag = (b: boolean | undefined) => (b ? word('yes', lang) : word('no', lang));
  for (const round of report.rounds) {
    rows.push([
      round.peildatum, word('levelNational', lang), '',
      ...INDICATORS.map((d) => num(round.national[d.id]?.value)),
      ...lowerBoundDefs.map((d) => flag(round.national[d.id]?.lower_bound)),
      '', '',
      ...changes.national(round),
      ...(withRule ? [neutraliseFormula(round.waiting_rule?.description ?? '')] : []),
    ]);
    if (options.nationalOnly) continue;
    // Every expected GI gets a row, also one that sent nothing: its figures stay empty (never 0);
    // then the GIs outside the monitor, marked so.
    for (const { gi, shownName, result: g } of perGiRows(round, lang)) {
      const d = round.aanleverstatus.find((x) => x.gi === gi);
      const status = d ? summariseDelivery(d, lang) : { submitted: true, missing: [], warned: [] };
      rows.push([
        round.peildatum, word('levelGi', lang), neutraliseFormula(shownName),
        ...INDICATORS.map((def) => (def.perGi ? num(g?.indicators[def.id]?.value) : '')),
        ...lowerBoundDefs.map((def) => (def.perGi && g ? flag(g.indicators[def.id]?.lower_bound) : '')),
        status.submitted ? status.missing.join(', ') : word('notSubmitted', lang),
        status.warned.join(', '),
        ...(g ? changes.gi(g) : changes.header.map(() => '')),
        ...(withRule ? [''] : []),
      ]);
    }
  }
  // Only text cells (headers, GI names) are neutralised: a negative number must stay a number.
  // The BOM makes Excel read the file as UTF-8 on a double click.
  // The last header cell is the mark of a jbmonitor report (read back as input, it is skipped).
  const marked = rows.map((row, i) => [...row, i === 0 ? REPORT_MARK : '']);
  return stringify(marked, { delimiter, record_delimiter: 'windows', bom: true });
}
