import { alignColumns, type Align } from './align-columns.js';

/**
 * Aligned columns laid out to a terminal's width. A cell is a text, or its candidates from the
 * longest to the shortest (a label and its abbreviation from the registry). Without a width
 * (piped output) the table keeps its full layout: the first candidate, nothing wrapped.
 *
 * With a width, step by step until the table fits: headers wrap at spaces; text columns (names,
 * lists, notes) wrap at spaces down to a comfortable width; cells take their shortest candidate;
 * text columns wrap down to their longest word; and last, the columns are split into groups that
 * each repeat the first column. A word is never split: a column is never narrower than its longest word.
 */
export type Cell = string | readonly string[];

export interface FitOptions {
  /** The terminal's width in columns; null = not a terminal: the full layout. */
  width: number | null;
  /** Columns whose text may wrap at spaces. Headers always may. */
  wrap?: readonly boolean[];
  /** Colour a line of a cell after padding (row 0 is the header). */
  decorate?: (text: string, row: number, col: number) => string;
  /**
   * The last column is a list (the missing GIs): when it would be narrower than SPILL_BELOW, it
   * goes beneath its row instead, across the width, after its header ("Ontbreekt: …").
   */
  spillLast?: boolean;
}

const GAP = 2;
/** Narrower than this a terminal table is unreadable anyway. */
const MIN_WIDTH = 40;
/** Text columns first wrap down to this; narrower only after the abbreviations. */
const COMFORTABLE = 30;
const SPILL_BELOW = 36;
const SPILL_INDENT = '    ';

const widthOf = (s: string): number => [...s.normalize('NFC')].length;
const wordsOf = (s: string): string[] => s.split(' ').filter((w) => w.length > 0);
const longestWord = (s: string): number => Math.max(0, ...wordsOf(s).map(widthOf));

/** Lines of at most `width`, broken at spaces; a word longer than `width` keeps its own line. */
export function wrapText(text: string, width: number): string[] {
  if (widthOf(text) <= width) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of wordsOf(text)) {
    if (!line) line = word;
    else if (widthOf(line) + 1 + widthOf(word) <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const candidates = (cell: Cell | undefined): readonly string[] => (cell === undefined ? [''] : typeof cell === 'string' ? [cell] : cell);

interface Layout {
  short: boolean;
  wrapHeaders: boolean;
  /** Per column: the widest its wrapping cells may be. */
  limits: number[];
}

export function fitColumns(rows: readonly (readonly Cell[])[], align: readonly Align[], options: FitOptions): string[] {
  const full = rows.map((r) => r.map((c) => candidates(c)[0] ?? ''));
  if (options.width === null) return alignColumns(full, align, options.decorate);
  const width = Math.max(options.width, MIN_WIDTH);
  const fitted = fitRows(rows, align, { ...options, width });
  if (fitted === null) return splitGroups(rows, align, options, width);
  const last = fitted.widths.length - 1;
  const natural = Math.max(0, ...rows.slice(1).map((r) => widthOf(candidates(r[last])[0] ?? '')));
  const wrapped = (fitted.widths[last] ?? 0) < natural;
  if (!options.spillLast || last < 1 || !wrapped || (fitted.widths[last] ?? 0) >= SPILL_BELOW) return fitted.lines.flat();
  // The list beneath its row: the other columns get the width, the list the whole line.
  const rest = fitRows(rows.map((r) => r.slice(0, last)), align.slice(0, last), { ...options, width, spillLast: false });
  if (rest === null) return fitted.lines.flat();
  const header = candidates(rows[0]?.[last])[0] ?? '';
  return rest.lines.flatMap((lines, r) => {
    const list = r === 0 ? '' : candidates(rows[r]?.[last])[0] ?? '';
    return list ? [...lines, ...wrapText(`${header}: ${list}`, width - SPILL_INDENT.length).map((l) => `${SPILL_INDENT}${l}`)] : lines;
  });
}

/** The rows laid out (lines per row) with the column widths, or null when only a split into groups fits. */
function fitRows(rows: readonly (readonly Cell[])[], align: readonly Align[], options: FitOptions & { width: number }): { lines: string[][]; widths: number[] } | null {
  const { width } = options;
  const n = Math.max(...rows.map((r) => r.length));
  const wrap = (c: number) => options.wrap?.[c] === true;
  const layout: Layout = { short: false, wrapHeaders: false, limits: Array.from({ length: n }, () => Infinity) };
  const text = (r: number, c: number, l: Layout) => {
    const all = candidates(rows[r]?.[c]);
    return (l.short ? all[all.length - 1] : all[0]) ?? '';
  };
  const columnWidth = (c: number, l: Layout) => {
    let w = 0;
    rows.forEach((_, r) => {
      const t = text(r, c, l);
      const natural = widthOf(t);
      const shown = r === 0 ? (l.wrapHeaders ? longestWord(t) : natural) : wrap(c) ? Math.min(natural, Math.max(l.limits[c] ?? Infinity, longestWord(t))) : natural;
      w = Math.max(w, shown);
    });
    return w;
  };
  const total = (l: Layout) => Array.from({ length: n }, (_, c) => columnWidth(c, l)).reduce((a, b) => a + b, 0) + GAP * (n - 1);
  const fits = (l: Layout) => total(l) <= width;
  /** Narrow the widest wrapping column (or only `which`) one step at a time, down to `floor`. */
  const shrink = (l: Layout, floor: number, which?: (c: number) => boolean) => {
    while (!fits(l)) {
      const widths = Array.from({ length: n }, (_, c) => columnWidth(c, l));
      const options = widths.map((w, c) => ({ c, w })).filter(({ c, w }) => wrap(c) && (which?.(c) ?? true) && w > floor && w > longestCellWord(c, l));
      const widest = options.sort((a, b) => b.w - a.w)[0];
      if (!widest) return;
      l.limits[widest.c] = widest.w - 1;
    }
  };
  const longestCellWord = (c: number, l: Layout) => Math.max(0, ...rows.slice(1).map((_, i) => longestWord(text(i + 1, c, l))));

  const steps: ((l: Layout) => void)[] = [
    (l) => { l.wrapHeaders = true; },
    // Columns without an abbreviation wrap first, so labels keep their full names where they can.
    (l) => { shrink(l, COMFORTABLE, (c) => rows.every((r) => typeof r[c] === 'string' || r[c] === undefined)); },
    (l) => { l.short = true; },
    (l) => { shrink(l, 0); },
  ];
  for (const step of [() => undefined, ...steps]) {
    step(layout);
    if (fits(layout)) {
      const widths = Array.from({ length: n }, (_, c) => columnWidth(c, layout));
      return { lines: render(rows.length, align, layout, text, widths, options.decorate), widths };
    }
  }
  return null;
}

function render(
  rowCount: number, align: readonly Align[], l: Layout,
  text: (r: number, c: number, l: Layout) => string, widths: readonly number[],
  decorate: FitOptions['decorate'],
): string[][] {
  const n = widths.length;
  const out: string[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const rowLines: string[] = [];
    out.push(rowLines);
    const cells = widths.map((w, c) => wrapText(text(r, c, l), w));
    const height = Math.max(...cells.map((lines) => lines.length));
    for (let i = 0; i < height; i++) {
      const line = cells.map((lines, c) => {
        const t = lines[i] ?? '';
        const pad = ' '.repeat(Math.max(0, (widths[c] ?? 0) - widthOf(t)));
        const padded = align[c] === 'right' ? pad + t : c === n - 1 ? t : t + pad;
        return decorate ? decorate(padded, r, c) : padded;
      });
      rowLines.push(line.join(' '.repeat(GAP)).trimEnd());
    }
  }
  return out;
}

/**
 * The last resort: the columns in groups of about equal size, each with the first column again,
 * as few groups as fit (each group laid out again).
 */
function splitGroups(rows: readonly (readonly Cell[])[], align: readonly Align[], options: FitOptions, width: number): string[] {
  const n = Math.max(...rows.map((r) => r.length));
  const others = Array.from({ length: n - 1 }, (_, i) => i + 1);
  const subset = (cols: readonly number[]) => rows.map((r) => [r[0] ?? '', ...cols.map((c) => r[c] ?? '')]);
  const subsetAlign = (cols: readonly number[]) => [align[0] ?? 'left', ...cols.map((c) => align[c] ?? 'left')];
  const subsetWrap = (cols: readonly number[]) => [options.wrap?.[0] ?? false, ...cols.map((c) => options.wrap?.[c] ?? false)];
  let groups: number[][] = [others];
  for (let k = 2; k <= others.length; k++) {
    const size = Math.ceil(others.length / k);
    groups = Array.from({ length: Math.ceil(others.length / size) }, (_, g) => others.slice(g * size, (g + 1) * size));
    if (groups.every((cols) => fitRows(subset(cols), subsetAlign(cols), { width, wrap: subsetWrap(cols) }) !== null)) break;
  }
  if (groups.length <= 1) return fitColumns(rows, align, { ...options, width: null });
  return groups.flatMap((cols, g) => {
    const lines = fitColumns(subset(cols), subsetAlign(cols), {
      width,
      wrap: subsetWrap(cols),
      ...(options.decorate ? { decorate: (t: string, r: number, c: number) => options.decorate?.(t, r, c === 0 ? 0 : cols[c - 1] ?? c) ?? t } : {}),
    });
    return g === 0 ? lines : ['', ...lines];
  });
}
