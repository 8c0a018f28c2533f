/**
 * A streaming look at the XML parts of a workbook before any reader parses them: exceljs
 * allocates what the XML declares (every row up to a row number, every cell of a merged range)
 * and reads numbers with parseFloat (`283abc` → 283). This scan checks, chunk by chunk and in
 * bounded memory, the fields that decide what exceljs allocates and the values it would read
 * wrongly. It looks for the tags by name wherever they stand (a comment or a CDATA section
 * included): a superset of what exceljs parses, so nothing exceljs sees escapes it.
 */
import type { ReferenceProblem, StoredAs } from '../domain/issue-kinds.js';
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS, parseCellRef, parseRange, rangeArea } from './cell-refs.js';


export type ScanRefusal =
  | { type: 'corrupt'; part: string }
  | { type: 'rows'; part: string; rows: number }
  | { type: 'cells'; cells: number }
  | { type: 'merged-cells'; part: string; cells: number }
  | { type: 'reference'; part: string; ref: string; problem: ReferenceProblem }
  | { type: 'garbled'; part: string; cell: string; text: string; stored: StoredAs };

export interface ScanLimits {
  /** Row elements (and the highest row number) in one part. */
  maxRows: number;
  /** Cells and rows of all parts together (merged cells included); null for a streamed workbook. */
  maxCells: number | null;
  /** A workbook read whole takes `t="d"` cells as dates; a streamed one cannot, and refuses them. */
  isoDates: 'read' | 'refuse';
}

/** Cells of all merged ranges of one sheet: titles and notes; far more is no form. */
export const MAX_MERGED_CELLS = 10_000;

/** The longest tag or value the scan holds while waiting for its end (the rest streams through). */
const MAX_PENDING = 1 << 20;

/** A `t="d"` cell, read as the day it names. */
export interface IsoDateCell {
  part: string;
  cell: string;
  iso: string;
}

/** The tags that matter, found by name (unprefixed: exceljs ignores prefixed ones). */
/** A whole tag that matters, its quoted values skipped (a value may hold '>'); or a DOCTYPE, which no workbook has. */
const TAG = /<(\/?)(row|c|v|is|rPh|phoneticPr|mergeCell|dimension|col|sheet|Relationship)(?=[\s/>])([^<>"']*(?:"[^"<]*"[^<>"']*|'[^'<]*'[^<>"']*)*)>|<!DOCTYPE/g;
const NUMBER = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/u;
const ISO_DAY = /^\s*(\d{4})-(\d{2})-(\d{2})(?:T00:00(?::00(?:\.0+)?)?(?:Z|[+-]\d{2}:\d{2})?)?\s*$/u;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML character and entity references, as a parser resolves them. */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/gu, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref] ?? whole;
  });
}

const UTF8 = new TextDecoder('utf-8');

/** Latin-1 text (one character per byte) as the UTF-8 it holds. */
function utf8(latin1: string): string {
  if (!/[\x80-\xff]/u.test(latin1)) return latin1;
  const bytes = new Uint8Array(latin1.length);
  for (let i = 0; i < latin1.length; i++) bytes[i] = latin1.charCodeAt(i);
  return UTF8.decode(bytes);
}

const attrPatterns = new Map<string, RegExp>();

/** One attribute of a tag's text, decoded; undefined when the tag has none. */
function attr(body: string, name: string): string | undefined {
  let re = attrPatterns.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attrPatterns.set(name, re);
  }
  const m = re.exec(body);
  return m ? utf8(decodeXml(m[1] ?? m[2] ?? '')) : undefined;
}

const NAMES = ['row', 'c', 'v', 'is', 'rPh', 'phoneticPr', 'mergeCell', 'dimension', 'col', 'sheet', 'Relationship'];

/** Whether `tail` (from a '<' to the end of a chunk) may be the start of a tag that matters. */
function mayBeginTag(tail: string): boolean {
  if ('<!DOCTYPE'.startsWith(tail)) return true;
  const m = /^<\/?([A-Za-z]*)([\s\S]?)/u.exec(tail);
  if (!m) return false;
  const [, name = '', next = ''] = m;
  return next === '' ? NAMES.some((n) => n.startsWith(name)) : NAMES.includes(name) && /[\s/>]/u.test(next);
}

function isoDay(text: string): string | null {
  const m = ISO_DAY.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** The findings of a scan over all parts of one workbook. */
export class WorkbookScan {
  units = 0;
  refusal: ScanRefusal | null = null;
  readonly dates: IsoDateCell[] = [];
  private readonly sheets: { name: string; rid: string }[] = [];
  private readonly rels = new Map<string, string>();

  constructor(readonly limits: ScanLimits) {}

  /** A scanner for one part; feed it the part's text (Latin-1, one character per byte). */
  part(name: string): PartScan {
    return new PartScan(name, this);
  }

  refuse(refusal: ScanRefusal): false {
    this.refusal ??= refusal;
    return false;
  }

  addSheet(name: string, rid: string): boolean {
    if (this.sheets.length >= EXCEL_MAX_COLUMNS) return false;
    this.sheets.push({ name, rid });
    return true;
  }

  addRelationship(id: string, target: string): boolean {
    if (this.rels.size >= EXCEL_MAX_COLUMNS) return false;
    this.rels.set(id, target);
    return true;
  }

  /** The name of the sheet a part holds, found the way exceljs finds it; null for no sheet. */
  sheetOf(part: string): string | null {
    for (const s of this.sheets) if (this.partOf(s.rid) === part) return s.name;
    return null;
  }

  /**
   * The part of a sheet the workbook names where exceljs does not look for sheets (it reads only
   * parts named xl/worksheets/sheetN.xml): such a sheet would be missed, or a stale one read in
   * its place. Null when every sheet is where Excel puts it.
   */
  sheetElsewhere(): string | null {
    for (const s of this.sheets) {
      const part = this.partOf(s.rid) ?? s.rid;
      if (!/^xl\/worksheets\/sheet\d+\.xml$/u.test(part)) return part;
    }
    return null;
  }

  private partOf(rid: string): string | null {
    const target = this.rels.get(rid);
    return target === undefined ? null : `xl/${target.replace(/^(\s|\/xl\/)+/u, '')}`;
  }
}

interface OpenCell {
  ref: string;
  type: string | undefined;
  /** Its values so far (`<v>` and `<is>`), as written: Excel writes one. */
  values: string[];
}

export class PartScan {
  private pending = '';
  private rows = 0;
  private row = 0;
  private col = 0;
  private merged = 0;
  private cell: OpenCell | null = null;
  private readonly workbookPart: boolean;
  private readonly relsPart: boolean;

  constructor(private readonly name: string, private readonly scan: WorkbookScan) {
    this.workbookPart = name === 'xl/workbook.xml';
    this.relsPart = name === 'xl/_rels/workbook.xml.rels';
  }

  /** Scan the next chunk; false once the part (or the workbook) is refused. */
  feed(chunk: string): boolean {
    const text = this.pending + chunk;
    this.pending = '';
    TAG.lastIndex = 0;
    let done = 0;
    for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
      if (m[0] === '<!DOCTYPE') return this.scan.refuse({ type: 'corrupt', part: this.name });
      const body = m[3] ?? '';
      const closing = m[1] === '/';
      const selfClosing = body.endsWith('/');
      let end = m.index + m[0].length;
      if (m[2] === 'v' && !closing && !selfClosing) {
        const valueEnd = text.indexOf('<', end);
        if (valueEnd < 0 || valueEnd + 4 > text.length) return this.wait(text.slice(m.index));
        if (!text.startsWith('</v>', valueEnd)) return this.scan.refuse({ type: 'corrupt', part: this.name });
        if (!this.value(text.slice(end, valueEnd))) return false;
        end = valueEnd;
      } else if (!this.tag(m[2] ?? '', closing, selfClosing, body)) {
        return false;
      }
      done = end;
      TAG.lastIndex = end;
    }
    // A tag that matters may have begun at the end and go on in the next chunk (a tag that
    // never ends, or holds a '<', is no XML: exceljs refuses it itself).
    const lt = text.lastIndexOf('<');
    return lt >= done && mayBeginTag(text.slice(lt)) ? this.wait(text.slice(lt)) : true;
  }


  /** The part has ended: the last checks. */
  end(): boolean {
    return this.scan.refusal === null;
  }

  private wait(rest: string): boolean {
    if (rest.length > MAX_PENDING) return this.scan.refuse({ type: 'corrupt', part: this.name });
    this.pending = rest;
    return true;
  }

  private tag(name: string, closing: boolean, selfClosing: boolean, body: string): boolean {
    if (closing) {
      if (name === 'c') this.cell = null;
      return true;
    }
    switch (name) {
      case 'row': return this.openRow(attr(body, 'r'));
      case 'c': return this.openCell(body, selfClosing);
      case 'mergeCell': return this.merge(attr(body, 'ref') ?? '');
      case 'dimension': return this.reference(attr(body, 'ref') ?? '');
      case 'col': return this.columns(body);
      case 'is': return this.inlineString();
      // A phonetic guide inside a cell's text made exceljs drop the rest of the sheet unnoticed.
      // (A worksheet's own <phoneticPr>, outside any cell, is common and harmless.)
      case 'rPh': case 'phoneticPr': return this.cell === null || this.misbuilt(`<${name}>`);
      case 'sheet': {
        if (!this.workbookPart) return true;
        return this.scan.addSheet(attr(body, 'name') ?? '', attr(body, 'r:id') ?? '') || this.scan.refuse({ type: 'corrupt', part: this.name });
      }
      case 'Relationship': {
        if (!this.relsPart) return true;
        return this.scan.addRelationship(attr(body, 'Id') ?? '', attr(body, 'Target') ?? '') || this.scan.refuse({ type: 'corrupt', part: this.name });
      }
      default: return true;
    }
  }

  private count(units: number): boolean {
    this.scan.units += units;
    const { maxCells } = this.scan.limits;
    return maxCells === null || this.scan.units <= maxCells || this.scan.refuse({ type: 'cells', cells: this.scan.units });
  }

  private openRow(r: string | undefined): boolean {
    this.rows++;
    const number = r === undefined ? this.row + 1 : /^\d{1,7}$/u.test(r) ? Number(r) : -1;
    // A row is named as Excel names a whole row: 5:5.
    if (number < 1 || number > EXCEL_MAX_ROWS) return this.badReference(`${r ?? number}:${r ?? number}`, 'grid');
    if (number <= this.row) return this.badReference(`${number}:${number}`, 'order');
    this.row = number;
    this.col = 0;
    this.cell = null;
    const rows = Math.max(this.rows, this.row);
    if (rows > this.scan.limits.maxRows) return this.scan.refuse({ type: 'rows', part: this.name, rows });
    return this.count(1);
  }

  private openCell(body: string, selfClosing: boolean): boolean {
    const r = attr(body, 'r');
    let ref: string;
    if (r === undefined) {
      this.col++;
      if (this.col > EXCEL_MAX_COLUMNS) return this.badReference(`${this.row}:${this.col}`, 'grid');
      ref = `#${this.col}`;
    } else {
      const at = parseCellRef(r);
      if (!at) return this.badReference(r, 'grid');
      if (at.row !== this.row || at.col <= this.col) return this.badReference(r, 'order');
      this.col = at.col;
      ref = r;
    }
    this.cell = selfClosing ? null : { ref, type: attr(body, 't'), values: [] };
    return this.count(1);
  }

  private merge(ref: string): boolean {
    const range = parseRange(ref);
    if (!range) return this.badReference(ref, 'grid');
    const area = rangeArea(range);
    this.merged += area;
    if (this.merged > MAX_MERGED_CELLS) return this.scan.refuse({ type: 'merged-cells', part: this.name, cells: this.merged });
    return this.count(area);
  }

  private reference(ref: string): boolean {
    return parseRange(ref) !== null || this.badReference(ref, 'grid');
  }

  private columns(body: string): boolean {
    const [min, max] = [attr(body, 'min') ?? '1', attr(body, 'max') ?? '1'];
    const ok = /^\d{1,5}$/u.test(min) && /^\d{1,5}$/u.test(max) && Number(min) >= 1 && Number(min) <= Number(max) && Number(max) <= EXCEL_MAX_COLUMNS;
    return ok || this.badReference(`${min}:${max}`, 'grid');
  }

  private badReference(ref: string, problem: ReferenceProblem): false {
    return this.scan.refuse({ type: 'reference', part: this.name, ref, problem });
  }

  /**
   * A cell built as Excel never builds one: two values (exceljs joins `<v>60</v><v>0</v>` into
   * 600), a value beside inline text, inline text in a cell not typed as such.
   */
  private misbuilt(text: string): false {
    return this.scan.refuse({ type: 'garbled', part: this.name, cell: this.cell?.ref ?? '#', text, stored: 'structure' });
  }

  private inlineString(): boolean {
    if (!this.cell) return true;
    this.cell.values.push('<is>');
    return (this.cell.type === 'inlineStr' && this.cell.values.length === 1) || this.misbuilt(this.cell.values.join(' + '));
  }

  /** The text of a `<v>`, checked against the type its cell declares. */
  private value(raw: string): boolean {
    if (!this.cell) return true;
    this.cell.values.push(utf8(decodeXml(raw)));
    if (this.cell.values.length > 1 || this.cell.type === 'inlineStr') return this.misbuilt(this.cell.values.join(' + '));
    if (raw === '') return true;
    const text = decodeXml(raw);
    const { ref, type } = this.cell;
    const garbled = (stored: StoredAs) => this.scan.refuse({ type: 'garbled', part: this.name, cell: ref, text: utf8(text), stored });
    switch (type) {
      case 'str': case 'inlineStr': case 'e': return true;
      case 'b': return /^\s*[01]\s*$/u.test(text) || garbled('boolean');
      case 's': return /^\s*\d{1,10}\s*$/u.test(text) || garbled('shared-string');
      case 'd': {
        const iso = isoDay(text);
        if (iso === null) return garbled('date');
        if (this.scan.limits.isoDates === 'refuse') return garbled('streamed-date');
        this.scan.dates.push({ part: this.name, cell: ref, iso });
        return true;
      }
      // exceljs reads every other type as a number.
      default: return (NUMBER.test(text) && Number.isFinite(Number(text))) || garbled('number');
    }
  }
}
