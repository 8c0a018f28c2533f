import {
  AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, PageOrientation, Paragraph, TextRun,
  type ISectionOptions, type Table,
} from 'docx';
import { REPORT_MARK, type Lang, type Report } from '../domain/model.js';
import { appendixChapter } from './docx-appendix.js';
import { DrawingIds } from './docx-charts.js';
import { Footnotes } from './docx-footnotes.js';
import { PAGE, paragraph, SIZE } from './docx-parts.js';
import { perGiChapter } from './docx-per-gi.js';
import { roundChapter, type DocxContext } from './docx-round.js';
import { trendChapter } from './docx-trend.js';
import { dateLine, DW } from './docx-words.js';
import { documentDay, officeFileBytes } from './office-bytes.js';
import { targetText } from './report-rows.js';
import { word } from './words.js';

export interface DocxOptions {
  lang: Lang;
  nationalOnly?: boolean;
}

const LANGUAGE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

function footer(lang: Lang): Footer {
  return new Footer({
    children: [new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [new TextRun({ size: SIZE.note, children: [`${word('title', lang)} — ${lang === 'nl' ? 'pagina' : 'page'} `, PageNumber.CURRENT] })],
    })],
  });
}

function section(children: (Paragraph | Table)[], lang: Lang, landscape = false): ISectionOptions {
  return {
    properties: {
      page: {
        // docx swaps width and height itself for a landscape page.
        size: { width: PAGE.width, height: PAGE.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 567, footer: 567 },
      },
    },
    footers: { default: footer(lang) },
    children,
  };
}

/** Title, the date line and how to read the figures. */
function opening(report: Report, lang: Lang): Paragraph[] {
  const peildata = report.rounds.map((r) => r.peildatum);
  const out = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(word('title', lang))] }),
    new Paragraph({ spacing: { after: 200 }, children: [new TextRun({ text: dateLine(peildata, lang), bold: true, size: 24 })] }),
  ];
  if (!report.valid) out.push(paragraph(word('invalid', lang)));
  else out.push(paragraph(`${word('target', lang)}: ${targetText(report, lang)}. ${word('notDelivered', lang)}. ${DW.madeWith[lang]} ${report.tool.name} ${report.tool.version}, ${word('definitions', lang)} ${report.definitions_version}.`));
  return out;
}

/**
 * The Word report: title and date line; with several peildata the trend table, the target over
 * time and the charts; per peildatum the national table (each "ten minste" figure with a footnote
 * naming what is missing) and its changes; the per-GI tables, workload charts and aanleverstatus
 * on landscape pages (not in a publication); then comparison, re-deliveries, definitions and
 * sources. Its bytes depend on the report only (see office-bytes.ts).
 */
export async function renderDocx(report: Report, options: DocxOptions): Promise<Uint8Array> {
  const { lang } = options;
  const ctx: DocxContext = { lang, nationalOnly: Boolean(options.nationalOnly), footnotes: new Footnotes() };
  const ids = new DrawingIds();
  const front: (Paragraph | Table)[] = [...opening(report, lang), ...trendChapter(report, ctx, ids)];
  report.rounds.forEach((round, i) => front.push(...roundChapter(report, round, ctx, ids, i > 0 || report.rounds.length > 1)));
  const sections = [section(front, lang)];
  if (!ctx.nationalOnly && report.rounds.length > 0) sections.push(section(perGiChapter(report, ctx), lang, true));
  sections.push(section(appendixChapter(report, ctx), lang, true));
  const doc = new Document({
    creator: report.tool.name,
    lastModifiedBy: report.tool.name,
    title: word('title', lang),
    description: dateLine(report.rounds.map((r) => r.peildatum), lang),
    // The mark of a jbmonitor report: read back among the inputs, the file is skipped.
    keywords: REPORT_MARK,
    styles: {
      default: {
        document: { run: { font: 'Arial', size: SIZE.body, language: { value: LANGUAGE[lang] } } },
        title: { run: { font: 'Arial', size: 40, bold: true, color: '1F4E79' }, paragraph: { spacing: { after: 80 } } },
        heading1: { run: { font: 'Arial', size: 28, bold: true, color: '1F4E79' }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading2: { run: { font: 'Arial', size: 22, bold: true, color: '1F4E79' }, paragraph: { spacing: { before: 200, after: 80 } } },
      },
    },
    footnotes: ctx.footnotes.build(),
    sections,
  });
  return officeFileBytes(new Uint8Array(await Packer.toBuffer(doc)), documentDay(report.rounds.map((r) => r.peildatum)));
}
