/**
 * The check page's worker: reads and checks the files off the page's thread, so the page stays
 * responsive on big files, and reports progress. It is bundled whole (scripts/build-checker.mjs)
 * and started from a Blob URL.
 */
import type { RegisterEntry } from '../domain/model.js';
import type { Notation } from '../validate/parse-value.js';
import { checkFiles, type CheckResult } from './check.js';
import { inflateRawStream, sha256Hex } from './inflate.js';
import type { InflateRaw } from '../read/zip-guard.js';

export interface CheckRequest {
  run: number;
  files: File[];
  decimal: Notation | null;
  peildatum: string | null;
  register: RegisterEntry[];
}

export type WorkerReply =
  | { kind: 'progress'; run: number; index: number; total: number; name: string; fraction: number | null }
  | { kind: 'done'; run: number; result: CheckResult }
  | { kind: 'failed'; run: number; message: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
}

const scope = self as unknown as WorkerScope;

async function run(request: CheckRequest): Promise<void> {
  const { run: id, files } = request;
  let current = 0;
  let consumed = 0;
  let lastPost = 0;
  let name = '';
  let size = 0;
  const post = (fraction: number | null) => scope.postMessage({ kind: 'progress', run: id, index: current, total: files.length, name, fraction });
  // Progress inside a big workbook: the share of its compressed bytes the zip guard has inflated.
  const inflate: InflateRaw = async (data, onChunk) => {
    const ended = await inflateRawStream(data, onChunk);
    consumed += data.length;
    if (size > 0 && Date.now() - lastPost > 100) {
      lastPost = Date.now();
      post(Math.min(1, consumed / size));
    }
    return ended;
  };
  try {
    const result = await checkFiles(
      files.map((f) => ({ name: f.name, size: f.size, bytes: async () => new Uint8Array(await f.arrayBuffer()) })),
      { decimal: request.decimal, peildatum: request.peildatum, register: request.register },
      { inflate, sha256: sha256Hex, progress: (index, file) => {
        current = index;
        name = file;
        size = files.find((f) => f.name === file)?.size ?? 0;
        consumed = 0;
        post(null);
      } },
    );
    scope.postMessage({ kind: 'done', run: id, result });
  } catch (err) {
    scope.postMessage({ kind: 'failed', run: id, message: err instanceof Error ? err.message : String(err) });
  }
}

scope.onmessage = (event) => { void run(event.data); };
