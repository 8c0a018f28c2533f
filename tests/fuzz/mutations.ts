import fc from 'fast-check';

/** A clean Dutch CSV table of three GIs: the seed every CSV mutation starts from. */
export const BASE_TABLE: string[][] = [
  ['Naam GI', 'Peildatum', 'Formatie jeugdbeschermers (fte)', 'Beschikbaarheid (%)', 'Beschikbare formatie (fte)', 'Aantal ondertoezichtstellingen', 'Aantal voogdijmaatregelen', 'Aantal jeugdreclasseringsmaatregelen', 'Totaal aantal maatregelen', 'Kinderen niet binnen 5 dagen toegewezen', 'Gemiddelde wachttijd bij start (dagen)', 'Kinderen op interne wachtlijst', 'Personeelsverloop (%)'],
  ['Jeugdbescherming Noord', '1-12-2022', '154,6', '81,2%', '', '1.194', '546', '283', '2.023', '60', '21', '90', '15,8%'],
  ['Jeugdbescherming Limburg', '1-12-2022', '157,9', '', '126,3', '1.173', '566', '284', '', '', '', '70', ''],
  ['Leger des Heils Jeugdbescherming & Reclassering', '1-12-2022', '46,9', '79%', '37,1', '230', '86', '259', '575', '5', '', '20', '12%'],
];

/** A small case-level register (one row per measure, pseudonymised): the seed of case-file mutations. */
export const BASE_CASES: string[][] = [
  ['gi', 'client_id', 'maatregel', 'startdatum', 'einddatum', 'toewijzingsdatum', 'interne_wachtlijst_sinds', 'interne_wachtlijst_tot'],
  ['Jeugdbescherming Brabant', 'KJB-0001', 'OTS', '2022-11-01', '', '2022-11-03', '', ''],
  ['Jeugdbescherming Brabant', 'KJB-0002', 'voogdij', '2022-11-20', '', '', '', ''],
  ['Jeugdbescherming Brabant', 'KJB-0003', 'Voorlopige OTS', '2021-05-04', '', '2021-05-05', '2022-10-01', ''],
  ['Jeugdbescherming Brabant', 'KJB-0004', 'JR', '2020-01-10', '2022-06-30', '2020-01-11', '', ''],
  ['Jeugdbescherming Limburg', 'KJL-0001', 'jeugdreclassering', '2022-11-28', '', '', '', ''],
  ['Jeugdbescherming Limburg', 'KJL-0002', 'OTS', '2019-03-03', '', '2019-03-04', '2022-11-10', '2022-11-20'],
  ['Jeugdbescherming Limburg', 'KJL-0003', 'Voogdij', '2018-07-07', '', '2018-07-08', '', ''],
];

/** Values that have broken spreadsheet readers before. */
export const NASTY = [
  '', ' ', '-1', '-0', '0', '1e309', '99999999999999999999', 'NaN', 'Infinity', '0,5', '0.5', '1.234,5', '1,234.5', '2.566',
  '80%', '80 %', '180%', '-5%', '%', '=1+1', '=HYPERLINK("x")', '@SUM(A1)', '+1', '\u0000', '\uFEFF', '𝟘𝟙', 'é', 'Ω≈ç√',
  '"', ';', ',', '\n', '\r\n', 'n.v.t.', '-', 'Totaal', '31-11-2022', '29-2-2023', '44896', '1 december 2022', '2022-12-01',
  'Jeugdbescherming Noord', 'JB Noord', '\u202e', 'a'.repeat(5000),
];

export const cellValue = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.integer({ min: -1e6, max: 1e7 }).map(String),
  fc.double({ noNaN: false }).map((d) => String(d).replace('.', ',')),
);

export type TableOp =
  | { op: 'set'; row: number; col: number; value: string }
  | { op: 'delete-row'; row: number }
  | { op: 'duplicate-row'; row: number }
  | { op: 'swap-columns'; a: number; b: number }
  | { op: 'delete-column'; col: number };

/** Operations on a table of `rows` × `cols` cells. */
export function tableOpFor(rows: number, cols: number): fc.Arbitrary<TableOp> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ op: fc.constant('set' as const), row: fc.nat(rows - 1), col: fc.nat(cols - 1), value: cellValue }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('delete-row' as const), row: fc.nat(rows - 1) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('duplicate-row' as const), row: fc.nat(rows - 1) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('swap-columns' as const), a: fc.nat(cols - 1), b: fc.nat(cols - 1) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('delete-column' as const), col: fc.nat(cols - 1) }) },
  );
}

export const tableOp: fc.Arbitrary<TableOp> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('set' as const), row: fc.nat(4), col: fc.nat(13), value: cellValue }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete-row' as const), row: fc.nat(4) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('duplicate-row' as const), row: fc.nat(4) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('swap-columns' as const), a: fc.nat(13), b: fc.nat(13) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete-column' as const), col: fc.nat(13) }) },
);

export function applyOps(base: readonly string[][], ops: readonly TableOp[]): string[][] {
  let rows = base.map((r) => [...r]);
  for (const o of ops) {
    if (rows.length === 0) break;
    const r = (n: number) => n % rows.length;
    switch (o.op) {
      case 'set': { const row = rows[r(o.row)]; if (row) row[o.col % Math.max(1, row.length)] = o.value; break; }
      case 'delete-row': rows.splice(r(o.row), 1); break;
      case 'duplicate-row': { const row = rows[r(o.row)]; if (row) rows.splice(r(o.row), 0, [...row]); break; }
      case 'swap-columns': rows = rows.map((row) => { const c = [...row]; const x = c[o.a % c.length] ?? ''; c[o.a % c.length] = c[o.b % c.length] ?? ''; c[o.b % c.length] = x; return c; }); break;
      case 'delete-column': rows = rows.map((row) => row.filter((_, i) => i !== o.col % Math.max(1, row.length))); break;
    }
  }
  return rows;
}

export function toCsv(rows: readonly string[][], delimiter: ';' | ','): string {
  const quote = (v: string) => (/[;,"\r\n]/u.test(v) ? `"${v.replace(/"/gu, '""')}"` : v);
  return rows.map((r) => r.map(quote).join(delimiter)).join('\r\n') + '\r\n';
}

export type ByteOp = { op: 'truncate'; at: number } | { op: 'flip'; at: number; bit: number } | { op: 'overwrite'; at: number; bytes: number[] };

export const byteOp: fc.Arbitrary<ByteOp> = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat(7) }),
  fc.record({ op: fc.constant('overwrite' as const), at: fc.nat(), bytes: fc.array(fc.nat(255), { minLength: 1, maxLength: 16 }) }),
);

export function applyBytes(base: Buffer, ops: readonly ByteOp[]): Buffer {
  let buf = Buffer.from(base);
  for (const o of ops) {
    if (buf.length === 0) break;
    const at = o.at % buf.length;
    if (o.op === 'truncate') buf = buf.subarray(0, at);
    else if (o.op === 'flip') buf[at] = (buf[at] ?? 0) ^ (1 << o.bit);
    else o.bytes.forEach((b, i) => { if (at + i < buf.length) buf[at + i] = b; });
  }
  return buf;
}
