import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { FIXED_DATE, workbookBytes } from '../../src/render/office-bytes.js';
import { loadWorkbook } from './render-helpers.js';

function sample(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date();
  wb.addWorksheet('Blad').addRow(['a', 1.5]);
  return wb;
}

describe('workbookBytes', () => {
  it('writes [Content_Types].xml first, then sorted entries, no folders, one fixed date', async () => {
    const zip = await JSZip.loadAsync(await workbookBytes(sample()));
    const names = Object.keys(zip.files);
    expect(names[0]).toBe('[Content_Types].xml');
    expect(names.slice(1)).toEqual([...names.slice(1)].sort());
    for (const n of names) {
      expect(zip.files[n]?.dir, n).toBe(false);
      expect(zip.files[n]?.date.getTime(), n).toBe(FIXED_DATE.getTime());
    }
    const core = await zip.file('docProps/core.xml')?.async('string');
    expect(core).toContain('1980-01-01T00:00:00Z');
    expect(core).not.toMatch(/20\d\d-\d\d-\d\dT/u);
  });

  it('gives the same bytes for the same workbook built twice', async () => {
    const a = await workbookBytes(sample());
    const b = await workbookBytes(sample());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('keeps the workbook readable by exceljs', async () => {
    const wb = await loadWorkbook(await workbookBytes(sample()));
    expect(wb.getWorksheet('Blad')?.getRow(1).getCell(2).value).toBe(1.5);
  });
});
