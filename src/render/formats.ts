import type { Lang, Report } from '../domain/model.js';
import type { Style } from './style.js';

export interface RenderOptions {
  lang: Lang;
  style: Style;
  nationalOnly: boolean;
  /** The terminal's width when the report goes to one; null or absent: the full layout. */
  width?: number | null;
}

/** One output format: its name, the --out extensions that imply it, and its renderer (loaded lazily). */
export interface FormatDef {
  id: string;
  /** --out extensions that imply this format. */
  extensions: readonly string[];
  /** Extensions this format may also be written to when --format names it (tekst → .txt), never inferred. */
  alsoWrites?: readonly string[];
  /** Binary output (xlsx, docx): not written to a terminal. */
  binary?: boolean;
  description: { nl: string; en: string };
  render(report: Report, options: RenderOptions): Promise<string | Uint8Array>;
}

/** The output formats. --format choices, the extension inference and the README come from here. */
export const FORMATS: readonly FormatDef[] = [
  {
    id: 'table', extensions: ['.txt'],
    description: { nl: 'leesbare tabel (standaard)', en: 'readable table (default)' },
    render: async (r, o) => (await import('./table.js')).renderTable(r, o),
  },
  {
    id: 'csv', extensions: ['.csv'],
    description: { nl: 'één rij per GI en een landelijke rij per peildatum, voor Excel', en: 'one row per GI and a national row per reference date, for Excel' },
    render: async (r, o) => (await import('./csv.js')).renderCsv(r, o),
  },
  {
    id: 'tsv', extensions: ['.tsv'],
    description: { nl: 'als csv, met tabs', en: 'like csv, with tabs' },
    render: async (r, o) => (await import('./csv.js')).renderCsv(r, { ...o, delimiter: '\t' }),
  },
  {
    id: 'xlsx', extensions: ['.xlsx'], binary: true,
    description: { nl: 'Excel-werkmap met echte getallen, definities en bronnen', en: 'Excel workbook with real numbers, definitions and sources' },
    render: async (r, o) => (await import('./xlsx.js')).renderXlsx(r, o),
  },
  {
    id: 'docx', extensions: ['.docx'], binary: true,
    description: { nl: 'Word-document met kopstijlen, tabellen, voetnoten en Word-grafieken', en: 'Word document with heading styles, tables, footnotes and Word charts' },
    render: async (r, o) => (await import('./docx.js')).renderDocx(r, o),
  },
  {
    id: 'html', extensions: ['.html', '.htm'],
    description: { nl: 'één zelfstandige webpagina met grafieken, te plakken in Word', en: 'one self-contained web page with charts, pastes into Word' },
    render: async (r, o) => (await import('./html.js')).renderHtml(r, o),
  },
  {
    id: 'md', extensions: ['.md', '.markdown'],
    description: { nl: 'Markdown met tabellen (voor pandoc)', en: 'Markdown with tables (for pandoc)' },
    render: async (r, o) => (await import('./md.js')).renderMarkdown(r, o),
  },
  {
    id: 'tekst', extensions: [], alsoWrites: ['.txt'],
    description: { nl: 'de kernbevindingen in zinnen, in de stijl van de Kamerbrieven', en: 'the key findings as sentences, in the style of the letters' },
    render: async (r, o) => (await import('./tekst.js')).renderTekst(r, o),
  },
  {
    id: 'json', extensions: ['.json'],
    description: { nl: 'het volledige rapport als JSON (het contract)', en: 'the full report as JSON (the contract)' },
    render: async (r, o) => (await import('./json.js')).renderJson(r, o),
  },
];

export const FORMAT_IDS = FORMATS.map((f) => f.id);

export function formatById(id: string): FormatDef | undefined {
  return FORMATS.find((f) => f.id === id);
}

export function formatByExtension(ext: string): FormatDef | undefined {
  return FORMATS.find((f) => f.extensions.includes(ext.toLowerCase()));
}
