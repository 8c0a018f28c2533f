import { createHash } from 'node:crypto';

/** The SHA-256 of a file's bytes, as hex: the provenance of every input. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
