import { describe, expect, it } from 'vitest';
import { makeIssue, NOWHERE } from '../../src/domain/issues.js';
import { ISSUE_TYPES, issueMessage, templatesFor } from '../../src/domain/messages.js';

const CASE_TYPES = ['case/missing-value', 'case/unknown-type', 'case/date', 'case/date-order', 'case/duplicate', 'case/bsn-column', 'case/missing-column', 'case/date-serial', 'case/differs'];

describe('case-level messages', () => {
  it('every case issue type has a Dutch and an English template', () => {
    for (const t of CASE_TYPES) {
      expect(ISSUE_TYPES).toContain(t);
      expect(templatesFor('en')).toContain(t);
    }
  });
  it('name fields by their labels', () => {
    const issue = makeIssue('error', 'case/date-order', NOWHERE, { field: 'einddatum', value: '1-10-2022', params: { other: 'startdatum' } });
    expect(issueMessage(issue, 'nl')).toBe('Einddatum (1-10-2022) kan niet bij Startdatum: deze volgorde van datums is onmogelijk.');
    expect(issueMessage(issue, 'en')).toBe('End date (1-10-2022) cannot go with Start date: this order of dates is impossible.');
  });
});
