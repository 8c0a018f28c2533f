/**
 * Totals checked the way Excel builds them: counts and fte against the sum of the cells that were
 * delivered (a blank is not delivered, never a reason to skip the check); percentages and waiting
 * days against the indicator's national formula, within display rounding.
 */
import type { FigureKey, Figures, Issue } from '../domain/model.js';
import { FIGURE_KEYS, fieldDef } from '../domain/fields.js';
import { makeIssue } from '../domain/issues.js';
import type { FigureRow } from './table-rows.js';

/** The GI rows a total stands for. */
export interface TotalScope {
  where: 'table' | 'above' | 'below';
  /** GIs outside the monitor (Nidos) inside the total, left out of it, or none in the rows. */
  outsideMonitor: 'included' | 'excluded' | 'none';
  /** The GI rows, and rows with an unknown name (already an error), so that one error does not cascade. */
  records: readonly { figures: Figures }[];
}

/** An fte total may be rounded to one decimal; counts are exact. */
const FTE_TOLERANCE = 0.05;
const EPSILON = 1e-9;

function sumOf(records: TotalScope['records'], key: FigureKey): number {
  let s = 0;
  for (const r of records) s += r.figures[key] ?? 0;
  return s;
}

/** The count and fte columns of `row` that differ from the sum over `scope`. */
export function totalMatches(row: FigureRow, scope: TotalScope): { key: FigureKey; sum: number }[] {
  const off: { key: FigureKey; sum: number }[] = [];
  for (const key of FIGURE_KEYS) {
    const type = fieldDef(key).type;
    const total = row.figures[key];
    if ((type !== 'count' && type !== 'fte') || total === null) continue;
    const sum = sumOf(scope.records, key);
    const tolerance = type === 'fte' ? FTE_TOLERANCE : 0;
    if (Math.abs(sum - total) > tolerance + EPSILON) off.push({ key, sum: Math.round(sum * 1e6) / 1e6 });
  }
  return off;
}

/** A rate column's national formula: a weighted mean over the rows that delivered both parts. */
interface RateFormula {
  key: FigureKey;
  value: (f: Figures) => number | null;
  weight: (f: Figures) => number | null;
  /** Half a unit of the display precision, as stored (fractions for percentages). */
  tolerance: number;
}

const available = (f: Figures): number | null =>
  f.beschikbare_fte ?? (f.formatie_fte !== null && f.beschikbaarheid !== null ? f.formatie_fte * f.beschikbaarheid : null);

/** Availability is Σ available / Σ formatie: a mean of the rates weighted by formatie. */
const RATE_FORMULAS: readonly RateFormula[] = [
  { key: 'beschikbaarheid', value: (f) => { const a = available(f); return a !== null && f.formatie_fte ? a / f.formatie_fte : null; }, weight: (f) => f.formatie_fte, tolerance: 0.0005 },
  { key: 'personeelsverloop', value: (f) => f.personeelsverloop, weight: (f) => f.formatie_fte, tolerance: 0.0005 },
  { key: 'ziekteverzuim', value: (f) => f.ziekteverzuim, weight: (f) => f.formatie_fte, tolerance: 0.0005 },
  { key: 'wachtdagen_start', value: (f) => f.wachtdagen_start, weight: (f) => f.wachtlijst_start, tolerance: 0.5 },
  { key: 'wachtdagen_intern', value: (f) => f.wachtdagen_intern, weight: (f) => f.interne_wachtlijst, tolerance: 0.5 },
];

/** The rate and days columns of a total checked against the national formula; those that cannot be, named. */
export function checkTotalFormulas(row: FigureRow, scope: TotalScope): { issues: Issue[]; unchecked: FigureKey[] } {
  const issues: Issue[] = [];
  const unchecked: FigureKey[] = [];
  for (const formula of RATE_FORMULAS) {
    const total = row.figures[formula.key];
    if (total === null) continue;
    let num = 0;
    let den = 0;
    for (const r of scope.records) {
      const v = formula.value(r.figures);
      const w = formula.weight(r.figures);
      if (v === null || w === null) continue;
      num += v * w;
      den += w;
    }
    if (den <= 0) {
      unchecked.push(formula.key);
      continue;
    }
    const expected = num / den;
    const tolerance = Math.max(formula.tolerance, writtenHalfUnit(row, formula.key));
    if (Math.abs(expected - total) > tolerance + EPSILON) {
      const percent = fieldDef(formula.key).type === 'percent';
      issues.push(makeIssue('error', 'row/total-formula-mismatch', row.raw.cells[formula.key]?.place ?? row.raw.place, {
        field: formula.key, value: percent ? { value: total * 100, percent: true, decimals: 2 } : { value: total, decimals: 1 }, expected: 'national-formula',
        params: { expected: percent ? Math.round(expected * 1e4) / 100 : Math.round(expected * 10) / 10, percent: percent ? 1 : 0, rows: scope.records.length },
      }));
    }
  }
  return { issues, unchecked };
}

/**
 * Half a unit of the last decimal written in a text cell, on the stored scale: a CSV saved by
 * Excel holds what the cell showed, so a total shown as `80%` is only known to half a percent.
 */
function writtenHalfUnit(row: FigureRow, key: FigureKey): number {
  const v = row.raw.cells[key]?.value;
  const value = row.figures[key];
  if (v?.kind !== 'text' || value === null) return 0;
  const text = v.text.trim();
  // The scale it was written on: 80% and a bare 80 in percent, 0,8 as the fraction itself.
  const percentScale = fieldDef(key).type === 'percent' && (text.includes('%') || value * 100 === Number(text.replace(/[%\s]/gu, '').replace(',', '.')));
  const written = percentScale ? value * 100 : value;
  let decimals = 0;
  while (decimals < 6 && Math.abs(written * 10 ** decimals - Math.round(written * 10 ** decimals)) > 1e-6) decimals++;
  const half = 0.5 * 10 ** -decimals;
  return percentScale ? half / 100 : half;
}
