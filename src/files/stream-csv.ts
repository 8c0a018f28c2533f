/**
 * Streaming a case-level CSV register: rows are handed over one by one and forgotten, so memory
 * does not grow with the file, through csv-parse's stream API (with backpressure). Workbooks are
 * streamed in stream-xlsx.ts.
 */
import { createHash } from 'node:crypto';
import { decodeWindows1252 } from '../domain/windows-1252.js';
import { isUtf8 } from 'node:buffer';
import type { CaseRowSink, OnBytes, StreamResult } from '../domain/case-rows.js';
import { detectDelimiter } from '../read/csv.js';
import { streamRegular } from './regular-file.js';

const CHUNK = 1 << 20;

/** The end of the complete UTF-8 sequences in a chunk: a character split over two chunks waits for the next. */
function completeEnd(chunk: Buffer): number {
  let i = chunk.length - 1;
  let back = 0;
  while (i >= 0 && back < 3 && ((chunk[i] ?? 0) & 0xc0) === 0x80) {
    i--;
    back++;
  }
  if (i < 0) return chunk.length;
  const lead = chunk[i] ?? 0;
  if (lead < 0xc0) return chunk.length;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  return chunk.length - i >= need ? chunk.length : i;
}

/**
 * Stream a CSV file, no further than `sizeSeen` bytes (the size the run first saw: a register that
 * grows meanwhile is read as it was). Encoding: strict UTF-8 (checked per chunk with the native
 * isUtf8); at the first chunk that is not, the rest is decoded as Windows-1252 (Dutch Excel's CSV).
 */
export async function streamCsv(path: string, sink: CaseRowSink, onBytes?: OnBytes, sizeSeen = Number.MAX_SAFE_INTEGER): Promise<StreamResult> {
  const { parse } = await import('csv-parse');
  const { stream: input } = await streamRegular(path, sizeSeen, CHUNK);
  const hash = createHash('sha256');
  let rowNumber = 0;
  let parser: ReturnType<typeof parse> | null = null;
  let encoding: StreamResult['encoding'] = 'utf-8';
  let carry: Buffer = Buffer.alloc(0);
  let latin = false;
  let bytes = 0;
  const state: { failure: Error | null } = { failure: null };
  sink.sheet(null);

  const start = (first: string) => {
    const p = parse({ delimiter: detectDelimiter(first), bom: true, relax_column_count: true, skip_empty_lines: false });
    // Records are read as they come (csv-parse's on_record hook would cost a context object per row).
    p.on('readable', () => {
      let record: string[] | null;
      while ((record = p.read() as string[] | null) !== null) sink.row(record, ++rowNumber);
    });
    p.on('error', (err) => { state.failure = err; });
    return p;
  };

  const finished = new Promise<void>((resolve) => {
    input.on('error', (err) => { state.failure = err; resolve(); });
    input.on('data', (raw: string | Buffer) => {
      const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
      hash.update(chunk);
      bytes += chunk.length;
      let text: string | Buffer;
      if (latin) {
        text = decodeWindows1252(chunk);
      } else {
        const joined = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
        const end = completeEnd(joined);
        const body = joined.subarray(0, end);
        if (isUtf8(body)) {
          carry = Buffer.from(joined.subarray(end));
          text = body;
        } else {
          encoding = 'windows-1252';
          latin = true;
          text = decodeWindows1252(joined);
        }
      }
      const p = parser ??= start(typeof text === 'string' ? text : text.toString('utf8', 0, Math.min(text.length, 65536)));
      // Backpressure: wait for the parser before reading more, so memory stays flat.
      if (state.failure === null && !p.write(text)) {
        input.pause();
        p.once('drain', () => input.resume());
      }
      if (state.failure !== null) {
        input.destroy();
        resolve();
      }
      onBytes?.(bytes);
    });
    input.on('end', () => {
      if (parser && state.failure === null) {
        if (carry.length > 0) parser.write(carry);
        parser.on('end', () => resolve());
        parser.on('error', () => resolve());
        parser.end();
      } else {
        resolve();
      }
    });
  });
  await finished;
  if (state.failure !== null) throw state.failure;
  return { sha256: hash.digest('hex'), encoding: bytes === 0 ? null : encoding };
}
