import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { loadWorkbook } from './render-helpers.js';

/** The xlsx prints as it should: A4 landscape, one page wide, header rows on every page, dates as dates. */
describe('print-ready xlsx', () => {
  it.each(['nl', 'en'] as const)('every sheet has its page set up (%s)', async (lang) => {
    const run = await runCli(['compute', 'fixtures/nulmeting-2022-12-01', 'fixtures/rondes-2023-2024', '--format', 'xlsx', '--lang', lang]);
    expect(run.exitCode, run.stderr).toBe(0);
    const wb = await loadWorkbook(run.stdoutBytes);
    const names: string[] = [];
    wb.eachSheet((ws) => {
      names.push(ws.name);
      expect(ws.pageSetup, ws.name).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(ws.pageSetup.printTitlesRow, ws.name).toBe('1:1');
      expect(ws.getRow(1).getCell(1).alignment, ws.name).toMatchObject({ wrapText: true });
      for (const col of ws.columns) expect(col.width ?? 0, `${ws.name} column ${col.letter}`).toBeLessThanOrEqual(90);
    });
    expect(names.length).toBeGreaterThanOrEqual(5);

    // The peildatum is a date cell with a long date format, on the national, per-GI and status sheets and the trend header.
    const national = wb.getWorksheet(lang === 'nl' ? 'Landelijk' : 'National');
    const first = national?.getRow(2).getCell(1);
    expect(first?.value).toEqual(new Date(Date.UTC(2022, 11, 1)));
    expect(first?.numFmt).toMatch(/d mmmm yyyy$/u);
    for (const sheet of ['Per GI', lang === 'nl' ? 'Aanleverstatus' : 'Delivery status']) expect(wb.getWorksheet(sheet)?.getRow(2).getCell(1).value, sheet).toBeInstanceOf(Date);
    const trend = wb.getWorksheet('Trend')?.getRow(1);
    expect(trend?.getCell(2).value).toEqual(new Date(Date.UTC(2022, 11, 1)));
    expect(trend?.getCell(5).value).toEqual(new Date(Date.UTC(2024, 3, 1)));
  });

  it('a long header wraps instead of widening its column', async () => {
    const run = await runCli(['compute', 'fixtures/nulmeting-2022-12-01', '--format', 'xlsx']);
    const wb = await loadWorkbook(run.stdoutBytes);
    const perGi = wb.getWorksheet('Per GI');
    const header = perGi?.getRow(1).getCell(3).text ?? '';
    expect(header.length).toBeGreaterThan(20);
    expect(perGi?.getColumn(3).width).toBeLessThan(header.length);
  });
});
