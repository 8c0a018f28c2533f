import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A fresh folder for one test's generated inputs. */
export const tempDir = (prefix: string): string => mkdtempSync(path.join(tmpdir(), `jbm-${prefix}-`));

export type CellInput = string | number | Date | null;

export interface SheetSpec {
  name: string;
  rows: readonly (readonly CellInput[])[];
  state?: 'visible' | 'hidden' | 'veryHidden';
  /** Number formats by A1 address (a date format turns a number cell into a date cell). */
  formats?: Record<string, string>;
  hiddenRows?: readonly number[];
  hiddenColumns?: readonly number[];
}

/** Write a workbook of the given sheets with exceljs, as a GI's Excel would save it. */
export async function writeWorkbook(file: string, sheets: readonly SheetSpec[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, s.state ? { state: s.state } : {});
    for (const row of s.rows) ws.addRow([...row]);
    for (const [address, numFmt] of Object.entries(s.formats ?? {})) ws.getCell(address).numFmt = numFmt;
    for (const r of s.hiddenRows ?? []) ws.getRow(r).hidden = true;
    for (const c of s.hiddenColumns ?? []) ws.getColumn(c).hidden = true;
  }
  await wb.xlsx.writeFile(file);
  return file;
}

export const DEC_2022 = new Date(Date.UTC(2022, 11, 1));

/** A form of the uitvraag for one GI: the peildatum in B3, figures from row 4. */
export function formRows(gi: string, peildatum: CellInput = DEC_2022, extra: readonly (readonly CellInput[])[] = []): (readonly CellInput[])[] {
  return [
    ['Uitvraag Monitor jeugdbescherming'],
    ['Naam GI', gi],
    ['Peildatum', peildatum],
    ['Formatie jeugdbeschermers (fte)', 154.6],
    ['Beschikbare formatie (fte)', 125.5],
    ['Aantal ondertoezichtstellingen', 1194],
    ['Aantal voogdijmaatregelen', 546],
    ['Aantal jeugdreclasseringsmaatregelen', 283],
    ['Totaal aantal maatregelen', 2023],
    ...extra,
  ];
}

export const CASE_HEADER = ['Naam GI', 'Cliëntnummer', 'Maatregel', 'Startdatum', 'Einddatum', 'Toewijzingsdatum'];
