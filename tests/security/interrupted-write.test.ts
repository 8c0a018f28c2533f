import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type * as FsPromises from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers.js';

// A disk that fills up halfway through writing: the first half lands, then the write throws.
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>();
  return {
    ...fs,
    open: async (...args: Parameters<typeof fs.open>) => {
      const handle = await fs.open(...args);
      const writeFile = async (data: string | Uint8Array) => {
        const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data);
        await handle.write(bytes.subarray(0, bytes.length >> 1));
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      };
      return Object.assign(Object.create(handle) as typeof handle, { writeFile, close: () => handle.close(), sync: () => handle.sync() });
    },
  };
});

describe('a write that fails halfway', () => {
  it('exits 3 and leaves neither the report nor a temporary file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jbm-enospc-'));
    const r = await runCli(['compute', 'fixtures/nulmeting-2022-12-01', '--out', path.join(dir, 'rapport.json')]);
    expect(r.exitCode).toBe(3);
    expect(r.stderr).toMatch(/kan .*rapport\.json niet schrijven \(ENOSPC\)/u);
    expect(readdirSync(dir)).toEqual([]);
  });
});
