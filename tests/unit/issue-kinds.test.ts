/**
 * The issue kinds are types: what must not compile is marked `@ts-expect-error`, so `npm run
 * typecheck` fails when one of these lines starts to compile (a check that stopped working).
 * The lines also run, to show what the types protect against.
 */
import { describe, expect, it } from 'vitest';
import { indicator } from '../../src/domain/indicators.js';
import { makeIssue, makeIssueWithParams, type ParamsArg } from '../../src/domain/issues.js';
import type { IssueType } from '../../src/domain/issue-kinds.js';
import { issueMessage, type Template, type Templates } from '../../src/domain/messages.js';
import type { Issue, Place } from '../../src/domain/model.js';

const AT: Place = { file: 'x.csv', sheet: null, cell: null, row: 3, column: null };

describe('makeIssue takes exactly the params of its kind', () => {
  it('builds an issue of one kind, its params typed', () => {
    const issue = makeIssue('error', 'row/total-mismatch', AT, { field: 'ots', value: 12, params: { sum: 10, rows: 2, label: 'Totaal' } });
    const rows: number = issue.params.rows;
    expect(rows).toBe(2);
    expect(issueMessage(issue, 'en')).toBe('The total row "Totaal" gives 12, but the sum of the 2 GI rows of this table is 10. Correct the total row or the GI rows.');
  });
  it('refuses a param of the wrong type, a missing or unknown param, and a stray one', () => {
    const wrong = [
      // @ts-expect-error rows is a number, not text
      makeIssue('error', 'row/total-mismatch', AT, { params: { sum: 10, rows: '2', label: 'Totaal' } }),
      // @ts-expect-error label is missing
      makeIssue('error', 'row/total-mismatch', AT, { params: { sum: 10, rows: 2 } }),
      // @ts-expect-error a kind with params needs them
      makeIssue('error', 'row/total-mismatch', AT),
      // @ts-expect-error the kind has no param "total"
      makeIssue('error', 'rule/waiting-exceeds-total', AT, { params: { total: 5, totaal: 5 } }),
      // @ts-expect-error a kind without params takes none
      makeIssue('error', 'file/empty', AT, { params: { reason: 'no bytes' } }),
      // @ts-expect-error there is no such kind
      makeIssue('error', 'file/emtpy', AT),
    ];
    // What the types keep out: a wrong param reaches the message, a missing one shows as "?".
    expect(issueMessage(wrong[0] as Issue, 'en')).toContain('the sum of the ? GI rows');
    expect(issueMessage(wrong[1] as Issue, 'en')).toContain('The total row "?"');
    expect(() => issueMessage(wrong[5] as Issue, 'en')).toThrow('no message template for issue type file/emtpy');
  });
  it('a kind without params, or with optional ones only, needs no details', () => {
    expect(makeIssue('info', 'file/own-report', AT).params).toEqual({});
    expect(makeIssue('warning', 'column/unknown', AT, { value: 'Opmerking' }).params).toEqual({});
  });
  it('a helper generic over the kind passes its params on, typed at its own call sites', () => {
    const fail = <T extends IssueType>(type: T, ...params: ParamsArg<T>): Issue => makeIssueWithParams('error', type, AT, { expected: 'spreadsheet' }, ...params);
    expect(fail('file/csv-syntax', { reason: 'Quote Not Closed' }).params).toEqual({ reason: 'Quote Not Closed' });
    expect(fail('file/empty').params).toEqual({});
    // @ts-expect-error the helper needs the kind's params
    expect(fail('file/csv-syntax').params).toEqual({});
    // @ts-expect-error and refuses those of another kind
    expect(fail('file/csv-syntax', { limit: 1 }).params).toEqual({ limit: 1 });
  });
});

describe('a message template sees only the params of its kind', () => {
  it('reads its own params', () => {
    const template: Template<'limit/csv-line'> = (i) => `${i.params.limit} kB`;
    expect(template(makeIssue('error', 'limit/csv-line', AT, { params: { limit: 1024 } }), '')).toBe('1024 kB');
  });
  it('does not compile when it reads a param its kind does not carry', () => {
    // @ts-expect-error limit/csv-line carries no "size"
    const template: Template<'limit/csv-line'> = (i) => `${i.params.size} MB`;
    expect(template(makeIssue('error', 'limit/csv-line', AT, { params: { limit: 1024 } }), '')).toBe('undefined MB');
  });
  it('does not compile when a kind has no template', () => {
    // @ts-expect-error every kind needs a template
    const partial: Templates = { 'file/empty': () => 'Het bestand is leeg.' };
    expect(Object.keys(partial)).toEqual(['file/empty']);
  });
});

describe('indicator ids are a literal union', () => {
  it('a known id compiles; a typo does not', () => {
    expect(indicator('organisatieworkload').id).toBe('organisatieworkload');
    // @ts-expect-error no indicator "organisatiewerkload"
    expect(() => indicator('organisatiewerkload')).toThrow('unknown indicator organisatiewerkload');
  });
});
