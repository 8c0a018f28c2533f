import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/model.js';
import { makeIssue } from '../../src/validate/issues.js';
import { ISSUE_TYPES, issueLine, locationText, templatesFor, toReportIssue } from '../../src/validate/messages.js';
import { ROOT } from '../helpers.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** Issue types named in src/ outside the templates: string literals "prefix/kind" with a known prefix. */
function typesUsedInSource(): string[] {
  const prefixes = new Set(ISSUE_TYPES.map((t) => t.split('/')[0]));
  const found = new Set<string>();
  for (const file of sourceFiles(path.join(ROOT, 'src'))) {
    if (file.endsWith(path.join('validate', 'messages.ts'))) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(/'([a-z]+)\/([a-z0-9-]+)'/gu)) {
      if (prefixes.has(m[1] ?? '')) found.add(`${m[1]}/${m[2]}`);
    }
  }
  return [...found].sort();
}

describe('message templates', () => {
  it('Dutch and English have exactly the same issue types', () => {
    expect(templatesFor('en')).toEqual(templatesFor('nl'));
  });
  it('every issue type created in src/ has a template', () => {
    const used = typesUsedInSource();
    expect(used.length).toBeGreaterThan(30);
    expect(used.filter((t) => !ISSUE_TYPES.includes(t))).toEqual([]);
  });
  it('every template renders in both languages without leftovers', () => {
    for (const type of ISSUE_TYPES) {
      const issue: Issue = makeIssue('error', type, { file: 'x.xlsx', sheet: 'Uitvraag', cell: 'B7', row: 7, column: 'B' }, { field: 'formatie_fte', value: '1', params: {} });
      for (const lang of ['nl', 'en'] as const) {
        const text = toReportIssue(issue, lang).message;
        expect(text.length, `${type} ${lang}`).toBeGreaterThan(5);
        expect(text, `${type} ${lang}`).not.toMatch(/\[object|\$\{/u);
      }
    }
  });
});

describe('the located line', () => {
  const at = { file: 'jb-noord.xlsx', sheet: 'Uitvraag', cell: 'B7', row: 7, column: 'B' };
  it('names file › sheet › cell and the field of a workbook cell', () => {
    const issue = makeIssue('error', 'cell/wrong-notation', at, { field: 'formatie_fte', value: '2.566,5', params: { notation: 'point', suggestion: '2566.5' } });
    expect(issueLine(toReportIssue(issue, 'en'), 'en')).toBe('jb-noord.xlsx › Uitvraag › B7 (Staff establishment): "2.566,5" does not fit this file\'s number notation (decimal point). Write 2566.5 or set --decimal comma.');
    expect(issueLine(toReportIssue(issue, 'nl'), 'nl')).toBe('jb-noord.xlsx › Uitvraag › B7 (Formatie jeugdbeschermers): "2.566,5" past niet bij de getalnotatie van dit bestand (decimale punt). Schrijf 2566.5 of geef --decimal comma op.');
  });
  it('names file › rij N › column of a CSV cell, without repeating a column that names the field', () => {
    const csv = { file: 'a.csv', sheet: null, cell: null, row: 4, column: 'Formatie jeugdbeschermers (fte)' };
    expect(locationText(makeIssue('error', 'cell/negative', csv, { field: 'formatie_fte' }), 'nl')).toBe('a.csv › rij 4 › Formatie jeugdbeschermers (fte)');
    expect(locationText(makeIssue('error', 'cell/negative', { ...csv, column: 'fte' }, { field: 'formatie_fte' }), 'en')).toBe('a.csv › row 4 › fte (Staff establishment)');
  });
  it('names the other place of a duplicate in the report language', () => {
    const issue = makeIssue('error', 'submission/duplicate', { file: 'b.csv', sheet: null, cell: null, row: 3, column: null }, {
      field: 'gi', params: { gi: 'Jeugdbescherming Noord', peildatum: '2022-12-01', others: JSON.stringify([{ file: 'a.csv', sheet: null, cell: null, row: 5 }, { file: 'c.xlsx', sheet: 'Uitvraag', cell: null, row: null }]) },
    });
    expect(toReportIssue(issue, 'nl').message).toContain('deze en a.csv › rij 5 en c.xlsx › Uitvraag.');
    expect(toReportIssue(issue, 'en').message).toContain('this one and a.csv › row 5 and c.xlsx › Uitvraag.');
  });
});
