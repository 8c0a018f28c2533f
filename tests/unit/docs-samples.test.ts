import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';

/**
 * The `validate` samples in README.md are real output: each block is rerun and
 * compared. After an intended change of messages: UPDATE_DOCS=1 npx vitest run tests/unit/docs-samples.test.ts
 */
const FILE = path.join(ROOT, 'README.md');
const SAMPLE = /<!-- sample -->\n```text\n\$ jbmonitor ([^\n]+)\n([\s\S]*?)\n```/gu;
const doc = readFileSync(FILE, 'utf8');
const samples = [...doc.matchAll(SAMPLE)].map((m) => ({ command: m[1] ?? '', output: m[2] ?? '' }));
const fresh = new Map<string, string>();

describe('README.md samples', () => {
  it('has samples', () => expect(samples.length).toBeGreaterThanOrEqual(3));
  for (const s of samples) {
    it(`jbmonitor ${s.command}`, async () => {
      const r = await runCli(s.command.split(' '));
      fresh.set(s.command, r.stdout.trimEnd());
      if (process.env.UPDATE_DOCS !== '1') expect(r.stdout.trimEnd()).toBe(s.output);
    });
  }
  afterAll(() => {
    if (process.env.UPDATE_DOCS !== '1') return;
    writeFileSync(FILE, doc.replace(SAMPLE, (all, command: string) => {
      const out = fresh.get(command);
      return out === undefined ? all : `<!-- sample -->\n\`\`\`text\n$ jbmonitor ${command}\n${out}\n\`\`\``;
    }));
  });
});
