import fc from 'fast-check';
import { editPart, makeZip, type ZipInput } from '../support/zip.js';

/**
 * Mutations of a workbook's XML and zip structure: the fields exceljs allocates from (merged
 * ranges, defined names, dimensions, row numbers), entries only a streaming reader sees, and
 * number cells holding text. Each either leaves the figures as they were or must be refused.
 */
export type XmlOp =
  | { op: 'merge'; ref: string }
  | { op: 'defined-name'; ref: string }
  | { op: 'dimension'; ref: string }
  | { op: 'row-number'; row: number; to: string }
  | { op: 'local-only'; name: string }
  | { op: 'value'; nth: number; text: string };

const SHEET = 'xl/worksheets/sheet1.xml';

/** References of every sort: ordinary, huge, beyond the grid, malformed. */
const ref = fc.oneof(
  fc.constantFrom('D1:E2', 'H20:K40', 'A1:XFD1048576', 'D1:XFD1048576', 'A1:A1048577', 'XFE1', 'A0', 'A1:', ':', '', 'A1:B2:C3', '$A$1:$B$2', 'a1:b2', 'Z99999999'),
  fc.tuple(fc.integer({ min: 4, max: 20_000 }), fc.integer({ min: 18, max: 2_000_000 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }))
    .map(([col, row, w, h]) => `${letters(col)}${row}:${letters(col + w)}${row + h}`),
);

/** Texts a `<v>` may hold: the same number written otherwise, or garbage exceljs would half-read. */
const vText = fc.oneof(
  fc.constantFrom('0x222', '283abc', ' 154.6e0xyz', '1e400', '-1e400', 'INF', 'NaN', ' ', '1,5', '١٢', '12 34', '0b1', '1e', '.', '+', '--1'),
  // Not an empty <v></v> (an empty cell, as in Excel) nor another valid number: other data, not a mutation to refuse.
  fc.string({ minLength: 1, maxLength: 8 }).map((s) => s.replace(/[<&]/gu, '')).filter((s) => s !== '' && !/^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/u.test(s)),
);

export const xmlOp: fc.Arbitrary<XmlOp> = fc.oneof(
  fc.record({ op: fc.constant('merge' as const), ref }),
  fc.record({ op: fc.constant('defined-name' as const), ref }),
  fc.record({ op: fc.constant('dimension' as const), ref }),
  fc.record({ op: fc.constant('row-number' as const), row: fc.nat(20), to: fc.oneof(fc.nat().map(String), fc.constantFrom('0', '-1', '1048577', '300000000', '', '5x')) }),
  fc.record({ op: fc.constant('local-only' as const), name: fc.constantFrom(SHEET, 'xl/worksheets/sheet9.xml', 'xl/sharedStrings2.xml') }),
  fc.record({ op: fc.constant('value' as const), nth: fc.nat(30), text: vText }),
);

function letters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Apply the operations to a workbook's parts; the zip to run. */
export function applyXmlOps(parts: readonly ZipInput[], ops: readonly XmlOp[]): Buffer {
  let out = [...parts];
  const extra: ZipInput[] = [];
  for (const o of ops) {
    switch (o.op) {
      case 'merge':
        out = editPart(out, SHEET, (x) => x.replace('</sheetData>', `</sheetData><mergeCells count="1"><mergeCell ref="${o.ref}"/></mergeCells>`));
        break;
      case 'defined-name':
        out = editPart(out, 'xl/workbook.xml', (x) => x.replace('</sheets>', `</sheets><definedNames><definedName name="n${extra.length}">Uitvraag!${o.ref}</definedName></definedNames>`));
        break;
      case 'dimension':
        out = editPart(out, SHEET, (x) => x.replace(/<dimension ref="[^"]*"\/>/u, `<dimension ref="${o.ref}"/>`));
        break;
      case 'row-number': {
        let n = 0;
        out = editPart(out, SHEET, (x) => x.replace(/<row r="\d+"/gu, (tag) => (n++ === o.row ? `<row r="${o.to}"` : tag)));
        break;
      }
      case 'local-only': {
        const part = out.find((p) => p.name === SHEET);
        if (part) extra.push({ name: o.name, data: part.data, localOnly: true });
        break;
      }
      case 'value': {
        let n = 0;
        out = editPart(out, SHEET, (x) => x.replace(/(<c r="[A-Z]+\d+"(?: s="\d+")?>)<v>[^<]*<\/v>/gu, (cell, open: string) => (n++ === o.nth ? `${open}<v>${o.text}</v>` : cell)));
        break;
      }
    }
  }
  return makeZip([...out, ...extra]);
}
