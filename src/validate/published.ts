import { INDICATOR_BY_ID } from '../compute/indicators.js';
import type { PublishedFigure, RawSheet } from '../model.js';

export type { PublishedFigure };
import { parseDateText } from './parse-value.js';

/** Header names accepted for each column (Dutch or English). */
const COLUMNS = {
  peildatum: ['peildatum', 'reference_date', 'date'],
  indicator: ['indicator'],
  published: ['published', 'gepubliceerd', 'published_value', 'waarde', 'value'],
  decimals: ['decimals', 'decimalen'],
  source: ['source', 'bron'],
} as const;

const cellText = (sheet: RawSheet, row: number, col: number): string => {
  const cell = sheet.rows[row]?.find((c) => c.col === col);
  return cell?.value.kind === 'text' ? cell.value.text.trim() : '';
};

/**
 * Read the published figures (columns peildatum, indicator, published, decimals, source; values
 * with a decimal point). Returns every problem with its line, so a bad file is fixed in one go.
 */
export function parsePublished(sheet: RawSheet): { figures: PublishedFigure[]; problems: string[] } {
  const problems: string[] = [];
  const header = sheet.rows[0] ?? [];
  const colOf = new Map<keyof typeof COLUMNS, number>();
  for (const cell of header) {
    const text = cell.value.kind === 'text' ? cell.value.text.trim().toLowerCase().replace(/\s+/gu, '_') : '';
    for (const [key, names] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, readonly string[]][]) {
      if (names.includes(text)) colOf.set(key, cell.col);
    }
  }
  const missing = (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).filter((k) => !colOf.has(k));
  if (missing.length) return { figures: [], problems: [`line 1: missing column(s) ${missing.join(', ')}`] };
  const get = (r: number, k: keyof typeof COLUMNS) => cellText(sheet, r, colOf.get(k) ?? 0);
  const figures: PublishedFigure[] = [];
  for (let r = 1; r < sheet.rows.length; r++) {
    if ((sheet.rows[r]?.length ?? 0) === 0) continue;
    const line = `line ${r + 1}`;
    const date = parseDateText(get(r, 'peildatum'));
    const indicator = get(r, 'indicator');
    const published = Number(get(r, 'published'));
    const decimals = Number(get(r, 'decimals'));
    const before = problems.length;
    if (!date.ok) problems.push(`${line}: peildatum "${get(r, 'peildatum')}" is not a date`);
    if (!INDICATOR_BY_ID.has(indicator)) problems.push(`${line}: unknown indicator "${indicator}" (see jbmonitor explain)`);
    if (get(r, 'published') === '' || !Number.isFinite(published)) problems.push(`${line}: published value "${get(r, 'published')}" is not a number (use a decimal point)`);
    if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) problems.push(`${line}: decimals "${get(r, 'decimals')}" is not a whole number from 0 to 6`);
    if (problems.length === before && date.ok) figures.push({ peildatum: date.iso, indicator, published, decimals, source: get(r, 'source') });
  }
  return { figures, problems };
}
