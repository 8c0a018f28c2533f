import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { compareText } from '../domain/order.js';

/**
 * Office files (xlsx, docx) are zips whose writers stamp the clock into entry dates and
 * docProps/core.xml, order entries as they go, and (docx) name relationships with random ids.
 * One normaliser makes their bytes depend on the content only: identical on every run, in every
 * time zone and in whatever order the inputs were given.
 */

/** The one zip entry date (DOS dates start in 1980). */
export const FIXED_DATE = new Date(Date.UTC(1980, 0, 1, 0, 0, 0));
/** The document date of a file that has no date in its data (the uitvraag template). */
export const FIXED_DAY = '1980-01-01';

/** The date a report is about: its latest peildatum; the fixed day when nothing was computed. */
export function documentDay(peildata: readonly string[]): string {
  return [...peildata].sort().at(-1) ?? FIXED_DAY;
}

/**
 * Re-zip an Office file: entries sorted with [Content_Types].xml first (Office expects it there),
 * no folder entries, one fixed entry date, a fixed compression level, creation and modification
 * dates in docProps/core.xml set to `day`, random relationship ids renamed in order of
 * appearance, and embedded workbooks (a Word chart's data) normalised the same way.
 */
export async function officeFileBytes(raw: Uint8Array, day: string): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(raw);
  const names = Object.keys(source.files).filter((n) => !source.files[n]?.dir).sort(compareEntries);
  const texts = new Map<string, string>();
  const binaries = new Map<string, Uint8Array>();
  for (const name of names) {
    const entry = source.file(name);
    if (!entry) continue;
    if (/\.(?:xml|rels)$/u.test(name)) texts.set(name, await entry.async('string'));
    else binaries.set(name, await entry.async('uint8array'));
  }
  const rename = relationshipIds([...texts.values()]);
  const out = new JSZip();
  for (const name of names) {
    let data: Uint8Array | string | undefined = texts.get(name);
    if (data !== undefined) {
      data = data.replace(RANDOM_ID, (_, id: string) => `"${rename.get(id) ?? id}"`);
      if (name === 'docProps/core.xml') data = fixCoreDates(data, `${day}T00:00:00Z`);
    } else {
      data = binaries.get(name) ?? new Uint8Array();
      if (/\.xlsx$/u.test(name)) data = await officeFileBytes(data, day);
    }
    out.file(name, data, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

/** A quoted relationship id that is not rIdN: the docx package draws these at random. */
const RANDOM_ID = /"(rId(?!\d+")[A-Za-z0-9_-]+)"/gu;

/** Random ids in order of first appearance → rIdJ1, rIdJ2, … (never clashing with rIdN). */
function relationshipIds(texts: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const text of texts) {
    for (const m of text.matchAll(RANDOM_ID)) {
      const id = m[1];
      if (id !== undefined && !map.has(id)) map.set(id, `rIdJ${map.size + 1}`);
    }
  }
  return map;
}

/** The bytes of an exceljs workbook, dated `day` (see officeFileBytes). */
export async function workbookBytes(workbook: ExcelJS.Workbook, day = FIXED_DAY): Promise<Uint8Array> {
  const date = new Date(`${day}T00:00:00Z`);
  workbook.created = date;
  workbook.modified = date;
  return officeFileBytes(new Uint8Array(await workbook.xlsx.writeBuffer()), day);
}

function compareEntries(a: string, b: string): number {
  const first = '[Content_Types].xml';
  if (a === first || b === first) return a === first ? (b === first ? 0 : -1) : 1;
  return compareText(a, b);
}

/** Replace whatever created/modified/lastPrinted dates the writer put in with the document's date. */
function fixCoreDates(xml: string, w3cdtf: string): string {
  return xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/gu, `$1${w3cdtf}$2`)
    .replace(/(<cp:lastPrinted>)[^<]*(<\/cp:lastPrinted>)/gu, `$1${w3cdtf}$2`);
}
