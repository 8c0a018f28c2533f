import { neutraliseFormula } from './safe-text.js';
import { TEMPLATE_TEXT, templateRows, type TemplateOptions } from './template-rows.js';

function quote(text: string): string {
  const safe = neutraliseFormula(text);
  return /[;"\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

/** The uitvraag as a CSV form for Dutch Excel: `;`, UTF-8 with BOM, CRLF; Veld;Waarde;Toelichting. */
export function renderTemplateCsv(o: TemplateOptions): string {
  const t = TEMPLATE_TEXT;
  const lines: string[][] = [[t.title[o.lang]], [t.field[o.lang], t.value[o.lang], t.help[o.lang]]];
  for (const row of templateRows(o.lang)) {
    const value = row.def.key === 'gi' ? o.gi ?? '' : row.def.key === 'peildatum' && o.peildatum ? dayFirst(o.peildatum) : '';
    lines.push([row.label, value, row.help]);
  }
  return `\uFEFF${lines.map((l) => l.map(quote).join(';')).join('\r\n')}\r\n`;
}

/** 2022-12-01 → 1-12-2022, the way Dutch Excel writes a date in CSV. */
function dayFirst(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}-${Number(m)}-${y ?? ''}`;
}
