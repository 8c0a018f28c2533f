/** A small reader for LibreOffice's flat ODS (fods): every cell's type and raw value, per sheet. */
export interface FodsCell {
  type: string | null;
  value: string | null;
  /** office:date-value of a date cell (YYYY-MM-DD…). */
  date: string | null;
  text: string;
}

const attr = (attrs: string, name: string): string | null => new RegExp(`${name}="([^"]*)"`, 'u').exec(attrs)?.[1] ?? null;
const unescape = (s: string): string => s.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&amp;/gu, '&');

export function readFods(xml: string): Map<string, FodsCell[][]> {
  const sheets = new Map<string, FodsCell[][]>();
  for (const t of xml.matchAll(/<table:table ([^>]*)>([\s\S]*?)<\/table:table>/gu)) {
    const name = unescape(attr(t[1] ?? '', 'table:name') ?? '');
    const rows: FodsCell[][] = [];
    for (const r of (t[2] ?? '').matchAll(/<table:table-row\b[^>]*?(?:\/>|>([\s\S]*?)<\/table:table-row>)/gu)) {
      const cells: FodsCell[] = [];
      for (const c of (r[1] ?? '').matchAll(/<table:(?:covered-)?table-cell\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:(?:covered-)?table-cell>)/gu)) {
        const attrs = c[1] ?? '';
        const repeat = Math.min(Number(attr(attrs, 'table:number-columns-repeated') ?? '1'), 64);
        const text = [...(c[2] ?? '').matchAll(/<text:p>([\s\S]*?)<\/text:p>/gu)].map((p) => unescape((p[1] ?? '').replace(/<[^>]+>/gu, ''))).join('\n');
        const cell = { type: attr(attrs, 'office:value-type'), value: attr(attrs, 'office:value'), date: attr(attrs, 'office:date-value'), text };
        for (let i = 0; i < repeat; i++) cells.push(cell);
      }
      rows.push(cells);
    }
    sheets.set(name, rows);
  }
  return sheets;
}
