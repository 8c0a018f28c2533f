import { describe, expect, it } from 'vitest';
import { loadCases } from '../../src/cases/load.js';
import type { RawCell, RawFile } from '../../src/domain/model.js';
import { GiRegister } from '../../src/domain/gi-register.js';

const text = (row: number, col: number, t: string): RawCell => ({ row, col, value: { kind: 'text', text: t } });
const date = (row: number, col: number, iso: string): RawCell => ({ row, col, value: { kind: 'date', iso } });

describe('a case workbook read whole (the fallback when the zip peek misses it)', () => {
  it('is counted like a streamed one, with workbook cells in messages', async () => {
    const file: RawFile = {
      file: 'dossiers.xlsx', sha256: 'x', format: 'xlsx', date1904: false,
      sheets: [{
        file: 'dossiers.xlsx', sheet: 'Dossiers', hidden: false, rows: [
          [text(1, 1, 'Naam GI'), text(1, 2, 'Cliëntnummer'), text(1, 3, 'Maatregel'), text(1, 4, 'Startdatum'), text(1, 5, 'Toewijzingsdatum')],
          [text(2, 1, 'JB Noord'), text(2, 2, 'K1'), text(2, 3, 'OTS'), date(2, 4, '2022-11-01')],
          [text(3, 1, 'JB Noord'), text(3, 2, 'K2'), text(3, 3, 'voogdij'), date(3, 4, '2022-11-01'), date(3, 5, '2022-11-02')],
          [text(4, 1, 'JB Noord'), text(4, 2, 'K3'), text(4, 3, 'pleegzorg'), date(4, 4, '2022-11-01')],
        ],
      }],
    };
    const register = new GiRegister([{ name: 'Jeugdbescherming Noord', code: 'JBN', aliases: ['JB Noord'], monitor: true }]);
    const loaded = await loadCases({ streamed: [], whole: [file] }, ['2022-12-01'], register, { rule: { days: 'calendar', threshold: 5 }, progress: null });
    expect(loaded.submissions[0]?.figures).toMatchObject({ ots: 1, voogdij: 1, jr: 0, wachtlijst_start: 1, wachtdagen_start: 30 });
    expect(loaded.issues.find((i) => i.type === 'case/unknown-type')).toMatchObject({ sheet: 'Dossiers', cell: 'C4', row: 4 });
  });
});
