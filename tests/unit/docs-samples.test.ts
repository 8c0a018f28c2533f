import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';

/** The `validate` samples in docs/readme/input.md are real output: each block is rerun and compared. */
const doc = readFileSync(path.join(ROOT, 'docs', 'readme', 'input.md'), 'utf8');
const samples = [...doc.matchAll(/<!-- sample -->\n```text\n\$ jbmonitor ([^\n]+)\n([\s\S]*?)\n```/gu)].map((m) => ({ args: (m[1] ?? '').split(' '), output: m[2] ?? '' }));

describe('docs/readme/input.md samples', () => {
  it('has samples', () => expect(samples.length).toBeGreaterThanOrEqual(3));
  for (const s of samples) {
    it(`jbmonitor ${s.args.join(' ')}`, async () => {
      const r = await runCli(s.args);
      expect(r.stdout.trimEnd()).toBe(s.output);
    });
  }
});
