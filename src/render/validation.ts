import type { InputRef, Lang, ReportIssue, Severity } from '../domain/model.js';
import { PLAIN, type Style } from './style.js';
import { issueLine, severityTag } from './issue-line.js';

/** What `jbmonitor validate` reports: the same problems compute would print, as data. */
export interface ValidationReport {
  tool: { name: string; version: string };
  /** No errors (and, with --strict, no warnings). */
  valid: boolean;
  strict: boolean;
  options: Record<string, string | number | boolean | null>;
  /** Every input file found (also the ones that could not be read), sorted by path. */
  files: string[];
  /** The files that could be read, with their sha256. */
  inputs: InputRef[];
  /** The submissions recognised: which GI and peildatum came from where. */
  submissions: { gi: string; registered: boolean; peildatum: string; file: string | null; sheet: string | null; row: number | null }[];
  counts: Record<Severity, number>;
  issues: ReportIssue[];
}

const TEXT = {
  general: { nl: 'Algemeen', en: 'General' },
  noProblems: { nl: 'geen problemen', en: 'no problems' },
  submission: { nl: ['aanlevering', 'aanleveringen'], en: ['submission', 'submissions'] },
  file: { nl: ['bestand', 'bestanden'], en: ['file', 'files'] },
  error: { nl: ['fout', 'fouten'], en: ['error', 'errors'] },
  warning: { nl: ['waarschuwing', 'waarschuwingen'], en: ['warning', 'warnings'] },
  info: { nl: ['opmerking', 'opmerkingen'], en: ['note', 'notes'] },
  valid: { nl: 'Geldig: de bestanden kunnen worden berekend.', en: 'Valid: the files can be computed.' },
  validStrictNo: { nl: 'Ongeldig: er zijn waarschuwingen en --strict is gezet.', en: 'Invalid: there are warnings and --strict is set.' },
  invalid: { nl: 'Ongeldig: los de fouten op; jbmonitor compute rekent niet met deze bestanden.', en: 'Invalid: fix the errors; jbmonitor compute will not compute with these files.' },
} as const;

function counted(n: number, forms: readonly [string, string] | readonly string[]): string {
  return `${n} ${n === 1 ? forms[0] ?? '' : forms[1] ?? ''}`;
}

/**
 * The problems grouped by file, one line per problem with its full location (so a line can be
 * copied on its own), then one closing count line.
 */
export function renderValidation(report: ValidationReport, lang: Lang, style: Style = PLAIN): string {
  const out: string[] = [];
  for (const file of report.files) {
    const issues = report.issues.filter((i) => i.file === file);
    const subs = report.submissions.filter((s) => s.file === file);
    const found = subs.length ? ` — ${counted(subs.length, TEXT.submission[lang])}: ${subs.map((s) => `${s.gi} ${s.peildatum}`).join('; ')}` : '';
    out.push(style.bold(file) + found);
    if (issues.length === 0) out.push(`  ${TEXT.noProblems[lang]}`);
    for (const i of issues) out.push(`  ${severityTag(i, lang, style)}: ${issueLine(i, lang)}`);
  }
  const general = report.issues.filter((i) => i.file === null || !report.files.includes(i.file));
  if (general.length) {
    out.push(style.bold(TEXT.general[lang]));
    for (const i of general) out.push(`  ${severityTag(i, lang, style)}: ${issueLine(i, lang)}`);
  }
  const c = report.counts;
  const verdict = report.valid ? TEXT.valid[lang] : c.error > 0 ? TEXT.invalid[lang] : TEXT.validStrictNo[lang];
  out.push('', `${counted(report.files.length, TEXT.file[lang])}: ${counted(c.error, TEXT.error[lang])}, ${counted(c.warning, TEXT.warning[lang])}, ${counted(c.info, TEXT.info[lang])}. ${verdict}`);
  return `${out.join('\n')}\n`;
}

/** The validation report as JSON (the same problems, as data). */
export function renderValidationJson(report: ValidationReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
