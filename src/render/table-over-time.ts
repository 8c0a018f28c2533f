import type { Lang, Report, Round } from '../domain/model.js';
import { fitColumns, type Cell } from './fit-columns.js';
import { changeSection, overTimeSections, type SectionTable } from './section-rows.js';
import type { Style } from './style.js';

/**
 * A section in columns under its bold title, then an empty line; a table without rows is left out.
 * On a terminal (`width`) it is laid out to fit: text columns wrap, labels take their short names.
 */
function block(section: SectionTable, style: Style, width: number | null): string[] {
  const cells: Cell[][] = [section.head, ...section.rows.map((r) => r.map((c) => (c.short ? [c.text, c.short] : c.text)))];
  const table = section.rows.length ? fitColumns(cells, section.align, { width, wrap: section.wrap, decorate: (t, r) => (r === 0 ? style.bold(t) : t) }) : [];
  return [style.bold(section.title), ...table, ''];
}

/** Per round: each national figure's change against the latest earlier round that has it. */
export function renderChangeBlock(round: Round, lang: Lang, style: Style, width: number | null = null): string[] {
  const section = changeSection(round, lang);
  return section ? block(section, style, width) : [];
}

/** The sections after the rounds: target over time, re-deliveries, published comparison. */
export function renderOverTimeSections(report: Report, lang: Lang, style: Style, nationalOnly: boolean, width: number | null = null): string[] {
  return overTimeSections(report, lang, nationalOnly).flatMap((s) => block(s, style, width));
}
