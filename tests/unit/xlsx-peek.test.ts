import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseKindOf } from '../../src/cases/index.js';
import { probeFile } from '../../src/files/case-files.js';
import { peekSheetRows } from '../../src/files/xlsx-peek.js';
import { FIXTURES } from '../helpers.js';

const sniffCaseFile = async (p: string) => caseKindOf(await probeFile({ path: p, absolute: path.join(FIXTURES, p) }));

describe('peeking into a workbook', () => {
  it('reads the first rows of a sheet with shared strings', async () => {
    const [rows] = await peekSheetRows(path.join(FIXTURES, 'cases-2022-12-01', 'leger-des-heils.xlsx'), 5);
    expect(rows?.[0]?.[0]).toContain('Dossieroverzicht');
    expect(rows?.[2]?.slice(0, 4)).toEqual(['Naam GI', 'Cliëntnummer', 'Maatregel', 'Startdatum']);
  });
  it('recognises case files and leaves submissions alone', async () => {
    expect(await sniffCaseFile(('cases-2022-12-01/leger-des-heils.xlsx'))).toBe('xlsx');
    expect(await sniffCaseFile(('cases-2022-12-01/jbra.csv'))).toBe('csv');
    expect(await sniffCaseFile(('nulmeting-2022-12-01/jb-noord.xlsx'))).toBeNull();
    expect(await sniffCaseFile(('nulmeting-2022-12-01/zuid-en-rijnmond.xlsx'))).toBeNull();
    expect(await sniffCaseFile(('nulmeting-2022-12-01/landelijke-gis.csv'))).toBeNull();
  });
});
