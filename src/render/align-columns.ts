export type Align = 'left' | 'right';

/** Visible width; our texts hold no wide or combining characters beyond Latin accents. */
const width = (s: string): number => [...s.normalize('NFC')].length;

/**
 * Lay out rows in aligned columns. `decorate` colours a cell after padding, so escape codes
 * never disturb the alignment.
 */
export function alignColumns(rows: readonly string[][], align: readonly Align[], decorate?: (text: string, row: number, col: number) => string): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => { widths[i] = Math.max(widths[i] ?? 0, width(c)); });
  return rows.map((r, ri) => r.map((c, ci) => {
    const pad = ' '.repeat((widths[ci] ?? 0) - width(c));
    const padded = align[ci] === 'right' ? pad + c : ci === r.length - 1 ? c : c + pad;
    return decorate ? decorate(padded, ri, ci) : padded;
  }).join('  ').trimEnd());
}
