import {
  AlignmentType, BorderStyle, HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType,
  type ParagraphChild,
} from 'docx';

/**
 * The building blocks of the Word report: headings in Word's own heading styles (so a table of
 * contents and the navigation pane work), plain paragraphs, and native tables whose header row
 * repeats on every page and whose number columns are right-aligned. Every text from the inputs
 * goes into a plain text run: Word never reads fields or links from it.
 */

/** A4 with 2 cm margins, in twips (1/20 pt). */
export const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;
/** The width of the text area of a portrait and of a landscape page. */
export const TEXT_WIDTH = { portrait: PAGE.width - 2 * PAGE.margin, landscape: PAGE.height - 2 * PAGE.margin } as const;

/** Half-points: body text 10 pt, tables 8 pt, notes 7.5 pt, footnotes 7 pt. */
export const SIZE = { body: 20, table: 16, note: 15, footnote: 14 } as const;

export const heading1 = (text: string, pageBreakBefore = false): Paragraph =>
  new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore, keepNext: true, children: [new TextRun(text)] });

export const heading2 = (text: string, pageBreakBefore = false): Paragraph =>
  new Paragraph({ heading: HeadingLevel.HEADING_2, pageBreakBefore, keepNext: true, children: [new TextRun(text)] });

export const paragraph = (text: string, size: number = SIZE.body): Paragraph =>
  new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text, size })] });

/** A note under a table: small, kept with nothing. */
export const note = (text: string): Paragraph => paragraph(text, SIZE.note);

/** A cell's content: its text and, for a lower bound, the footnote reference after it. */
export interface CellContent {
  text: string;
  after?: ParagraphChild;
}

export type Cell = string | CellContent;

export type Align = 'l' | 'r' | 'c';
const ALIGN = { l: AlignmentType.LEFT, r: AlignmentType.RIGHT, c: AlignmentType.CENTER } as const;

export interface TableSpec {
  header: readonly string[];
  rows: readonly (readonly Cell[])[];
  /** Relative column widths; the table fills `width` twips. */
  widths: readonly number[];
  /** Per column: left, right (numbers) or centred (marks). */
  align: readonly Align[];
  width: number;
  /** Font size in half-points (default SIZE.table). */
  size?: number;
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6' } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };
const MARGINS = { top: 0, bottom: 0, left: 60, right: 60 };

function cell(content: Cell, width: number, align: Align, head: boolean, size: number): TableCell {
  const c = typeof content === 'string' ? { text: content } : content;
  const runs: ParagraphChild[] = [new TextRun({ text: c.text, size, bold: head })];
  if (c.after) runs.push(c.after);
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: MARGINS,
    ...(head ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7EEF6' } } : {}),
    children: [new Paragraph({ alignment: ALIGN[align], keepLines: true, children: runs })],
  });
}

/** A native Word table: fixed layout, the header row repeated on every page, rows never split. */
export function table(spec: TableSpec): Table {
  const total = spec.widths.reduce((a, b) => a + b, 0);
  const widths = spec.widths.map((w) => Math.floor((w / total) * spec.width));
  const row = (cells: readonly Cell[], head: boolean) => new TableRow({
    tableHeader: head,
    cantSplit: true,
    children: cells.map((c, i) => cell(c, widths[i] ?? 0, spec.align[i] ?? 'l', head, spec.size ?? SIZE.table)),
  });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [row(spec.header, true), ...spec.rows.map((r) => row(r, false))],
  });
}

/** Space after a table, so the next heading or note does not stick to it. */
export const gap = (): Paragraph => new Paragraph({ spacing: { after: 120 }, children: [] });
