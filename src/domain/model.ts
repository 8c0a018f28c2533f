/**
 * The shared types of the pipeline: read → validate → compute → render → write.
 * Every stage takes one of these and returns the next; nothing here does I/O.
 */

import type { IndicatorId } from './indicators.js';
import type { IssueParams, IssueType } from './issue-kinds.js';

/**
 * The mark every report format carries (xlsx keywords, a CSV header cell, an html meta tag, an md
 * comment), so that a report saved among the submissions is recognised and skipped.
 */
export const REPORT_MARK = 'jbmonitor-rapport';

/** User-facing language. Dutch is the default everywhere. */
export type Lang = 'nl' | 'en';

/** A Dutch and an English text. */
export interface Labels {
  nl: string;
  en: string;
}

// ---------------------------------------------------------------- read

/** One cell as the reader found it, before any interpretation. */
export type RawValue =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  /** A numeric cell of a workbook; `percent` when its number format shows a percentage. */
  | { kind: 'number'; number: number; percent: boolean }
  /** A date cell of a workbook, already as an ISO day (YYYY-MM-DD). */
  | { kind: 'date'; iso: string }
  | { kind: 'boolean'; bool: boolean }
  /** A formula whose cached result is an error value such as #DIV/0!. */
  | { kind: 'error'; text: string }
  /** A formula saved without a cached result: we never evaluate formulas. */
  | { kind: 'formula-without-result'; formula: string };

export interface RawCell {
  /** 1-based row and column in the sheet or CSV file. */
  row: number;
  col: number;
  value: RawValue;
  /** A cell of a merged range whose value stands in another row (A1 of that cell): empty here. */
  mergedWith?: string;
}

/** One sheet of a workbook, or a whole CSV file (sheet = null). */
export interface RawSheet {
  file: string;
  sheet: string | null;
  /** A hidden or very hidden sheet: read like a visible one, with a warning. */
  hidden: boolean;
  /** Rows of cells; trailing empty rows are dropped by the reader. Index = row - 1. */
  rows: RawCell[][];
  /** Hidden rows and columns (1-based) that hold cells: read like the others, with a note. */
  hiddenRows?: number[];
  hiddenColumns?: number[];
}

/** A file as read from disk: its sheets, or the reason it could not be read. */
export interface RawFile {
  file: string;
  sha256: string;
  format: 'xlsx' | 'csv';
  /** Workbooks saved with the 1904 date system count serial dates from 1904-01-01. */
  date1904: boolean;
  sheets: RawSheet[];
}

/** One field's cell in a form or table, with where it sits. */
export interface FieldCell {
  key: FieldKey;
  value: RawValue;
  place: Place;
  /** See RawCell.mergedWith. */
  mergedWith?: string;
}

/** One GI's row of a table, or a whole form: the cells that name a field. */
export interface RawRecord {
  layout: 'form' | 'table';
  /** The row (table) or sheet (form) the record comes from. */
  place: Place;
  cells: Partial<Record<FieldKey, FieldCell>>;
  /** A field given a second time (a repeated label, a second column with the same header). */
  duplicates?: FieldCell[];
}

/** What a sheet holds once its layout is recognised. */
export interface SheetRecords {
  file: string;
  sheet: string | null;
  layout: 'form' | 'table';
  /** A form's one record, or every data row of a table (GIs, totals, headings: validate decides). */
  records: RawRecord[];
  /** A `Peildatum` label above a table's header, for tables without a peildatum column. */
  peildatum: FieldCell | null;
  /** Headers or labels that name no field. */
  unknown: { text: string; place: Place; /** Numbers stand in its column (or beside its label). */ figures: boolean }[];
}

/** One file's recognised sheets, as the read stage hands them over to validate. */
export interface FileRecords {
  file: string;
  date1904: boolean;
  sheets: SheetRecords[];
}

/** An input file: the path as the user would recognise it, and where it really is. */
export interface InputFile {
  path: string;
  absolute: string;
  /** The size when the run first saw the file: no reader reads beyond it, however the file grows. */
  size?: number;
}

// ---------------------------------------------------------------- issues

export type Severity = 'error' | 'warning' | 'info';

/** Where a problem sits. Keys that do not apply are null. */
export interface Place {
  file: string | null;
  sheet: string | null;
  /** A1-style cell of a workbook. */
  cell: string | null;
  /** 1-based row (of the sheet or CSV file). */
  row: number | null;
  /** Column letter (xlsx) or header text (csv). */
  column: string | null;
}

/** What every issue has, whatever its kind. */
export interface IssueBase extends Place {
  severity: Severity;
  field: string | null;
  /** The value seen, as text; never a client identifier. */
  value: string | null;
  /**
   * Present when the value seen was a number (a number cell, a figure the rules compare) rather
   * than text: reports write it in their language (1.194,5 / 1,194.5); `value` holds it in JS notation.
   */
  number?: IssueNumber;
  /** What was expected, as a code of domain/messages.ts (translated when reported). */
  expected: string | null;
}

/**
 * A validation problem: data, not an exception. The `type` (a kind of domain/issue-kinds.ts) picks
 * the message template (domain/messages.ts) and the shape of `params`, which fill it: `Issue` is a
 * union discriminated by `type`, and `Issue<'gi/unknown'>` one kind of it.
 */
export type Issue<T extends IssueType = IssueType> = { [K in T]: IssueBase & { type: K; params: IssueParams[K] } }[T];

/** A number an issue shows: `percent` = a percentage (81.2 → 81,2%); at most `decimals` decimals (default 6). */
export interface IssueNumber {
  value: number;
  percent?: boolean;
  decimals?: number;
}

/** An issue as reports show it: `expected` and `message` in the report language, `value` as shown. */
export interface ReportIssue extends Omit<IssueBase, 'number'> {
  type: IssueType;
  message: string;
}

// ---------------------------------------------------------------- validate

/** The canonical keys of the uitvraag (the zod schema's keys). */
export type FieldKey =
  | 'gi'
  | 'peildatum'
  | 'formatie_fte'
  | 'beschikbaarheid'
  | 'beschikbare_fte'
  | 'ots'
  | 'voogdij'
  | 'jr'
  | 'maatregelen_totaal'
  | 'wachtlijst_start'
  | 'wachtdagen_start'
  | 'interne_wachtlijst'
  | 'wachtdagen_intern'
  | 'personeelsverloop'
  | 'ziekteverzuim'
  /** The date the GI delivered (or re-delivered) the figures; not a figure. */
  | 'aanleverdatum';

export type FigureKey = Exclude<FieldKey, 'gi' | 'peildatum' | 'aanleverdatum'>;

/** The figures of one submission after parsing; null = not delivered. */
export type Figures = Record<FigureKey, number | null>;

/** One GI × one peildatum, parsed and checked. */
export interface Submission {
  /** Canonical GI name from the register (or the name as given, for an unknown GI). */
  gi: string;
  registered: boolean;
  /** A GI of the monitor; false (Nidos) = shown per GI, never in the national figures or coverage. */
  monitor: boolean;
  /** ISO date YYYY-MM-DD. */
  peildatum: string;
  figures: Figures;
  /** Where this submission came from, for messages and provenance. */
  source: Place;
  /** Fields delivered with a warning, for the delivery matrix. */
  warnedFields: FigureKey[];
  /** Figures derived from case-level files rather than typed in a submission. */
  derivedFields?: FigureKey[];
  /** ISO delivery date, when the submission gives one (decides between re-deliveries). */
  aanleverdatum?: string | null;
  /** Where each delivered figure sits, for messages about the figure (e.g. a change against the previous round). */
  places?: Partial<Record<FigureKey, Place>>;
  /** Where the GI's name sits, for messages about the submission as a whole (e.g. a duplicate). */
  giPlace?: Place;
}

/** One GI of the register. */
export interface RegisterEntry {
  name: string;
  code: string;
  aliases: string[];
  /** Part of the monitor (expected every round). Nidos is registered but reported separately. */
  monitor: boolean;
}

// ---------------------------------------------------------------- compute

/** An indicator's figure for the whole country in one round. */
export interface NationalValue {
  value: number | null;
  /** A sum or waiting share over GIs of which some did not deliver: "ten minste". */
  lower_bound: boolean;
  /** GIs whose figures went into the value, of the GIs expected in the round. */
  gi_count: number;
  gi_total: number;
  /** Expected GIs that did not deliver what this indicator needs, by name. */
  missing: string[];
  /** Change against the latest earlier round that has this indicator (see compute/trend.ts). */
  change?: Change;
  /** For netto_toename_fte: the round compared with, and the GIs not present in both rounds. */
  base_peildatum?: string | null;
  not_in_both?: string[];
}

export interface GiValue {
  value: number | null;
  lower_bound?: boolean;
  change?: Change;
}

/**
 * The change of a figure against an earlier round. Shares (percent indicators) change in
 * procentpunten: `absolute` is then a difference of fractions (0.012 = 1,2 procentpunt).
 */
export interface Change {
  /** The round compared with: the latest earlier round that has the figure. */
  base_peildatum: string;
  /** Rounds between base and this one that were skipped because they lack the figure. */
  skipped: string[];
  absolute: number;
  /** absolute / base value (a fraction; 0.01 = 1%); null when the base is 0. */
  relative: number | null;
  /** False between a lower bound and a full figure, or between different sets of GIs. */
  comparable: boolean;
  /** When not comparable: the change over the GIs that contributed to both rounds. */
  like_for_like: LikeForLike | null;
}

export interface LikeForLike {
  absolute: number | null;
  relative: number | null;
  gi_count: number;
  /** GIs that contributed to only one of the two rounds, by name. */
  excluded: string[];
}

/** One figure changed by a re-delivery (--revisions latest). */
export interface Revision {
  gi: string;
  peildatum: string;
  field: string;
  old: number | null;
  new: number | null;
  old_file: string | null;
  new_file: string | null;
}

/** One figure of a published letter, from the --compare file. */
export interface PublishedFigure {
  peildatum: string;
  indicator: IndicatorId;
  /** As printed; percent indicators in percent (2.2 = 2,2%). */
  published: number;
  decimals: number;
  source: string;
}

/**
 * A published figure against the computed one, both at the published decimals: equal, different,
 * or — when the computed value is a lower bound — consistent with it or contradicting it.
 */
export type ComparisonVerdict = 'gelijk' | 'verschil' | 'verenigbaar-met-ondergrens' | 'in-strijd-met-ondergrens';

/** One published figure next to the computed one (--compare). */
export interface ComparisonRow extends PublishedFigure {
  /** Computed, full precision, on the published scale (percent for percent indicators); null = not computed. */
  computed: number | null;
  lower_bound: boolean;
  /** The computed value rounded to `decimals`, half away from zero. */
  computed_rounded: number | null;
  /** published − computed (full precision). */
  difference: number | null;
  /** The computed value, rounded to the published decimals, equals the published value (verdict `gelijk`). */
  explained_by_rounding: boolean;
  /** Null when the figure was not computed. */
  verdict: ComparisonVerdict | null;
}

export interface GiResult {
  gi: string;
  registered: boolean;
  /** Present (true) for a registered GI outside the monitor (Nidos): not in the national figures. */
  outside_national?: true;
  source: Place;
  indicators: Record<string, GiValue>;
}

/** What one GI delivered for one field: the aanleverstatus. */
export type DeliveryStatus = 'geleverd' | 'ontbreekt' | 'waarschuwing';

/** One expected GI's row of the aanleverstatus matrix of a round. */
export interface DeliveryRow {
  gi: string;
  /** False for an expected GI that sent nothing for this peildatum (every field 'ontbreekt'). */
  submitted: boolean;
  /** Per figure of the uitvraag, in the order of the form. */
  fields: Record<FigureKey, DeliveryStatus>;
}

/** The case-level waiting rule, printed with the figures it produced (see compute/waiting.ts). */
export interface WaitingRuleReport {
  source: 'case-level';
  days: 'calendar' | 'working';
  threshold: number;
  holidays: 'algemene-termijnenwet' | null;
  /** With working days: the years for which the days set equal by decree (art. 3 lid 3) are known. */
  decreed_days_cover?: { from: number; to: number } | null;
  /** With working days: the days added with --feestdagen (ISO dates), or null without that option. */
  feestdagen?: { file: string; days: string[] } | null;
  /** The rule in words, in the report language. */
  description: string;
}

export interface Round {
  peildatum: string;
  /** The GIs expected in this round: register monitor GIs plus any unregistered GI that submitted. */
  expected: string[];
  national: Record<string, NationalValue>;
  gis: GiResult[];
  /** Per expected GI (sorted like `expected`): which fields it delivered, missed, or delivered with a warning. */
  aanleverstatus: DeliveryRow[];
  /** Present when case-level files supplied this round's counts and waiting figures. */
  waiting_rule?: WaitingRuleReport;
}

export interface InputRef {
  path: string;
  sha256: string;
}

/** Options that change numbers; they are part of every report. */
export interface ComputeOptions {
  /** The workload target (streefwaarde), measures per available fte. */
  norm: number;
}

/** The one value every format renders. JSON is this, serialised. */
export interface Report {
  tool: { name: string; version: string };
  definitions_version: string;
  options: ComputeOptions & Record<string, string | number | boolean | null>;
  inputs: InputRef[];
  valid: boolean;
  rounds: Round[];
  issues: ReportIssue[];
  /** Present with --revisions latest: what the re-deliveries changed. */
  revisions?: Revision[];
  /** Present with --compare: published figures against the computed ones. */
  comparison?: ComparisonRow[];
}
