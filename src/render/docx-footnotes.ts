import { FootnoteReferenceRun, Paragraph, TextRun } from 'docx';
import { SIZE } from './docx-parts.js';

/**
 * The footnotes of a Word report, numbered in the order the text refers to them. Word numbers
 * them by their place in the text; the ids only link a reference to its note.
 */
export class Footnotes {
  private readonly notes: string[] = [];

  /** A reference to a new footnote holding `text`. */
  add(text: string): FootnoteReferenceRun {
    this.notes.push(text);
    return new FootnoteReferenceRun(this.notes.length);
  }

  /** The footnotes part of the document. */
  build(): Record<string, { children: Paragraph[] }> {
    return Object.fromEntries(this.notes.map((text, i) => [String(i + 1), { children: [new Paragraph({ children: [new TextRun({ text, size: SIZE.footnote })] })] }]));
  }
}
