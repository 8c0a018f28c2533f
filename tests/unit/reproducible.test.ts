import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FORMATS } from '../../src/render/formats.js';
import { ROOT, runCli } from '../helpers.js';

/**
 * Same inputs → the same bytes in every format, whatever the order of the inputs on the
 * command line, and whatever the time zone and clock (xlsx and docx carry dates inside their zips).
 */
const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

function files(folder: string): string[] {
  return readdirSync(path.join(ROOT, 'fixtures', folder)).sort().map((f) => `fixtures/${folder}/${f}`);
}

/** A fixed shuffle (no randomness in tests): reverse, then move every other file to the end. */
function shuffled(list: readonly string[]): string[] {
  const r = [...list].reverse();
  return [...r.filter((_, i) => i % 2 === 0), ...r.filter((_, i) => i % 2 === 1)];
}

describe('reproducible output', () => {
  for (const folder of ['nulmeting-2022-12-01', 'twee-peildata']) {
    for (const format of FORMATS) {
      it(`${folder} as ${format.id}: identical SHA-256 with the inputs in another order`, async () => {
        const a = await runCli(['compute', ...files(folder), '--format', format.id]);
        const b = await runCli(['compute', ...shuffled(files(folder)), '--format', format.id]);
        expect(a.exitCode, a.stderr).toBe(0);
        expect(b.exitCode, b.stderr).toBe(0);
        expect(shuffled(files(folder))).not.toEqual(files(folder));
        expect(sha256(b.stdoutBytes)).toBe(sha256(a.stdoutBytes));
      });
    }
  }

  it.each(['xlsx', 'docx'])('%s: identical bytes in another time zone and at another moment', async (format) => {
    const before = process.env.TZ;
    try {
      // Only Date is faked: the clock jumps without any waiting.
      vi.useFakeTimers({ toFake: ['Date'] });
      process.env.TZ = 'UTC';
      vi.setSystemTime(new Date('2024-01-01T08:00:00Z'));
      const a = await runCli(['compute', 'fixtures/twee-peildata', '--format', format]);
      process.env.TZ = 'Pacific/Kiritimati';
      vi.setSystemTime(new Date('2031-07-15T23:59:58Z'));
      const b = await runCli(['compute', 'fixtures/twee-peildata', '--format', format]);
      expect(sha256(b.stdoutBytes)).toBe(sha256(a.stdoutBytes));
    } finally {
      vi.useRealTimers();
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});
