/**
 * Raw deflate on Node, for the byte readers in read/ that must not import node:zlib themselves.
 */
import { createInflateRaw } from 'node:zlib';
import type { InflateRaw } from '../read/zip-guard.js';

/** Inflate chunk by chunk; stops (and resolves false) as soon as `onChunk` returns false. */
export const inflateRawChunks: InflateRaw = (data, onChunk) => new Promise((resolve) => {
  const inflate = createInflateRaw();
  let done = false;
  const finish = (ended: boolean) => {
    if (done) return;
    done = true;
    inflate.destroy();
    resolve(ended);
  };
  inflate.on('data', (chunk: Buffer) => {
    if (!done && !onChunk(chunk)) finish(false);
  });
  inflate.on('error', () => finish(false));
  inflate.on('end', () => finish(true));
  inflate.end(data);
});
