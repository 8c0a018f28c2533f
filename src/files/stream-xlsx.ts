/**
 * Streaming a case-level workbook: exceljs's WorkbookReader with styles: 'cache', so that date
 * cells arrive as dates (its default ignores styles and gives serial numbers). Rows are handed
 * over one by one; formulas are never evaluated (their saved result is taken).
 */
import { createHash } from 'node:crypto';
import { Transform } from 'node:stream';
import type { CaseRowSink, CaseValue, OnBytes, StreamResult } from '../domain/case-rows.js';
import { streamRegular } from './regular-file.js';

const CHUNK = 1 << 20;

type ExcelCell = CaseValue | { richText?: { text: string }[]; result?: unknown; error?: string; text?: unknown; formula?: string };

/** exceljs's rich text, formula results, hyperlinks and errors, as plain values (formulas are never evaluated). */
function plain(v: ExcelCell): CaseValue {
  if (v === null || typeof v !== 'object' || v instanceof Date) return v;
  if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
  if ('result' in v || 'formula' in v) return v.result === undefined ? `=${String(v.formula ?? '')}` : plain(v.result);
  if (v.error !== undefined) return String(v.error);
  if (typeof v.text === 'string') return v.text;
  return null;
}

/**
 * Stream a workbook's sheets, hidden ones too (the sink says so), row by row, except those
 * `skipSheet` leaves out (--skip-sheet); no further than `sizeSeen` bytes, the size the run first saw.
 */
export async function streamXlsx(path: string, sink: CaseRowSink, onBytes?: OnBytes, skipSheet?: (name: string) => boolean, sizeSeen = Number.MAX_SAFE_INTEGER): Promise<StreamResult> {
  const { default: ExcelJS } = await import('exceljs');
  const hash = createHash('sha256');
  let bytes = 0;
  const { stream: input } = await streamRegular(path, sizeSeen, CHUNK);
  const hashing = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      bytes += chunk.length;
      onBytes?.(bytes);
      done(null, chunk);
    },
  });
  input.on('error', (err) => hashing.destroy(err));
  input.pipe(hashing);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(hashing, {
    worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore',
  });
  for await (const ws of reader) {
    const sheet = ws as unknown as { name: string; state?: string } & AsyncIterable<{ number: number; values: ExcelCell[] }>;
    if (skipSheet?.(sheet.name)) continue;
    sink.sheet(sheet.name, sheet.state !== undefined && sheet.state !== 'visible');
    for await (const row of sheet) {
      const raw = row.values;
      const values: CaseValue[] = new Array<CaseValue>(Math.max(raw.length - 1, 0));
      for (let c = 1; c < raw.length; c++) values[c - 1] = plain(raw[c]);
      sink.row(values, row.number);
    }
  }
  return { sha256: hash.digest('hex'), encoding: null };
}
