import type { FieldCell, FigureKey, Issue, IssueNumber } from '../domain/model.js';
import { fieldDef } from '../domain/fields.js';
import { makeIssue, makeIssueWithParams, type ParamsArg } from '../domain/issues.js';
import type { IssueType } from '../domain/issue-kinds.js';
import { dateFromSerial, fractionOfPercent, interpretPercent, parseDateText, parseNumberText, readingsOf, stripPercent, type Notation, type PercentStyle } from './parse-value.js';
import { constraintIssueType } from './schema.js';
import { hasTimeOfDay, isoInYears, MONITOR_YEARS } from '../domain/calendar.js';

/** What the file tells us about how to read its hand-written values. */
export interface FileContext {
  notation: Notation | null;
  date1904: boolean;
}

export type FieldReading<T> = { value: T | null; issues: Issue[]; percentStyle?: PercentStyle };

/** Words GIs write for "not delivered"; read as not delivered, and said so. */
const NOT_DELIVERED = new Set(['-', '–', '—', 'nvt', 'n.v.t.', 'n.v.t', 'nb', 'n.b.', 'n.b', 'onbekend', 'niet bekend', 'niet geleverd', 'n/a', 'na', 'unknown']);

function shownNumber(n: number): string {
  // Trim float noise (0.30000000000000004) without overflowing huge values to Infinity.
  return Math.abs(n) < 1e6 ? String(Math.round(n * 1e9) / 1e9) : String(n);
}

/** The value as the other notation reads it, written in the file's notation without thousands: "2.566,5" → "2566.5". */
function suggestion(body: string, percentSign: boolean, notation: Notation | null): string {
  const { comma, point } = readingsOf(body);
  const value = notation === 'comma' ? point : comma;
  if (value === null || !Number.isFinite(value)) return '';
  const text = shownNumber(value);
  return `${notation === 'comma' ? text.replace('.', ',') : text}${percentSign ? '%' : ''}`;
}

/** Read a figure cell: a number in a workbook is taken as it is; text is read in the file's notation. */
export function readFigure(cell: FieldCell, key: FigureKey, ctx: FileContext): FieldReading<number> {
  const def = fieldDef(key);
  const v = cell.value;
  const err = <T extends IssueType>(type: T, value: string | IssueNumber | null, ...params: ParamsArg<T>): FieldReading<number> =>
    ({ value: null, issues: [makeIssueWithParams('error', type, cell.place, { field: key, value, expected: def.type }, ...params)] });

  let number: number;
  let explicitPercent = false;
  // The value as the GI sees it in the cell, for messages: text as written ("2.566,5"), a number
  // cell as a number that messages write in their language ("1.194,5", "120%").
  let seen: string | IssueNumber;
  if (cell.mergedWith) return err('cell/merged-rows', null, { master: cell.mergedWith });
  switch (v.kind) {
    case 'empty': return { value: null, issues: [] };
    case 'number': number = v.number; explicitPercent = v.percent; seen = v.percent ? { value: v.number * 100, percent: true } : { value: v.number }; break;
    case 'formula-without-result': return err('cell/formula-without-result', null, { formula: v.formula });
    case 'error': return err('cell/formula-error', v.text);
    case 'boolean': return err('cell/not-a-number', String(v.bool));
    case 'date': return err('cell/not-a-number', v.iso);
    case 'text': {
      const raw = v.text.trim();
      if (NOT_DELIVERED.has(raw.toLowerCase())) {
        return { value: null, issues: [makeIssue('info', 'cell/not-delivered', cell.place, { field: key, value: raw })] };
      }
      const { body, percentSign } = def.type === 'percent' ? stripPercent(raw) : { body: raw, percentSign: false };
      const reading = parseNumberText(body, ctx.notation);
      if (!reading.ok) {
        if (reading.reason === 'not-finite') return err('cell/too-large', raw);
        if (reading.reason === 'ambiguous') return err('cell/ambiguous-number', raw, { comma: reading.comma, point: reading.point });
        if (reading.reason === 'wrong-notation') return err('cell/wrong-notation', raw, { notation: ctx.notation ?? '', suggestion: suggestion(body, percentSign, ctx.notation) });
        return err('cell/not-a-number', raw);
      }
      number = percentSign ? fractionOfPercent(reading.value) : reading.value;
      explicitPercent = percentSign;
      seen = raw;
      break;
    }
  }
  // Only a number cell gets here without a finite value (`<v>1e400</v>` overflows when read): its
  // text is gone, and "Infinity" is not what the cell says.
  if (!Number.isFinite(number)) return err('cell/number-overflow', null);

  const issues: Issue[] = [];
  let percentStyle: PercentStyle | undefined;
  if (def.type === 'percent') {
    const p = interpretPercent(number, explicitPercent);
    if (!p.ok) return err('cell/percent-range', seen);
    if (p.style === 'bare') issues.push(makeIssue('warning', 'cell/percent-interpreted', cell.place, { field: key, value: seen, params: { percent: number } }));
    number = p.fraction;
    percentStyle = p.style;
  }
  const violated = constraintIssueType(key, number);
  if (violated) return err(violated, seen);
  return { value: number, issues, ...(percentStyle ? { percentStyle } : {}) };
}

/**
 * Read the peildatum (or delivery date): a date cell, an Excel serial (said so), or a date written
 * by hand. A date with a time of day, or outside the monitor's years, is refused: it is a number
 * read as a date (serial 0 is 1899) or a typing error, never a round.
 */
export function readDate(cell: FieldCell, ctx: FileContext, field: 'peildatum' | 'aanleverdatum' = 'peildatum'): FieldReading<string> {
  const v = cell.value;
  const fail = (type: 'cell/date' | 'cell/date-time', value: string | null): FieldReading<string> =>
    ({ value: null, issues: [makeIssue('error', type, cell.place, { field, value, expected: 'date' })] });
  const inYears = (iso: string, shown: string, issues: Issue[]): FieldReading<string> => isoInYears(iso, MONITOR_YEARS)
    ? { value: iso, issues }
    : { value: null, issues: [makeIssue('error', 'cell/date-range', cell.place, { field, value: shown, expected: 'date', params: { iso, from: MONITOR_YEARS.from, to: MONITOR_YEARS.to } })] };
  switch (v.kind) {
    case 'empty': return { value: null, issues: [] };
    case 'date': {
      const shown = v.iso.replace('T', ' ');
      return hasTimeOfDay(v.iso) ? fail('cell/date-time', shown) : inYears(v.iso, shown, []);
    }
    case 'formula-without-result': return { value: null, issues: [makeIssue('error', 'cell/formula-without-result', cell.place, { field, params: { formula: v.formula } })] };
    case 'number': case 'text': {
      if (v.kind === 'number' && !Number.isFinite(v.number)) return fail('cell/date', null);
      const shown = v.kind === 'number' ? String(v.number) : v.text;
      // A serial with a fraction is a date and a time of day (44896,5 is noon on 1 December 2022).
      if (v.kind === 'number' && !Number.isInteger(v.number) && dateFromSerial(Math.floor(v.number), ctx.date1904).ok) return fail('cell/date-time', shown);
      const reading = v.kind === 'number' ? dateFromSerial(v.number, ctx.date1904) : parseDateText(v.text, ctx.date1904);
      if (!reading.ok) return fail('cell/date', shown);
      const issues = reading.fromSerial ? [makeIssue('warning', 'cell/date-serial', cell.place, { field, value: shown, params: { iso: reading.iso } })] : [];
      return inYears(reading.iso, shown, issues);
    }
    default: return fail('cell/date', v.kind === 'error' ? v.text : String(v.kind === 'boolean' ? v.bool : ''));
  }
}

/** Read the GI name: text, or a number that is really a code. */
export function readGiName(cell: FieldCell): FieldReading<string> {
  const v = cell.value;
  // Control characters in a name are never data: they become spaces, like line breaks.
  // eslint-disable-next-line no-control-regex
  const text = v.kind === 'text' ? v.text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/gu, ' ').trim().replace(/\s+/gu, ' ') : '';
  if (text !== '') return { value: text, issues: [] };
  if (v.kind === 'empty' || v.kind === 'text') return { value: null, issues: [] };
  return { value: null, issues: [makeIssue('error', 'cell/gi', cell.place, { field: 'gi', value: v.kind === 'number' ? String(v.number) : null, expected: 'gi' })] };
}
