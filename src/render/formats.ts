import type { Lang, Report } from '../model.js';
import type { Style } from './style.js';

export interface RenderOptions {
  lang: Lang;
  style: Style;
  nationalOnly: boolean;
}

/** One output format: its name, the --out extensions that imply it, and its renderer (loaded lazily). */
export interface FormatDef {
  id: string;
  extensions: readonly string[];
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
    id: 'json', extensions: ['.json'],
    description: { nl: 'het volledige rapport als JSON (het contract)', en: 'the full report as JSON (the contract)' },
    render: async (r) => (await import('./json.js')).renderJson(r),
  },
  {
    id: 'csv', extensions: ['.csv'],
    description: { nl: 'één rij per GI en een landelijke rij per peildatum, voor Excel', en: 'one row per GI and a national row per reference date, for Excel' },
    render: async (r, o) => (await import('./csv.js')).renderCsv(r, o),
  },
];

export const FORMAT_IDS = FORMATS.map((f) => f.id);

export function formatById(id: string): FormatDef | undefined {
  return FORMATS.find((f) => f.id === id);
}

export function formatByExtension(ext: string): FormatDef | undefined {
  return FORMATS.find((f) => f.extensions.includes(ext.toLowerCase()));
}
