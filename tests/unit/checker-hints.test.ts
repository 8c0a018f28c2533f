import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/domain/model.js';
import { makeIssue, placeOfFile } from '../../src/domain/issues.js';
import { issueMessage } from '../../src/domain/messages.js';
import { NOT_ON_PAGE, PAGE_WORDING, pageMessage } from '../../src/browser/page-hints.js';
import { ROOT } from '../helpers.js';

/**
 * The check page words a hint that names a CLI option for the page. Every message template that
 * names an option must be reworded, or be one the page cannot show; a new one fails here.
 */
function kindsNamingAnOption(): string[] {
  const text = readFileSync(path.join(ROOT, 'src', 'domain', 'messages.ts'), 'utf8');
  const found = new Set<string>();
  // Each template starts a line with its kind in quotes; its text runs to the next such line.
  const entries = text.split(/\n(?=\s{2}'[a-z]+\/[a-z0-9-]+':)/u);
  for (const entry of entries) {
    const kind = /^\s{2}'([a-z]+\/[a-z0-9-]+)':/u.exec(entry)?.[1];
    if (kind && /--[a-z]/u.test(entry.split(/\n\s*\/\//u)[0] ?? '')) found.add(kind);
  }
  return [...found].sort();
}

const place = placeOfFile('a.csv');
const SAMPLES: Issue[] = [
  makeIssue('error', 'cell/ambiguous-number', place, { value: '1.274', params: { comma: 1274, point: 1.274 } }),
  makeIssue('error', 'cell/wrong-notation', place, { value: '2.566,5', params: { notation: 'point', suggestion: '2566.5' } }),
  makeIssue('error', 'cell/wrong-notation', place, { value: '2,566.5', params: { notation: 'comma', suggestion: '2566,5' } }),
  makeIssue('error', 'file/mixed-notation', place),
  makeIssue('error', 'row/missing-peildatum', place, { params: {} }),
  makeIssue('error', 'row/missing-peildatum', place, { params: { empty: 'yes' } }),
  makeIssue('error', 'gi/unknown', place, { value: 'JB Zuid', params: { nearest: 'Jeugdbescherming Limburg' } }),
  makeIssue('error', 'limit/file-size', place, { params: { size: 120, limit: 100 } }),
  makeIssue('error', 'limit/unzipped-size', place, { params: { size: 600, limit: 500 } }),
  makeIssue('error', 'limit/compression-ratio', place, { params: { ratio: 900, limit: 200 } }),
  makeIssue('error', 'limit/rows', place, { params: { limit: 1_000, part: 'xl/worksheets/sheet1.xml' } }),
  makeIssue('error', 'limit/csv-line', place, { params: { limit: 1024 } }),
  makeIssue('error', 'limit/cells', place, { params: { limit: 100_000 } }),
  makeIssue('error', 'limit/csv-rows', place, { params: { limit: 1_000 } }),
  makeIssue('warning', 'sheet/hidden-read', { ...place, sheet: 'Oud' }, { params: { sheet: 'Oud' } }),
  makeIssue('info', 'revision/hint', place, { value: '2024-03-01', params: { gi: 'Jeugdbescherming Noord', peildatum: '2022-12-01' } }),
];

describe('the check page words CLI hints for the page', () => {
  it('every template that names an option is reworded, case-level only, or cannot occur on the page', () => {
    const kinds = kindsNamingAnOption();
    expect(kinds.length).toBeGreaterThan(10);
    const handled = (k: string) => k in PAGE_WORDING || (NOT_ON_PAGE as readonly string[]).includes(k) || k.startsWith('case/') || k.startsWith('workdays/');
    expect(kinds.filter((k) => !handled(k))).toEqual([]);
  });
  it.each(SAMPLES.flatMap((i) => (['nl', 'en'] as const).map((lang) => [`${i.type} (${lang})`, i, lang] as const)))('%s names no option', (_, issue, lang) => {
    expect(issueMessage(issue, lang)).toMatch(/--[a-z]/u);
    const page = pageMessage(issue, lang);
    expect(page).not.toMatch(/--[a-z]/u);
    if (lang === 'nl') expect(page).not.toMatch(/op (comma|point)\./u);
  });
  it('the decimal switch is named in the language of the page', () => {
    expect(pageMessage(SAMPLES[1] as Issue, 'nl')).toMatch(/Decimaalteken op deze pagina op komma\.$/u);
    expect(pageMessage(SAMPLES[1] as Issue, 'en')).toMatch(/Decimal mark switch to comma\.$/u);
  });
});
