import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import path from 'node:path';
import type { Report } from '../../src/domain/model.js';
import { ROOT, runCli } from '../helpers.js';

/** The Report of a scenario, as the json format writes it (the value every format renders). */
export async function reportOf(args: string[]): Promise<Report> {
  const r = await runCli(['compute', ...args, '--format', 'json']);
  if (r.exitCode !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Report;
}

export const fixtureFiles = (folder: string, names: string[]): string[] => names.map((n) => path.join('fixtures', folder, n));

export const readFixture = (p: string): Buffer => readFileSync(path.join(ROOT, p));

/** Read xlsx bytes back with exceljs (its types want an ArrayBuffer; a Buffer works). */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}
