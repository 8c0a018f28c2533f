import { describe, expect, it } from 'vitest';
import { resolveRevisions } from '../../src/validate/revisions.js';
import { FIGURE_KEYS, matchField } from '../../src/domain/fields.js';
import { templatesFor } from '../../src/domain/messages.js';
import type { Report } from '../../src/domain/model.js';
import { runCli } from '../helpers.js';
import { sub } from './over-time-helpers.js';

describe('aanleverdatum field', () => {
  it('is recognised by its labels and is not a figure', () => {
    expect(matchField('Aanleverdatum')).toBe('aanleverdatum');
    expect(matchField('Delivery date')).toBe('aanleverdatum');
    expect(FIGURE_KEYS).not.toContain('aanleverdatum');
    expect(FIGURE_KEYS).not.toContain('peildatum');
  });

  it('has messages in both languages for the revision issues', () => {
    for (const type of ['revision/undated', 'revision/same-date', 'revision/applied', 'revision/hint']) {
      expect(templatesFor('nl')).toContain(type);
      expect(templatesFor('en')).toContain(type);
    }
  });
});

describe('resolveRevisions (--revisions latest)', () => {
  const old = sub('A', '2022-12-01', { formatie_fte: 10, wachtlijst_start: null }, { aanleverdatum: '2022-12-16' });
  const fresh = sub('A', '2022-12-01', { formatie_fte: 10, wachtlijst_start: 40 }, { aanleverdatum: '2024-03-15', source: { file: 'new.csv', sheet: null, cell: null, row: null, column: null } });

  it('keeps the latest delivery and lists what changed', () => {
    for (const input of [[old, fresh], [fresh, old]]) {
      const r = resolveRevisions(input);
      expect(r.submissions).toEqual([fresh]);
      expect(r.revisions).toEqual([{ gi: 'A', peildatum: '2022-12-01', field: 'wachtlijst_start', old: null, new: 40, old_file: 'A-2022-12-01.csv', new_file: 'new.csv' }]);
      expect(r.issues.map((i) => `${i.severity} ${i.type}`)).toEqual(['info revision/applied']);
    }
  });

  it('does not report a figure as changed for a float rounding difference', () => {
    const a = sub('A', '2022-12-01', { personeelsverloop: 0.3 }, { aanleverdatum: '2022-12-16' });
    const b = sub('A', '2022-12-01', { personeelsverloop: 0.1 + 0.2 }, { aanleverdatum: '2024-03-15' });
    expect(resolveRevisions([a, b]).revisions).toEqual([]);
  });

  it('keeps single submissions untouched', () => {
    const other = sub('B', '2022-12-01', { formatie_fte: 5 });
    expect(resolveRevisions([other, old])).toMatchObject({ submissions: [other, old], issues: [], revisions: [] });
  });

  it('refuses a duplicate without a delivery date', () => {
    const undated = { ...fresh, aanleverdatum: null };
    const r = resolveRevisions([old, undated]);
    expect(r.issues.map((i) => `${i.severity} ${i.type}`)).toEqual(['error revision/undated']);
    expect(r.revisions).toEqual([]);
  });

  it('refuses two deliveries on the same date', () => {
    const r = resolveRevisions([old, { ...fresh, aanleverdatum: '2022-12-16' }]);
    expect(r.issues.map((i) => `${i.severity} ${i.type}`)).toEqual(['error revision/same-date', 'error revision/same-date']);
  });
});

describe('the re-delivered baseline (fixtures/herlevering-2022-12-01)', () => {
  it('is an error by default: two submissions for one GI and peildatum', async () => {
    const result = await runCli(['compute', 'fixtures/herlevering-2022-12-01']);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('Twee aanleveringen voor Jeugdbescherming Noord op peildatum 2022-12-01');
    expect(result.stderr).toContain('met --revisions latest vervangt zij de eerdere');
  });

  it('turns the baseline into the figures published in 2024 with --revisions latest', async () => {
    const result = await runCli(['compute', 'fixtures/herlevering-2022-12-01', '--revisions', 'latest', '--format', 'json']);
    expect(result.exitCode, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    const national = report.rounds[0]?.national;
    expect(national?.organisatieworkload?.value?.toFixed(1)).toBe('17.1');
    expect(national?.wachtend_totaal).toMatchObject({ value: 2072, lower_bound: false });
    expect(report.options.revisions).toBe('latest');
    expect(report.revisions?.length).toBe(13);
    expect(report.revisions?.[0]).toEqual({
      gi: 'De Jeugd- & Gezinsbeschermers', peildatum: '2022-12-01', field: 'beschikbaarheid', old: 0.785, new: null,
      old_file: 'fixtures/herlevering-2022-12-01/nulmeting-aanlevering-december-2022.csv',
      new_file: 'fixtures/herlevering-2022-12-01/herlevering-de-jeugd-gezinsbeschermers.csv',
    });
  });

  it('rejects an unknown --revisions mode as a usage error', async () => {
    expect((await runCli(['compute', 'fixtures/herlevering-2022-12-01', '--revisions', 'first'])).exitCode).toBe(2);
  });
});
