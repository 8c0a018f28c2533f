/**
 * jbmonitor's own reports among the inputs: an analyst saves `monitor.xlsx` next to the
 * submissions and runs again. Every report format carries a mark (model.ts REPORT_MARK); a file
 * that carries it is skipped with a note, never read as submissions. The uitvraag template is an
 * input and carries no mark.
 */
import { REPORT_MARK } from '../domain/model.js';

/** The provenance line of the text formats (table, md, html, tekst), in both languages. */
const PROVENANCE = /\b(?:Gemaakt met|Made with|berekend met|computed with) jbmonitor \d+\.\d+\.\d+/u;

/** The first line of a CSV/TSV report holds the mark as a header cell of its own. */
function csvHeaderCarriesMark(text: string): boolean {
  const first = text.replace(/^\uFEFF/u, '').split(/\r?\n/u, 1)[0] ?? '';
  return first.split(/[;,\t]/u).some((cell) => cell.trim().replace(/^"|"$/gu, '') === REPORT_MARK);
}

function jsonIsReport(text: string): boolean {
  try {
    const value = JSON.parse(text) as { tool?: { name?: unknown }; rounds?: unknown };
    return value.tool?.name === 'jbmonitor' && Array.isArray(value.rounds);
  } catch {
    return false;
  }
}

/** Whether a text file (by its extension) is one of jbmonitor's own reports. */
export function isOwnTextReport(text: string, ext: string): boolean {
  if (ext === '.csv' || ext === '.tsv') return csvHeaderCarriesMark(text);
  if (ext === '.json') return jsonIsReport(text);
  return text.includes(REPORT_MARK) || PROVENANCE.test(text);
}

/** Whether a workbook's keywords (docProps/core.xml) carry the mark. */
export function isOwnWorkbook(keywords: string | undefined): boolean {
  return (keywords ?? '').split(/[,;\s]+/u).includes(REPORT_MARK);
}
