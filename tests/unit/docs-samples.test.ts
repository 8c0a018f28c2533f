import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';

/**
 * The samples in README.md and docs/*.md are real output: each block marked `<!-- sample -->` is
 * rerun in-process and compared. After an intended change of output:
 * UPDATE_DOCS=1 npx vitest run tests/unit/docs-samples.test.ts
 */
const SAMPLE = /<!-- sample -->\n```text\n\$ jbmonitor ([^\n]+)\n([\s\S]*?)\n```/gu;
const FILES = ['README.md', ...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
const docs = FILES.map((file) => ({ file, text: readFileSync(path.join(ROOT, file), 'utf8') }));
const samples = docs.flatMap(({ file, text }) => [...text.matchAll(SAMPLE)].map((m) => ({ file, command: m[1] ?? '', output: m[2] ?? '' })));
const fresh = new Map<string, string>();

describe('samples in README.md and docs/', () => {
  it('has samples of validate and explain', () => {
    expect(samples.filter((s) => s.command.startsWith('validate ')).length).toBeGreaterThanOrEqual(3);
    expect(samples.some((s) => s.command.startsWith('explain '))).toBe(true);
  });
  it.each(samples)('$file: jbmonitor $command', async (s) => {
    const r = await runCli(s.command.split(' '));
    fresh.set(s.command, r.stdout.trimEnd());
    if (process.env.UPDATE_DOCS !== '1') expect(r.stdout.trimEnd()).toBe(s.output);
  });
  afterAll(() => {
    if (process.env.UPDATE_DOCS !== '1') return;
    for (const { file, text } of docs) {
      const updated = text.replace(SAMPLE, (all, command: string) => {
        const out = fresh.get(command);
        return out === undefined ? all : `<!-- sample -->\n\`\`\`text\n$ jbmonitor ${command}\n${out}\n\`\`\``;
      });
      if (updated !== text) writeFileSync(path.join(ROOT, file), updated);
    }
  });
});
