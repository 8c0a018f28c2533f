import type { CaseKey } from './case-fields.js';
import type { FieldKey } from './model.js';
import type { IndicatorId } from './indicators.js';
import type { PublishedColumn } from './published-columns.js';

/**
 * Every kind of issue and the params it carries: the one registry of issue kinds. `makeIssue`
 * accepts exactly these params for a kind, and each message template (messages.ts) sees only
 * its own kind's params, so a template that reads a param its kind does not carry does not compile.
 *
 * Params fill the message and are never serialised (a report issue carries the message instead).
 * A list travels as one string (CommaList, JsonPlaces).
 */
export interface IssueParams {
  // reading files
  'file/unreadable': { reason: string };
  /** A path that is no regular file: a named pipe, a device, a socket (a folder only by a race). */
  'file/not-regular': { kind: 'fifo' | 'device' | 'socket' | 'directory' | 'other' };
  /** A symbolic link in an input folder, followed to the regular file `target` (its real path). */
  'file/symlink-followed': { target: string };
  /** A symbolic link in an input folder that leads nowhere (`dangling`) or round in a loop. */
  'file/symlink-broken': { reason: 'dangling' | 'loop' };
  /** `reason` is the system's error code (EACCES, ENAMETOOLONG, …). */
  'folder/unreadable': { reason: string };
  'folder/symlink-skipped': NoParams;
  'file/legacy-xls': NoParams;
  /** `reason` is what the reader said; the message is the same for any reason. */
  'file/not-spreadsheet': { reason?: string };
  'file/empty': NoParams;
  /** `code` is csv-parse's error code when there is one: known codes are said in words. */
  'file/csv-syntax': { reason: string; code?: string };
  'file/corrupt': NoParams;
  /** A zip without xl/workbook.xml: what it looks like instead. */
  'file/not-workbook': { zip: 'word' | 'powerpoint' | 'opendocument' | 'zip' };
  'file/no-fields': NoParams;
  'file/mixed-notation': NoParams;
  'file/active-content-ignored': { parts: CommaList };
  'file/own-report': NoParams;
  /** `count` issues of kind `type` in this file left out of the list (at most a few of a kind are shown). */
  'file/more-issues': { count: number; type: IssueType };
  /** A field given twice: where the first one stands, in each language. */
  'field/repeated-conflict': { first: JsonPlaces };
  'field/repeated-same': { first: JsonPlaces };
  'sheet/ignored': { sheet: string; hidden: 'yes' | 'no' };
  'sheet/skipped-by-option': { sheet: string };
  /** A hidden or very hidden sheet that was read (its figures count). */
  'sheet/hidden-read': { sheet: string };
  /** Hidden rows (numbers) and columns (letters) of a sheet that was read, as short ranges ("5, 7–9"); '' when none. */
  'sheet/hidden-cells': { sheet: string; rows: CommaList; columns: CommaList };
  'option/skip-sheet-unmatched': NoParams;
  'input/no-submissions': NoParams;
  'limit/file-size': { size: number; limit: number };
  'limit/unzipped-size': { size: number; limit: number };
  'limit/compression-ratio': { ratio: number; limit: number };
  'limit/rows': { limit: number; part: string };
  'limit/cells': { limit: number };
  'limit/merged-cells': { cells: number; limit: number; part: string };
  'file/unsafe-zip': { part: string; problem: ZipProblem };
  'sheet/bad-reference': { ref: string; part: string; problem: ReferenceProblem };
  /** The text as written is the issue's value. */
  'cell/garbled-value': { stored: StoredAs };
  'limit/csv-line': { limit: number };
  /** A CSV file with more records than --max-rows: located at the first record beyond it. */
  'limit/csv-rows': { limit: number };
  /** A CSV file with more filled-in cells than a submission can hold (MAX_CSV_CELLS). */
  'limit/csv-cells': { limit: number };
  // cells of the uitvraag
  'cell/not-delivered': NoParams;
  'cell/date-serial': { iso: string };
  'cell/formula-without-result': { formula: string };
  'cell/formula-error': NoParams;
  'cell/not-a-number': NoParams;
  'cell/ambiguous-number': { comma: number; point: number };
  /** `notation` is the file's decimal mark ('' when the file shows none). */
  'cell/wrong-notation': { notation: Notation; suggestion: string };
  'cell/negative': NoParams;
  'cell/fractional-count': NoParams;
  'cell/percent-range': NoParams;
  /** `percent` is what the bare number was read as, in percent. */
  'cell/percent-interpreted': { percent: number };
  'cell/too-large': NoParams;
  'cell/date': NoParams;
  /** A date cell (or serial) with a time of day where a date is expected. */
  'cell/date-time': NoParams;
  /** A peildatum or delivery date outside the monitor's years; `iso` is the date it was read as. */
  'cell/date-range': { iso: string; from: number; to: number };
  /** A number cell whose value is beyond what a number can hold (it would read as Infinity). */
  'cell/number-overflow': NoParams;
  'cell/gi': NoParams;
  'field/mixed-percent-style': NoParams;
  /** A fraction (0,9) in a column whose other percentages carry a % sign. */
  'field/fraction-among-percents': NoParams;
  'column/unknown': { nearest?: FieldKey; nearestCase?: CaseKey };
  /** A figure cell merged with a cell in another row: its value stands only there. */
  'cell/merged-rows': { master: string };
  /** Numbers in a table column whose header cell is empty. */
  'column/no-header-figures': NoParams;
  'column/unknown-figures': { nearest?: FieldKey; nearestCase?: CaseKey };
  'column/notes': NoParams;
  // rows and submissions
  'row/missing-gi': NoParams;
  /** `empty` when a peildatum cell or label is there but blank (rather than missing altogether). */
  'row/missing-peildatum': { empty?: 'yes' };
  'row/skipped-no-figures': NoParams;
  'row/total-mismatch': { sum: number; rows: number; label: string };
  'row/total-checked': TotalRowParams;
  'row/total-by-sums': TotalRowParams;
  /** `percent` 1 for a percentage field: `expected` is then in percent. */
  'row/total-formula-mismatch': { expected: number; percent: 0 | 1; rows: number };
  'gi/unknown': { nearest?: string };
  'gi/alias': { name: string };
  'gi/outside-monitor': { gi: string };
  'rule/types-total': { sum: number; total: number };
  'rule/types-exceed-total': { sum: number; total: number };
  'rule/waiting-exceeds-total': { total: number };
  'rule/availability-mismatch': { derived: number; reported: number };
  'rule/availability-above-establishment': { reported: number; formatie: number };
  'rule/availability-without-establishment': NoParams;
  /** `count` submissions in the group; `others` the places of the other ones. */
  'submission/duplicate': { gi: string; peildatum: string; count: number; others: JsonPlaces };
  'submission/no-figures': NoParams;
  'revision/undated': RevisionGroupParams;
  'revision/same-date': RevisionGroupParams;
  'revision/applied': { gi: string; peildatum: string; old: string; oldDate: string; changed: number };
  'revision/hint': { gi: string; peildatum: string };
  // plausibility
  'plausibility/availability-low': { rate: number; gi: string };
  'plausibility/workload': { workload: number; gi: string };
  'plausibility/days-without-count': NoParams;
  'plausibility/change': { now: number; before: number; previous: string; pct: number; direction: 'up' | 'down'; gi: string };
  'plausibility/small-round': { peildatum: string; count: number; expected: number; gis: CommaList };
  // case files
  'case/missing-value': NoParams;
  'case/unknown-type': NoParams;
  'case/date': NoParams;
  /** A case date outside the years `from`–`to`: a typing error. */
  'case/date-range': { from: number; to: number };
  /** A BSN-like value where a GI's name belongs: the row is not counted, the value never shown. */
  'case/bsn-value': NoParams;
  /** `other` is the date field this one contradicts. */
  'case/date-order': { other: CaseKey };
  'case/duplicate': { otherFile: string; otherRow: number };
  'case/bsn-column': { share: number; values: number };
  'case/missing-column': { column: string };
  'case/date-serial': NoParams;
  'case/differs': { aggregate: number; derived: number; file: string };
  'case/threshold-mismatch': { peildatum: string; drempel: number; uitvraag: number; count: number; gis: CommaList };
  // the --compare file of published figures
  'compare/empty': NoParams;
  /** `missing`: the keys of the missing columns (PublishedColumn), comma-separated. */
  'compare/missing-column': { missing: CommaList };
  'compare/duplicate-column': { column: PublishedColumn; first: string };
  'compare/unknown-column': NoParams;
  'compare/extra-column': RowWidthParams;
  'compare/missing-column-in-row': RowWidthParams;
  'compare/mixed-notation': NoParams;
  'compare/missing-value': { column: PublishedColumn };
  'compare/unknown-indicator': NoParams;
  'compare/decimals': NoParams;
  'compare/unexpected-percent': { indicator: IndicatorId };
  'compare/ambiguous-number': { comma: number; point: number };
  'compare/wrong-notation': { notation: Notation; suggestion: string };
  'compare/not-a-number': NoParams;
  'compare/more-decimals': { decimals: number };
  // --feestdagen and working days
  'feestdagen/date': NoParams;
  /** The holidays applied, per language: by law, and from --feestdagen (empty when none). */
  'workdays/no-decreed-days': { year: number; covers: string; law_nl: string; law_en: string; extra_nl: string; extra_en: string };
}

export type IssueType = keyof IssueParams;

/** A decimal mark, or '' when none is known. */
type Notation = 'comma' | 'point' | '';

/** Why a zip is refused although it may unpack: a part name two readers may resolve differently, or local entries that differ from the directory. */
export type ZipProblem = 'name' | 'duplicate' | 'local-entries' | 'sheet-elsewhere';

/** A reference beyond Excel's grid, or rows and cells out of their order. */
export type ReferenceProblem = 'grid' | 'order';

/** What a cell claims to hold when its value is refused (`streamed-date`: a `t="d"` cell in a streamed register). */
export type StoredAs = 'number' | 'boolean' | 'shared-string' | 'date' | 'streamed-date' | 'structure';

/** A kind without params. */
export type NoParams = Record<never, never>;

/** Items joined by commas, as the message shows them ("GI A, GI B") or as keys ("published,decimals"). */
export type CommaList = string;

/** A JSON list of places ({ file, sheet, cell, row }), rendered in the report's language. */
export type JsonPlaces = string;

/** A total row accepted as a total: which GI rows it adds up to, and the formula columns not checked. */
interface TotalRowParams {
  rows: number;
  where: 'table' | 'above' | 'below';
  outside: 'included' | 'excluded' | 'none';
  /** The keys (FieldKey) of the formula columns that could not be checked. */
  unchecked: CommaList;
}

interface RevisionGroupParams { gi: string; peildatum: string; files: JsonPlaces }

/** A row of the published-figures file with more or fewer values than its header. */
interface RowWidthParams { count: number; expected: number; delimiter: string }
