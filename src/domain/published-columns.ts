/**
 * The header of the --compare file: which column holds what, in Dutch or English.
 * Pure; the caller turns the findings into issues.
 */
import type { Lang } from './model.js';

export type PublishedColumn = 'peildatum' | 'indicator' | 'published' | 'decimals' | 'source';

interface ColumnDef {
  key: PublishedColumn;
  /** The name a message uses, per language. */
  name: Record<Lang, string>;
  /** Header texts that mean this column, after normalising (see headerKey). */
  aliases: readonly string[];
}

/** In the order of the file, and of the messages that list them. */
export const PUBLISHED_COLUMNS: readonly ColumnDef[] = [
  { key: 'peildatum', name: { nl: 'peildatum', en: 'peildatum' }, aliases: ['peildatum', 'reference date', 'date', 'datum'] },
  { key: 'indicator', name: { nl: 'indicator', en: 'indicator' }, aliases: ['indicator', 'indicator id'] },
  {
    key: 'published', name: { nl: 'gepubliceerd', en: 'published' },
    aliases: ['published', 'published value', 'published figure', 'gepubliceerd', 'gepubliceerde waarde', 'gepubliceerd cijfer', 'waarde', 'value', 'cijfer'],
  },
  { key: 'decimals', name: { nl: 'decimalen', en: 'decimals' }, aliases: ['decimals', 'decimal places', 'decimalen', 'aantal decimalen'] },
  { key: 'source', name: { nl: 'bron', en: 'source' }, aliases: ['source', 'bron'] },
];

/** "Reference_Date", "reference-date " and "Reference date:" all read as "reference date". */
export function headerKey(text: string): string {
  return text.trim().toLowerCase().replace(/[:.]+$/u, '').replace(/[\s_-]+/gu, ' ').trim();
}

const BY_ALIAS: ReadonlyMap<string, PublishedColumn> = new Map(PUBLISHED_COLUMNS.flatMap((c) => c.aliases.map((a) => [a, c.key] as const)));

export function columnName(key: string, lang: Lang): string {
  return PUBLISHED_COLUMNS.find((c) => c.key === key)?.name[lang] ?? key;
}

/** "peildatum, indicator, gepubliceerd, decimalen en bron" in the message language. */
export function columnList(keys: readonly string[], lang: Lang): string {
  const names = keys.map((k) => columnName(k, lang));
  const last = names.pop();
  if (last === undefined) return '';
  return names.length ? `${names.join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${last}` : last;
}

export interface HeaderReading {
  /** Field index of each column found. */
  index: Partial<Record<PublishedColumn, number>>;
  /** The header text as written, per column found (messages name the column as the file does). */
  written: Partial<Record<PublishedColumn, string>>;
  missing: PublishedColumn[];
  /** A second header for a column already found: which one holds is unknown. */
  duplicates: { field: number; text: string; key: PublishedColumn }[];
  unknown: { field: number; text: string }[];
  /** Fields up to and including the last named header; data beyond it is an extra column. */
  width: number;
}

export function readHeader(fields: readonly string[]): HeaderReading {
  const index: HeaderReading['index'] = {};
  const written: HeaderReading['written'] = {};
  const duplicates: HeaderReading['duplicates'] = [];
  const unknown: HeaderReading['unknown'] = [];
  let width = 0;
  fields.forEach((raw, field) => {
    const text = raw.trim();
    if (text === '') return;
    width = field + 1;
    const key = BY_ALIAS.get(headerKey(text));
    if (key === undefined) unknown.push({ field, text });
    else if (index[key] !== undefined) duplicates.push({ field, text, key });
    else {
      index[key] = field;
      written[key] = text;
    }
  });
  const missing = PUBLISHED_COLUMNS.map((c) => c.key).filter((k) => index[k] === undefined);
  return { index, written, missing, duplicates, unknown, width };
}
