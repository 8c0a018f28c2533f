import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Issue, Lang } from '../domain/model.js';
import { UsageError } from '../domain/errors.js';
import { UITVRAAG_THRESHOLD, type WaitingRule } from '../domain/waiting-rule.js';
import { DEFAULT_NORM } from '../domain/norm.js';
import { isoInYears, MONITOR_YEARS } from '../domain/calendar.js';
import { WorkingCalendar } from '../domain/workdays.js';
import { loadHolidaySources } from './load-holidays.js';
import { FORMAT_IDS, FORMATS, formatByExtension, formatById, type FormatDef } from '../render/formats.js';
import { parseDateText, type Notation } from '../validate/parse-value.js';
import { DEFAULT_LIMITS, LIMIT_OPTIONS, type Limits } from '../read/limits.js';
import { isOwnReportFile } from '../files/inputs.js';
import type { RevisionMode } from '../validate/revisions.js';
import type { CaseOptions } from '../cases/index.js';

/** Options shared by the commands that read submissions. */
export interface InputOptions {
  lang: Lang;
  decimal: Notation | null;
  peildatum: string | null;
  giRegister: string | null;
  strict: boolean;
  limits: Limits;
  /** --revisions: duplicates are errors (default) or the latest aanleverdatum wins. */
  revisions?: RevisionMode;
  /** Every --peildatum (repeatable for case files); absent = [peildatum] or none. */
  peildata?: string[];
  /** How case-level files are counted (the waiting rule, the progress bar). */
  cases?: CaseOptions;
  /** --skip-sheet: sheet names left out of every workbook. */
  skipSheets?: readonly string[];
}

/** The limit options as commander hands them over (camel-cased option names). */
export interface LimitFlags {
  maxFileMb?: string;
  maxUnzippedMb?: string;
  maxCompressionRatio?: string;
  maxRows?: string;
  maxLineKb?: string;
}

const FLAG_OF: Record<keyof Limits, keyof LimitFlags> = {
  maxFileBytes: 'maxFileMb',
  maxUnzippedBytes: 'maxUnzippedMb',
  maxCompressionRatio: 'maxCompressionRatio',
  maxRows: 'maxRows',
  maxLineChars: 'maxLineKb',
};

/**
 * The input limits: defaults, each overridable by its option (a positive whole number: a limit
 * of 0.3 kB is no whole number of characters, and the readers take whole numbers only).
 */
export function parseLimits(flags: LimitFlags): Limits {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(FLAG_OF) as (keyof Limits)[]) {
    const text = flags[FLAG_OF[key]];
    if (text === undefined) continue;
    const n = Number(text);
    const { option, unit } = LIMIT_OPTIONS[key];
    if (!/^\d+$/u.test(text) || !(n >= 1) || !Number.isSafeInteger(n * unit)) {
      throw new UsageError(`${option} must be a positive whole number, not "${text}"`, `${option} moet een positief geheel getal zijn, niet "${text}"`);
    }
    limits[key] = n * unit;
  }
  return limits;
}

export function parseLang(value: string | undefined): Lang {
  if (value === undefined || value === 'nl') return 'nl';
  if (value === 'en') return 'en';
  throw new UsageError(`--lang must be nl or en, not "${value}"`, `--lang moet nl of en zijn, niet "${value}"`);
}

export function parseDecimal(value: string | undefined): Notation | null {
  if (value === undefined) return null;
  if (value === 'comma' || value === 'point') return value;
  throw new UsageError(`--decimal must be comma or point, not "${value}"`, `--decimal moet comma of point zijn, niet "${value}"`);
}

export function parsePeildatumOption(value: string | undefined): string | null {
  if (value === undefined) return null;
  const d = parseDateText(value);
  if (!d.ok || d.fromSerial) throw new UsageError(`--peildatum "${value}" is not a date (e.g. 2022-12-01)`, `--peildatum "${value}" is geen datum (bijv. 2022-12-01)`);
  const { from, to } = MONITOR_YEARS;
  if (!isoInYears(d.iso, MONITOR_YEARS)) throw new UsageError(`--peildatum "${value}" lies outside the years ${from}–${to} of the monitor`, `--peildatum "${value}" ligt buiten de jaren ${from}–${to} van de monitor`);
  return d.iso;
}

/** --peildatum, repeatable: every date, in order, without repeats. */
export function parsePeildata(value: string | readonly string[] | undefined): string[] {
  const list = value === undefined ? [] : typeof value === 'string' ? [value] : value;
  const dates = list.map((v) => parsePeildatumOption(v) ?? '');
  return [...new Set(dates)].sort();
}

/** --drempel: the number of days after which a child counts as waiting (whole days ≥ 0). */
export function parseThreshold(value: string | undefined): number {
  if (value === undefined) return UITVRAAG_THRESHOLD;
  if (!/^\d{1,4}$/u.test(value)) throw new UsageError(`--drempel must be a whole number of days, not "${value}"`, `--drempel moet een geheel aantal dagen zijn, niet "${value}"`);
  return Number(value);
}

/** The options that decide how case files count waiting children (compute and validate). */
export interface WaitingFlags {
  werkdagen?: boolean;
  drempel?: string;
  feestdagen?: string;
}

/**
 * The waiting rule of the run. With --werkdagen the holidays are those of the Algemene
 * termijnenwet, the bundled decreed days and the --feestdagen file; its bad lines come back as issues.
 */
export async function loadWaitingRule(flags: WaitingFlags, cwd: string): Promise<{ rule: WaitingRule; issues: Issue[] }> {
  const threshold = parseThreshold(flags.drempel);
  if (!flags.werkdagen) {
    if (flags.feestdagen !== undefined) {
      throw new UsageError('--feestdagen only applies to working days: add --werkdagen', '--feestdagen geldt alleen voor werkdagen: voeg --werkdagen toe');
    }
    return { rule: { days: 'calendar', threshold }, issues: [] };
  }
  const { sources, issues } = await loadHolidaySources(flags.feestdagen ?? null, cwd);
  return { rule: { days: 'working', threshold, calendar: new WorkingCalendar(sources) }, issues };
}

export function parseNorm(value: string | undefined): number {
  if (value === undefined) return DEFAULT_NORM;
  const n = Number(value.replace(',', '.'));
  if (!Number.isFinite(n) || n <= 0 || !/^\d+([.,]\d+)?$/u.test(value)) {
    throw new UsageError(`--norm must be a positive number, not "${value}"`, `--norm moet een positief getal zijn, niet "${value}"`);
  }
  return n;
}

export interface OutputTarget {
  format: FormatDef;
  /** The path as given, or null for stdout. */
  out: string | null;
  absolute: string | null;
}

/** A file the run reads beside the submissions, named by its option (--gi-register, --compare, --feestdagen). */
export interface OptionFile {
  option: string;
  path: string;
}

/** The option files of a run: those given. */
export function optionFiles(files: Record<string, string | undefined | null>): OptionFile[] {
  return Object.entries(files).flatMap(([option, p]) => (p ? [{ option, path: p }] : []));
}

async function realOf(cwd: string, p: string): Promise<string> {
  const absolute = path.resolve(cwd, p);
  return realpath(absolute).catch(() => absolute);
}

/**
 * Refuse an --out that names a file the run reads: an option file (the GI register, the published
 * figures, the holidays) always; an input unless it is jbmonitor's own earlier report, which is
 * skipped as an input anyway and so may be replaced. We never write over what we read.
 */
export async function refuseOutOverInputs(out: string, cwd: string, inputs: readonly string[], also: readonly OptionFile[]): Promise<void> {
  const target = await realOf(cwd, out);
  for (const file of also) {
    if (await realOf(cwd, file.path) === target) {
      throw new UsageError(`--out ${out} is the ${file.option} file, which this run reads; choose another file`, `--out ${out} is het bestand van ${file.option}, dat deze run leest; kies een ander bestand`);
    }
  }
  for (const input of inputs) {
    const real = await realOf(cwd, input);
    if (real === target && !(await isOwnReportFile(real))) {
      throw new UsageError(`--out ${out} is one of the inputs; choose another file`, `--out ${out} is een van de invoerbestanden; kies een ander bestand`);
    }
  }
}

/**
 * Decide format and target: --format, or inferred from --out's extension; refuse a contradiction
 * and an --out that names a file the run reads (we never write over an input).
 */
export async function resolveOutput(format: string | undefined, out: string | undefined, cwd: string, inputs: readonly string[], also: readonly OptionFile[] = []): Promise<OutputTarget> {
  const toStdout = out === undefined || out === '-';
  const ext = toStdout ? '' : path.extname(out);
  const byExt = ext ? formatByExtension(ext) : undefined;
  if (format !== undefined && !formatById(format)) {
    throw new UsageError(`unknown format "${format}"; choose from ${FORMAT_IDS.join(', ')}`, `onbekend formaat "${format}"; kies uit ${FORMAT_IDS.join(', ')}`);
  }
  if (format === undefined && ext && !byExt) {
    // Never guess: writing a table into rapport.pdf would only look like success.
    const known = FORMATS.flatMap((f) => f.extensions).join(', ');
    throw new UsageError(`cannot tell the format from the extension of --out ${out ?? ''}; use --format, or one of ${known}`, `het formaat volgt niet uit de extensie van --out ${out ?? ''}; gebruik --format, of een van ${known}`);
  }
  const chosen = format !== undefined ? formatById(format) : byExt ?? formatById('table');
  if (!chosen) throw new Error('the table format is missing from the registry');
  if (format !== undefined && ext && byExt && byExt.id !== format && !chosen.alsoWrites?.includes(ext.toLowerCase())) {
    throw new UsageError(`--format ${format} contradicts the extension of --out ${out ?? ''}`, `--format ${format} spreekt de extensie van --out ${out ?? ''} tegen`);
  }
  if (toStdout) return { format: chosen, out: null, absolute: null };
  await refuseOutOverInputs(out, cwd, inputs, also);
  return { format: chosen, out, absolute: path.resolve(cwd, out) };
}
