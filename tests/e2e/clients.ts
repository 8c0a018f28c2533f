import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';

/**
 * Real clients for the end-to-end tests. Without the binary a test file skips with a clear
 * message, except under CI=true, where a missing client is a failure (CI must run them).
 */
const SEARCH = ['/usr/bin', '/usr/local/bin', '/opt/homebrew/bin'];

export function findBinary(names: readonly string[]): string | null {
  for (const dir of SEARCH) for (const n of names) if (existsSync(path.join(dir, n))) return path.join(dir, n);
  return null;
}

export const IN_CI = process.env.CI === 'true';

/** describe() when the client exists; otherwise a skip (developer machine) or a failure (CI). */
export function describeWithClient(title: string, binary: string | null, install: string, body: (binary: string) => void): void {
  if (binary) {
    describe(title, () => body(binary));
    return;
  }
  const message = `${title}: client not found (${install})`;
  if (IN_CI) {
    describe(title, () => {
      it('has its client installed (required under CI=true)', () => {
        throw new Error(message);
      });
    });
    return;
  }
  console.warn(`SKIPPED ${message}; set CI=true to make this a failure`);
  describe.skip(title, () => {
    it(message, () => undefined);
  });
}
