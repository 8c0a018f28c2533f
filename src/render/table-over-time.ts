import type { Lang, Report, Round } from '../domain/model.js';
import { alignColumns } from './align-columns.js';
import { changeSection, overTimeSections, sectionTexts, type SectionTable } from './section-rows.js';
import type { Style } from './style.js';

/** A section in aligned columns under its bold title, then an empty line; a table without rows is left out. */
function block(section: SectionTable, style: Style): string[] {
  const table = section.rows.length ? alignColumns(sectionTexts(section), section.align, (t, r) => (r === 0 ? style.bold(t) : t)) : [];
  return [style.bold(section.title), ...table, ''];
}

/** Per round: each national figure's change against the latest earlier round that has it. */
export function renderChangeBlock(round: Round, lang: Lang, style: Style): string[] {
  const section = changeSection(round, lang);
  return section ? block(section, style) : [];
}

/** The sections after the rounds: target over time, re-deliveries, published comparison. */
export function renderOverTimeSections(report: Report, lang: Lang, style: Style, nationalOnly: boolean): string[] {
  return overTimeSections(report, lang, nationalOnly).flatMap((s) => block(s, style));
}
