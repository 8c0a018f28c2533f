/**
 * Raw deflate in a browser, for the zip guard (read/zip-guard.ts): the page's counterpart of
 * files/inflate.ts, on the platform's DecompressionStream instead of node:zlib.
 */
import type { InflateRaw } from '../read/zip-guard.js';

/** Inflate chunk by chunk; stops (and resolves false) as soon as `onChunk` returns false or the data is corrupt. */
export const inflateRawStream: InflateRaw = async (data, onChunk) => {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // Written while read, so the stream's back-pressure never stalls; its errors surface in read().
  const written = writer.write(data as Uint8Array<ArrayBuffer>).then(() => writer.close()).catch(() => undefined);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        await written;
        return true;
      }
      if (!onChunk(value)) {
        await reader.cancel().catch(() => undefined);
        return false;
      }
    }
  } catch {
    return false;
  }
};

/** The SHA-256 of a file's bytes, as hex (the provenance the CLI records too). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
