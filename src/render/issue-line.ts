import type { Lang, ReportIssue } from '../domain/model.js';
import { locationText, placeText } from '../domain/messages.js';
import { PLAIN, type Style } from './style.js';
import { word } from './words.js';

/**
 * One issue as a line, without its severity. On a terminal the field is named beside the place
 * ("jb-noord.xlsx › Uitvraag › B7 (Formatie jeugdbeschermers): …"); documents (md, html, xlsx)
 * give the place only, the message names the figure.
 */
export function issueLine(issue: ReportIssue, lang: Lang, withField = true): string {
  const where = withField ? locationText(issue, lang) : placeText(issue, lang);
  return where ? `${where}: ${issue.message}` : issue.message;
}

/** The severity as a word, coloured on a terminal: "fout", "waarschuwing", "let op". */
export function severityTag(issue: ReportIssue, lang: Lang, style: Style = PLAIN): string {
  const label = word(issue.severity, lang);
  return issue.severity === 'error' ? style.error(label) : issue.severity === 'warning' ? style.warn(label) : style.dim(label);
}

/** Problems one line each, as compute prints them on stderr: "fout: file › sheet › B7: message". */
export function renderIssues(issues: readonly ReportIssue[], lang: Lang, style: Style = PLAIN): string {
  const lines = issues.map((i) => `${severityTag(i, lang, style)}: ${issueLine(i, lang)}`);
  return lines.length ? `${lines.join('\n')}\n` : '';
}
