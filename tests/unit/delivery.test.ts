import { describe, expect, it } from 'vitest';
import type { Figures, Submission } from '../../src/domain/model.js';
import { computeDelivery } from '../../src/compute/delivery.js';
import { summariseDelivery } from '../../src/render/report-rows.js';
import { FIGURE_KEYS } from '../../src/domain/fields.js';

const figures = (given: Partial<Figures>): Figures => ({ ...Object.fromEntries(FIGURE_KEYS.map((k) => [k, null])), ...given }) as Figures;
const sub = (gi: string, given: Partial<Figures>, warned: Submission['warnedFields'] = []): Submission => ({
  gi, registered: true, monitor: true, peildatum: '2023-05-01', figures: figures(given), warnedFields: warned,
  source: { file: 'x.csv', sheet: null, cell: null, row: 2, column: null },
});

describe('computeDelivery (aanleverstatus)', () => {
  const rows = computeDelivery(['A', 'B', 'C'], [
    sub('A', { formatie_fte: 10, beschikbare_fte: 8, ots: 5 }, ['ots']),
    sub('B', { formatie_fte: 0 }),
  ]);

  it('one row per expected GI, in the given order', () => {
    expect(rows.map((r) => r.gi)).toEqual(['A', 'B', 'C']);
  });
  it('delivered, delivered with a warning, missing', () => {
    expect(rows[0]?.fields.formatie_fte).toBe('geleverd');
    expect(rows[0]?.fields.ots).toBe('waarschuwing');
    expect(rows[0]?.fields.jr).toBe('ontbreekt');
  });
  it('a zero is delivered, not missing', () => {
    expect(rows[1]?.fields.formatie_fte).toBe('geleverd');
  });
  it('an expected GI without a submission: submitted false, every field missing', () => {
    expect(rows[2]?.submitted).toBe(false);
    expect(Object.values(rows[2]?.fields ?? {}).every((s) => s === 'ontbreekt')).toBe(true);
  });
  it('the list of fields to chase skips beschikbaarheid when beschikbare fte was delivered', () => {
    const a = rows[0] ? summariseDelivery(rows[0], 'nl') : null;
    expect(a?.missing).not.toContain('Beschikbaarheid');
    expect(a?.missing).toContain('JR');
    expect(a?.warned).toEqual(['OTS']);
    expect(a?.delivered).toBe(3);
  });
});
