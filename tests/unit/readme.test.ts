import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFINITIONS_VERSION, INDICATORS } from '../../src/domain/indicators.js';
import { FIELDS } from '../../src/domain/fields.js';
import { FORMATS } from '../../src/render/formats.js';
import { docsTables, TABLE_PAGES, tableIn, withTable, type TableName } from '../../scripts/docs-tables.mjs';
import { ROOT } from '../helpers.js';

const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');
const readme = read('README.md');
const pages = ['README.md', 'CONTRIBUTING.md', ...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchor(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/gu, '-');
}

function anchorsOf(markdown: string): Set<string> {
  const outsideCode = markdown.replace(/^```[\s\S]*?^```/gmu, '');
  return new Set([...outsideCode.matchAll(/^#{1,6} (.+)$/gmu)].map((m) => anchor(m[1] ?? '')));
}

/** Every relative link of a page: [text](target) and ![alt](target), outside code blocks. */
function relativeLinks(markdown: string): string[] {
  const outsideCode = markdown.replace(/^```[\s\S]*?^```/gmu, '').replace(/`[^`\n]*`/gu, '');
  return [...outsideCode.matchAll(/\]\(([^)\s]+)\)/gu)].map((m) => m[1] ?? '').filter((t) => !/^[a-z]+:/u.test(t));
}

describe('README', () => {
  it('opens with the two commands: install + run on the fixtures, install + test', () => {
    const first = /```sh\n([\s\S]*?)```/u.exec(readme)?.[1] ?? '';
    const lines = first.trim().split('\n').map((l) => l.replace(/\s+#.*$/u, ''));
    expect(lines).toEqual([
      'npm ci && npm run build && node bin/jbmonitor.js compute fixtures/nulmeting-2022-12-01',
      'npm ci && npm test',
    ]);
  });

  it('stays a README, not a manual (at most about 200 lines)', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(210);
  });

  it('links to every page in docs/', () => {
    const linked = new Set(relativeLinks(readme).map((t) => t.split('#')[0]));
    const missing = pages.filter((p) => p.startsWith('docs/') && !linked.has(p));
    expect(missing).toEqual([]);
  });
});

describe('relative links in README.md, CONTRIBUTING.md and docs/', () => {
  const links = pages.flatMap((page) => relativeLinks(read(page)).map((target) => [page, target] as const));
  it('are found', () => expect(links.length).toBeGreaterThan(20));
  it.each(links)('%s: %s resolves', (page, target) => {
    const [file = '', hash] = target.split('#');
    const resolved = file === '' ? page : path.join(path.dirname(page), file);
    expect(existsSync(path.join(ROOT, resolved)), `${resolved} exists`).toBe(true);
    if (hash !== undefined) expect([...anchorsOf(read(resolved))]).toContain(hash);
  });
});

describe('generated tables match the registries (refresh: npm run build && node scripts/docs-tables.mjs)', () => {
  const tables = docsTables({ INDICATORS, DEFINITIONS_VERSION, FIELDS, FORMATS });
  it.each(Object.entries(TABLE_PAGES) as [TableName, string][])('%s table in %s', (name, file) => {
    expect(tableIn(read(file), name)).toBe(tables[name]);
  });

  it('has a row for every indicator, field and format', () => {
    for (const d of INDICATORS) expect(tables.indicators).toContain(`| \`${d.id}\` | ${d.label.nl} |`);
    for (const f of FIELDS) expect(tables.fields).toContain(`| \`${f.key}\` |`);
    for (const f of FORMATS) expect(tables.formats).toContain(`| \`${f.id}\` |`);
  });

  it('rewrites only the text between the markers', () => {
    const page = 'before\n<!-- formats:start -->\nold\n<!-- formats:end -->\nafter\n';
    expect(withTable(page, 'formats', 'new')).toBe('before\n<!-- formats:start -->\nnew\n<!-- formats:end -->\nafter\n');
    expect(() => withTable('no markers', 'formats', 'new')).toThrow(/formats markers/u);
  });
});
