import type { IssueParams } from '../domain/issue-kinds.js';
import { cellBudget, megabytes, type Limits } from './limits.js';
import { EXCEL_MAX_ROWS } from './cell-refs.js';
import { listZipEntries, localDataOffset, type ZipEntry } from './zip-entries.js';
import { MAX_MERGED_CELLS, WorkbookScan, type ScanLimits, type ScanRefusal } from './xml-scan.js';

export { listZipEntries, type ZipEntry } from './zip-entries.js';

/**
 * Raw deflate, chunk by chunk, supplied by the caller (files/inflate.ts on Node): `onChunk`
 * returns false to stop early. Resolves true only when the data inflated to its end without error.
 */
export type InflateRaw = (data: Uint8Array, onChunk: (chunk: Uint8Array) => boolean) => Promise<boolean>;

/** The `t="d"` cells of a workbook by sheet and cell: the days they name (exceljs misreads them). */
export type SheetDates = Map<string, Map<string, string>>;

type RefusalType = 'file/corrupt' | 'file/unsafe-zip' | 'limit/unzipped-size' | 'limit/compression-ratio' | 'limit/rows'
  | 'limit/cells' | 'limit/merged-cells' | 'sheet/bad-reference' | 'cell/garbled-value';

/** Where in the workbook a refusal points, when it points into a sheet. */
interface Located {
  sheet?: string | null;
  cell?: string | null;
  /** The text as written, for a cell. */
  value?: string;
}

export type ZipRefusal = { [K in RefusalType]: Located & { ok: false; type: K; params: IssueParams[K] } }[RefusalType];

export type ZipVerdict = { ok: true; entries: ZipEntry[]; activeContent: string[]; dates: SheetDates } | ZipRefusal;

/** How a workbook will be read: whole by exceljs (a submission) or streamed (a case register). */
export type ReadMode = 'whole' | 'streamed';

/** Parts that could act rather than hold data: read as data only, and said so. */
const ACTIVE = [/^xl\/vbaProject\.bin$/iu, /^xl\/externalLinks\//iu, /^xl\/embeddings\//iu, /^xl\/activeX\//iu, /^xl\/ctrlProps\//iu];
/** Parts scanned as XML: every text part, and whatever exceljs takes for a worksheet (it matches anywhere in the name). */
const XML_PART = /\.(?:xml|rels|vml)$|xl\/worksheets\/sheet\d+\.xml/iu;
/** Read first: the sheet names, so that a refusal can name the sheet it concerns. */
const FIRST = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels'];

/** The bytes as latin1 text: one character per byte, so tag positions are byte positions. */
function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return text;
}

function scanLimits(limits: Limits, mode: ReadMode): ScanLimits {
  return mode === 'whole'
    ? { maxRows: limits.maxRows, maxCells: cellBudget(limits), isoDates: 'read' }
    : { maxRows: EXCEL_MAX_ROWS, maxCells: null, isoDates: 'refuse' };
}

/**
 * Check a workbook before any reader sees it: its zip structure (names, local entries), the
 * declared inflated sizes, then the actual ones (streamed, never more than declared: a header
 * that lies stops the file), and the XML of every part (rows, references, merged ranges, cell
 * values; see xml-scan.ts). Memory stays bounded whatever the file holds.
 */
export async function inspectZip(buf: Uint8Array, limits: Limits, inflate: InflateRaw, mode: ReadMode = 'whole'): Promise<ZipVerdict> {
  const listing = listZipEntries(buf);
  if (!listing.ok) {
    return listing.problem === 'corrupt'
      ? { ok: false, type: 'file/corrupt', params: {} }
      : { ok: false, type: 'file/unsafe-zip', params: { part: listing.part, problem: listing.problem } };
  }
  const { entries } = listing;
  const declared = entries.reduce((s, e) => s + e.uncompressedSize, 0);
  if (declared > limits.maxUnzippedBytes) {
    return { ok: false, type: 'limit/unzipped-size', params: { size: megabytes(declared), limit: megabytes(limits.maxUnzippedBytes) } };
  }
  const scan = new WorkbookScan(scanLimits(limits, mode));
  let inflated = 0;
  const ordered = [...entries.filter((e) => FIRST.includes(e.name)), ...entries.filter((e) => !FIRST.includes(e.name))];
  for (const entry of ordered) {
    const data = entryData(buf, entry);
    if (!data) return { ok: false, type: 'file/corrupt', params: {} };
    const size = await scanEntry(data, entry, XML_PART.test(entry.name) ? scan : null, inflate);
    if (scan.refusal) return refusalOf(scan.refusal, scan, limits, mode);
    if (size === null) return { ok: false, type: 'file/corrupt', params: {} };
    inflated += size;
  }
  const elsewhere = scan.sheetElsewhere();
  if (elsewhere !== null) return { ok: false, type: 'file/unsafe-zip', params: { part: elsewhere, problem: 'sheet-elsewhere' } };
  const ratio = buf.length > 0 ? inflated / buf.length : 0;
  if (ratio > limits.maxCompressionRatio) {
    return { ok: false, type: 'limit/compression-ratio', params: { ratio: Math.round(ratio), limit: limits.maxCompressionRatio } };
  }
  const activeContent = entries.map((e) => e.name).filter((name) => !name.endsWith('/') && ACTIVE.some((re) => re.test(name))).sort();
  return { ok: true, entries, activeContent, dates: datesBySheet(scan) };
}

function datesBySheet(scan: WorkbookScan): SheetDates {
  const out: SheetDates = new Map();
  for (const d of scan.dates) {
    const sheet = scan.sheetOf(d.part);
    if (sheet === null) continue;
    const cells = out.get(sheet) ?? new Map<string, string>();
    cells.set(d.cell, d.iso);
    out.set(sheet, cells);
  }
  return out;
}

function refusalOf(r: ScanRefusal, scan: WorkbookScan, limits: Limits, mode: ReadMode): ZipRefusal {
  const sheet = 'part' in r ? scan.sheetOf(r.part) : null;
  switch (r.type) {
    case 'corrupt': return { ok: false, type: 'file/corrupt', params: {} };
    case 'rows': return { ok: false, type: 'limit/rows', sheet, params: { limit: scanLimits(limits, mode).maxRows, part: r.part } };
    case 'cells': return { ok: false, type: 'limit/cells', params: { limit: cellBudget(limits) } };
    case 'merged-cells': return { ok: false, type: 'limit/merged-cells', sheet, params: { cells: r.cells, limit: MAX_MERGED_CELLS, part: r.part } };
    case 'reference': return { ok: false, type: 'sheet/bad-reference', sheet, params: { ref: r.ref, part: r.part, problem: r.problem } };
    case 'garbled': return { ok: false, type: 'cell/garbled-value', sheet: sheet ?? r.part, cell: r.cell.startsWith('#') ? null : r.cell, value: r.text, params: { stored: r.stored } };
  }
}

/**
 * Inflate one entry chunk by chunk, counting bytes and feeding an XML part to the scan; the
 * inflated size, or null when the data is corrupt or inflates to more than its header declares.
 * The scan may stop it early (its refusal is then in `scan`).
 */
async function scanEntry(data: Uint8Array, entry: ZipEntry, scan: WorkbookScan | null, inflate: InflateRaw): Promise<number | null> {
  const part = scan?.part(entry.name) ?? null;
  if (entry.method === 0) {
    if (data.length !== entry.uncompressedSize) return null;
    for (let i = 0; part && i < data.length; i += 1 << 16) if (!part.feed(latin1(data.subarray(i, i + (1 << 16))))) return null;
    return part && !part.end() ? null : data.length;
  }
  if (entry.method !== 8) return null;
  let bytes = 0;
  const ended = await inflate(data, (chunk) => {
    bytes += chunk.length;
    if (bytes > entry.uncompressedSize) return false;
    return part ? part.feed(latin1(chunk)) : true;
  });
  if (part && !part.end()) return null;
  return ended && bytes === entry.uncompressedSize ? bytes : null;
}

function entryData(buf: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const offset = localDataOffset(buf.subarray(entry.localHeaderOffset));
  if (offset === null) return null;
  const start = entry.localHeaderOffset + offset;
  const end = start + entry.compressedSize;
  return end <= buf.length ? buf.subarray(start, end) : null;
}
