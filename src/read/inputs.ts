import type { Issue, Place, RawFile } from '../domain/model.js';
import { makeIssue, makeIssueWithParams, placeOfFile, type ParamsArg } from '../domain/issues.js';
import type { IssueType } from '../domain/issue-kinds.js';
import { CsvLimitError, decodeText, MAX_CSV_CELLS, readCsv, utf16Bom } from './csv.js';
import { isOwnTextReport, isOwnWorkbook } from './own-report.js';
import { readXlsx } from './xlsx.js';
import { DEFAULT_LIMITS, megabytes, type Limits } from './limits.js';
import { inspectZip, type InflateRaw, type ZipRefusal } from './zip-guard.js';

/** The extension of a file name, lower-cased, with its dot ('' when none), as path.extname sees it. */
export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 || base === '..' ? '' : base.slice(dot).toLowerCase();
}

/**
 * The zip guard for a case-level workbook, which is streamed rather than read whole (bombs,
 * lying headers), with rows up to Excel's maximum. Returns the issue that refuses it, or null.
 */
export async function streamedWorkbookRefusal(bytes: Uint8Array, file: string, limits: Limits, inflate: InflateRaw): Promise<Issue | null> {
  const verdict = await inspectZip(bytes, limits, inflate, 'streamed');
  return verdict.ok ? null : zipRefusal(placeOfFile(file), verdict);
}

/** An oversized file is refused before a byte of it is read; null when it fits. */
export function sizeRefusal(file: string, size: number, limits: Limits): Issue | null {
  if (size <= limits.maxFileBytes) return null;
  return makeIssue('error', 'limit/file-size', placeOfFile(file), { params: { size: megabytes(size), limit: megabytes(limits.maxFileBytes) } });
}

/** The error of a workbook the zip guard refused, in the sheet and cell it concerns when it concerns one. */
function zipRefusal(file: Place, verdict: ZipRefusal): Issue {
  const place = { ...file, sheet: verdict.sheet ?? null, cell: verdict.cell ?? null };
  const details = { expected: verdict.type.startsWith('file/') ? 'spreadsheet' : null, value: verdict.value ?? null };
  return makeIssueWithParams('error', verdict.type, place, details, ...([verdict.params] as ParamsArg<typeof verdict.type>));
}

/**
 * Whether the bytes of `file` are one of jbmonitor's own reports (so --out may replace it).
 * Bytes that cannot be parsed are not.
 */
export async function isOwnReport(bytes: Uint8Array, file: string, inflate: InflateRaw): Promise<boolean> {
  const kind = sniff(bytes);
  if (kind === 'text') return isOwnTextReport(decodeText(bytes).text, extensionOf(file));
  if (kind !== 'zip' || !(await inspectZip(bytes, OWN_REPORT_LIMITS, inflate)).ok) return false;
  return readXlsx(bytes, file).then((wb) => isOwnWorkbook(wb.keywords), () => false);
}

/**
 * jbmonitor's own workbook reports may list more issues than a submission has rows: they are
 * recognised within the former, larger row limit (and then skipped, never read as input).
 */
const OWN_REPORT_LIMITS: Limits = { ...DEFAULT_LIMITS, maxRows: 100_000 };

type Sniffed = 'zip' | 'ole' | 'text' | 'binary' | 'empty';

/** What the bytes are, whatever the extension says. */
export function sniff(buffer: Uint8Array): Sniffed {
  if (buffer.length === 0) return 'empty';
  if (buffer[0] === 0x50 && buffer[1] === 0x4b && buffer[2] === 0x03 && buffer[3] === 0x04) return 'zip';
  if (buffer[0] === 0xd0 && buffer[1] === 0xcf && buffer[2] === 0x11 && buffer[3] === 0xe0) return 'ole';
  // UTF-16 text (Excel's "Unicode text") is half NUL bytes: its byte-order mark says it is text.
  if (utf16Bom(buffer)) return 'text';
  return buffer.subarray(0, 8192).includes(0) ? 'binary' : 'text';
}

/** What a zip that is no workbook looks like it is, by its main part. */
function zipKind(names: ReadonlySet<string>): 'word' | 'powerpoint' | 'opendocument' | 'zip' {
  if (names.has('word/document.xml')) return 'word';
  if (names.has('ppt/presentation.xml')) return 'powerpoint';
  if (names.has('mimetype') && names.has('content.xml')) return 'opendocument';
  return 'zip';
}

export interface ReadInput {
  file?: RawFile;
  issues: Issue[];
  /** One of jbmonitor's own reports: skipped with a note. */
  ownReport?: true;
}

const ownReport = (place: Place): ReadInput => ({ issues: [makeIssue('info', 'file/own-report', place)], ownReport: true });

/** One input file's bytes into raw sheets; what cannot be read becomes an issue of that file, never a crash. */
export async function readInput(buffer: Uint8Array, file: string, hash: string, limits: Limits, inflate: InflateRaw): Promise<ReadInput> {
  const place = placeOfFile(file);
  const failAt = <T extends IssueType>(row: number | null, type: T, ...params: ParamsArg<T>): ReadInput =>
    ({ issues: [makeIssueWithParams('error', type, { ...place, row }, { expected: type.startsWith('file/') ? 'spreadsheet' : null }, ...params)] });
  const fail = <T extends IssueType>(type: T, ...params: ParamsArg<T>): ReadInput => failAt(null, type, ...params);
  const ext = extensionOf(file);
  const kind = sniff(buffer);
  if (kind === 'empty') return fail('file/empty');
  if (kind === 'ole' || ext === '.xls') return fail('file/legacy-xls');
  if (kind === 'zip') {
    const verdict = await inspectZip(buffer, limits, inflate);
    if (!verdict.ok) {
      const tooLarge = verdict.type === 'limit/rows' || verdict.type === 'limit/cells';
      return tooLarge && await isOwnReport(buffer, file, inflate) ? ownReport(place) : { issues: [zipRefusal(place, verdict)] };
    }
    // Without its workbook part a zip is no workbook (a Word document, a zip renamed .xlsx): exceljs
    // would open it as a workbook without sheets, which reads as an empty file.
    const names = new Set(verdict.entries.map((e) => e.name));
    const notWorkbook = (): ReadInput => fail('file/not-workbook', { zip: zipKind(names) });
    // Macros, external links and embedded objects are never run or followed: we read cell values only.
    const issues = verdict.activeContent.length
      ? [makeIssue('info', 'file/active-content-ignored', place, { params: { parts: verdict.activeContent.join(', ') } })]
      : [];
    try {
      const wb = await readXlsx(buffer, file, verdict.dates);
      // Own reports come first: a jbmonitor Word report (docx) carries the same mark.
      if (isOwnWorkbook(wb.keywords)) return ownReport(place);
      if (!names.has('xl/workbook.xml')) return notWorkbook();
      return { file: { file, sha256: hash, format: 'xlsx', date1904: wb.date1904, sheets: wb.sheets }, issues };
    } catch {
      // A zip that exceljs cannot open: truncated in transfer, or damaged.
      return names.has('xl/workbook.xml') ? fail('file/corrupt') : notWorkbook();
    }
  }
  // A CSV report carries its mark in the header line: the first 64 kB suffice.
  const head = ext === '.csv' || ext === '.tsv' ? buffer.subarray(0, 65_536) : buffer;
  if (kind === 'text' && isOwnTextReport(decodeText(head).text, ext)) return ownReport(place);
  if (kind === 'text' && ext === '.csv') {
    try {
      const sheet = await readCsv(buffer, file, limits.maxLineChars, limits.maxRows);
      if (sheet.rows.length === 0) return fail('file/empty');
      return { file: { file, sha256: hash, format: 'csv', date1904: false, sheets: [sheet] }, issues: [] };
    } catch (err) {
      if (err instanceof CsvLimitError) {
        return err.code === 'CSV_TOO_MANY_ROWS'
          ? failAt(err.lines, 'limit/csv-rows', { limit: limits.maxRows })
          : failAt(err.lines, 'limit/csv-cells', { limit: MAX_CSV_CELLS });
      }
      const { code, lines } = err as { code?: string; lines?: number };
      if (code === 'CSV_MAX_RECORD_SIZE') return failAt(lines ?? null, 'limit/csv-line', { limit: Math.round(limits.maxLineChars / 1024) });
      // Text that claims UTF-16 by its byte-order mark but is not.
      if (err instanceof TypeError) return fail('file/not-spreadsheet', { reason: err.message });
      return failAt(lines ?? null, 'file/csv-syntax', { reason: (err as Error).message, code: code ?? '' });
    }
  }
  return fail('file/not-spreadsheet');
}
