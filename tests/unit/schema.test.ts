import { describe, expect, it } from 'vitest';
import { constraintIssueType, MAXIMUM } from '../../src/validate/schema.js';

describe('figure constraints', () => {
  it.each([
    ['ots', 12, null],
    ['ots', -1, 'cell/negative'],
    ['ots', 2.5, 'cell/fractional-count'],
    ['ots', MAXIMUM.count + 1, 'cell/too-large'],
    ['ots', 1e300, 'cell/too-large'],
    ['formatie_fte', 187.4, null],
    ['formatie_fte', 1e9, 'cell/too-large'],
    ['beschikbaarheid', 1, null],
    ['beschikbaarheid', 1.01, 'cell/percent-range'],
    ['wachtdagen_start', 40_000, 'cell/too-large'],
  ] as const)('%s = %d → %s', (key, value, type) => {
    expect(constraintIssueType(key, value)).toBe(type);
  });
});
