import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { compareText } from '../domain/order.js';

/** The one timestamp a workbook carries: zip entries and document properties (DOS dates start in 1980). */
export const FIXED_DATE = new Date(Date.UTC(1980, 0, 1, 0, 0, 0));
const FIXED_W3CDTF = '1980-01-01T00:00:00Z';

/**
 * The bytes of an exceljs workbook, identical on every run and in every time zone. exceljs stamps
 * zip entries with the current time and orders them as it goes; so we re-zip: entries sorted with
 * [Content_Types].xml first (Office expects it there), no folder entries, one fixed date, fixed
 * creation/modification dates in docProps/core.xml, and a fixed compression level.
 */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const raw = await workbook.xlsx.writeBuffer();
  const source = await JSZip.loadAsync(raw);
  const names = Object.keys(source.files).filter((n) => !source.files[n]?.dir).sort(compareEntries);
  const out = new JSZip();
  for (const name of names) {
    const entry = source.file(name);
    if (!entry) continue;
    let data: Uint8Array | string = await entry.async('uint8array');
    if (name === 'docProps/core.xml') data = fixCoreDates(new TextDecoder().decode(data));
    out.file(name, data, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

function compareEntries(a: string, b: string): number {
  const first = '[Content_Types].xml';
  if (a === first || b === first) return a === first ? (b === first ? 0 : -1) : 1;
  return compareText(a, b);
}

/** Replace whatever created/modified/lastPrinted dates exceljs wrote with the fixed one. */
function fixCoreDates(xml: string): string {
  return xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/gu, `$1${FIXED_W3CDTF}$2`)
    .replace(/(<cp:lastPrinted>)[^<]*(<\/cp:lastPrinted>)/gu, `$1${FIXED_W3CDTF}$2`);
}
