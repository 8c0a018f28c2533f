import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import path from 'node:path';
import type { Report } from '../../src/domain/model.js';
import { ROOT, runCli } from '../helpers.js';
import { decodeDocx } from '../golden/decode-docx.js';

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

/**
 * The text a reader sees in a report's bytes: text formats as they are, a docx decoded, an xlsx
 * as its sheet names and cell texts. For tests that look for a name in every format.
 */
export async function reportText(bytes: Buffer, binary: boolean): Promise<string> {
  if (!binary) return bytes.toString('utf8');
  if (bytes.includes('word/document.xml')) return decodeDocx(bytes);
  const wb = await loadWorkbook(bytes);
  const parts: string[] = [];
  wb.eachSheet((ws) => {
    parts.push(ws.name);
    ws.eachRow((row) => row.eachCell((c) => parts.push(c.text)));
  });
  if (parts.length === 0) throw new Error('a binary report with no text: neither a docx nor an xlsx with cells');
  return parts.join('\n');
}
