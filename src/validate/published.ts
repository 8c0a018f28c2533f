import { INDICATORS, type IndicatorDef } from '../domain/indicators.js';
import type { Issue, Place, PublishedFigure } from '../domain/model.js';
import { makeIssue, makeIssueWithParams, placeOfFile, type ParamsArg } from '../domain/issues.js';
import type { IssueType } from '../domain/issue-kinds.js';
import { parseDateText, stripPercent } from './parse-value.js';
import { readHeader, type HeaderReading, type PublishedColumn } from '../domain/published-columns.js';
import { fileNotation, fitsDecimals, readDecimals, readPublishedNumber, rowNotation } from './published-number.js';

export type { PublishedFigure };

/** The --compare file as the read stage hands it over: every record's fields, empty ones included. */
export interface PublishedTable {
  file: string;
  /** The delimiter the file was split on (a `,` file splits a decimal comma: the messages say so). */
  delimiter: string;
  records: readonly (readonly string[])[];
}

/** An indicator by id, or by its Dutch or English label ("Organisatieworkload"), case-insensitive. */
const INDICATOR_BY_NAME: ReadonlyMap<string, IndicatorDef> = new Map(INDICATORS.flatMap((d) =>
  [d.id, d.label.nl, d.label.en].map((name) => [name.toLowerCase(), d] as const)));

const isBlank = (fields: readonly string[]): boolean => fields.every((f) => f.trim() === '');

/** The record as the file has it, for messages: fields joined by the delimiter, shortened when long. */
function lineText(fields: readonly string[], delimiter: string): string {
  const text = fields.map((f) => (f.includes(delimiter) || f.includes('"') ? `"${f.replace(/"/gu, '""')}"` : f)).join(delimiter);
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/**
 * Read the published figures: one per row, with the columns peildatum, indicator, published,
 * decimals and source (Dutch or English headers), numbers and dates as the submission reader
 * reads them. Every problem becomes a located issue, so a bad file is fixed in one go.
 */
export function parsePublished(table: PublishedTable): { figures: PublishedFigure[]; issues: Issue[] } {
  const { file, delimiter } = table;
  const issues: Issue[] = [];
  const headerRow = table.records.findIndex((r) => !isBlank(r));
  if (headerRow < 0) return { figures: [], issues: [makeIssue('error', 'compare/empty', placeOfFile(file), { expected: 'published-header' })] };
  const headerFields = table.records[headerRow] ?? [];
  const header = readHeader(headerFields);
  const headerPlace: Place = { ...placeOfFile(file), row: headerRow + 1 };
  for (const u of header.unknown) issues.push(makeIssue('warning', 'compare/unknown-column', { ...headerPlace, column: u.text }, { value: u.text }));
  for (const d of header.duplicates) {
    issues.push(makeIssue('error', 'compare/duplicate-column', { ...headerPlace, column: d.text }, { value: d.text, params: { column: d.key, first: header.written[d.key] ?? '' } }));
  }
  if (header.missing.length) {
    issues.push(makeIssue('error', 'compare/missing-column', headerPlace, {
      value: lineText(headerFields, delimiter), expected: 'published-header', params: { missing: header.missing.join(',') },
    }));
  }
  if (header.missing.length || header.duplicates.length) return { figures: [], issues };

  const rows = table.records.map((fields, r) => ({ fields, row: r + 1 })).filter((x, r) => r > headerRow && !isBlank(x.fields));
  const cell = (fields: readonly string[], key: PublishedColumn): string => (fields[header.index[key] ?? -1] ?? '').trim();
  const { notation, tie } = fileNotation(rows.map(({ fields }) => rowNotation(stripPercent(cell(fields, 'published')).body, readDecimals(cell(fields, 'decimals')))));
  if (tie) issues.push(makeIssue('error', 'compare/mixed-notation', placeOfFile(file), { expected: 'one-notation' }));

  const figures: PublishedFigure[] = [];
  for (const { fields, row } of rows) {
    const place: Place = { ...placeOfFile(file), row };
    if (!hasHeaderWidth(fields, header, place, delimiter, issues)) continue;
    const at = (key: PublishedColumn): Place => ({ ...place, column: header.written[key] ?? key });
    const before = issues.length;
    const missing = (key: PublishedColumn) => issues.push(makeIssue('error', 'compare/missing-value', at(key), { params: { column: key } }));

    const dateText = cell(fields, 'peildatum');
    const date = dateText === '' ? null : parseDateText(dateText);
    if (date === null) missing('peildatum');
    // A date written as an Excel serial number is not what a person typed: refused, like any non-date.
    else if (!date.ok || date.fromSerial) issues.push(makeIssue('error', 'cell/date', at('peildatum'), { field: 'peildatum', value: dateText, expected: 'date' }));

    const indicatorText = cell(fields, 'indicator');
    const def = INDICATOR_BY_NAME.get(indicatorText.toLowerCase());
    if (indicatorText === '') missing('indicator');
    else if (!def) issues.push(makeIssue('error', 'compare/unknown-indicator', at('indicator'), { value: indicatorText, expected: 'indicator-id' }));

    const decimalsText = cell(fields, 'decimals');
    const decimals = readDecimals(decimalsText);
    if (decimalsText === '') missing('decimals');
    else if (decimals === null) issues.push(makeIssue('error', 'compare/decimals', at('decimals'), { value: decimalsText, expected: 'decimals' }));

    const published = readValue(cell(fields, 'published'), def, notation, decimals, at('published'), issues, missing);
    if (issues.length === before && date?.ok && def && decimals !== null && published !== null) {
      figures.push({ peildatum: date.iso, indicator: def.id, published, decimals, source: cell(fields, 'source') });
    }
  }
  return { figures, issues };
}

/**
 * A row with more or fewer fields than the header is refused whole: its values would sit under
 * the wrong headers (a decimal comma in a `,` file turns 16,5 into 16 and 5). Empty fields past
 * the header are harmless and ignored.
 */
function hasHeaderWidth(fields: readonly string[], header: HeaderReading, place: Place, delimiter: string, issues: Issue[]): boolean {
  const used = fields.reduce((n, f, i) => (f.trim() === '' ? n : i + 1), 0);
  if (used <= header.width && fields.length >= header.width) return true;
  const count = used > header.width ? used : fields.length;
  issues.push(makeIssue('error', used > header.width ? 'compare/extra-column' : 'compare/missing-column-in-row', place, {
    value: lineText(fields, delimiter), expected: 'published-columns',
    params: { count, expected: header.width, delimiter: delimiter === '\t' ? 'tab' : delimiter },
  }));
  return false;
}

/** The published value: in percent for percent indicators (2,2 or 2,2% = 2,2%), at most `decimals` decimals. */
function readValue(
  text: string, def: IndicatorDef | undefined, notation: 'comma' | 'point' | null, decimals: number | null,
  place: Place, issues: Issue[], missing: (key: PublishedColumn) => void,
): number | null {
  if (text === '') {
    missing('published');
    return null;
  }
  const { body, percentSign } = stripPercent(text);
  const error = <T extends IssueType>(type: T, ...params: ParamsArg<T>) => {
    issues.push(makeIssueWithParams('error', type, place, { value: text, expected: 'published-number' }, ...params));
    return null;
  };
  if (percentSign && def && def.display !== 'percent') return error('compare/unexpected-percent', { indicator: def.id });
  const reading = readPublishedNumber(body, notation, decimals);
  if (!reading.ok) {
    if (reading.reason === 'ambiguous') return error('compare/ambiguous-number', { comma: reading.comma, point: reading.point });
    if (reading.reason === 'wrong-notation') return error('compare/wrong-notation', { notation: notation ?? '', suggestion: reading.suggestion });
    return error('compare/not-a-number');
  }
  if (decimals !== null && !fitsDecimals(reading.value, decimals)) return error('compare/more-decimals', { decimals });
  return reading.value;
}
