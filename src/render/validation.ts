import { terminalSafeJson } from './safe-text.js';
import type { InputRef, Lang, ReportIssue, Severity } from '../domain/model.js';
import { PLAIN, type Style } from './style.js';
import { issueLine, severityTag } from './issue-line.js';
import { formatMessageNumber, printable } from '../domain/messages.js';

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

function counted(n: number, forms: readonly [string, string] | readonly string[], lang: Lang): string {
  return `${formatMessageNumber(n, lang, 0)} ${n === 1 ? forms[0] ?? '' : forms[1] ?? ''}`;
}

/** At most this many GI and peildatum pairs are named per file; the rest are counted. */
const MAX_NAMED_SUBMISSIONS = 20;

/**
 * "Jeugdbescherming Noord 2022-12-01; …": each GI and peildatum once, with how often it came when
 * more than once, and a few of them only: a table repeating one GI on thousands of rows stays one short line.
 */
function submissionList(subs: ValidationReport['submissions'], lang: Lang): string {
  const times = new Map<string, number>();
  for (const s of subs) {
    const key = `${s.gi} ${s.peildatum}`;
    times.set(key, (times.get(key) ?? 0) + 1);
  }
  const named = [...times].slice(0, MAX_NAMED_SUBMISSIONS).map(([key, n]) => (n > 1 ? `${key} (${formatMessageNumber(n, lang, 0)}×)` : key));
  const more = times.size - named.length;
  if (more > 0) named.push(lang === 'nl' ? `en nog ${formatMessageNumber(more, lang, 0)}` : `and ${formatMessageNumber(more, lang, 0)} more`);
  return named.join('; ');
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
    const found = subs.length ? ` — ${counted(subs.length, TEXT.submission[lang], lang)}: ${submissionList(subs, lang)}` : '';
    out.push(style.bold(printable(file)) + found);
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
  out.push('', `${counted(report.files.length, TEXT.file[lang], lang)}: ${counted(c.error, TEXT.error[lang], lang)}, ${counted(c.warning, TEXT.warning[lang], lang)}, ${counted(c.info, TEXT.info[lang], lang)}. ${verdict}`);
  return `${out.join('\n')}\n`;
}

/** The validation report as JSON (the same problems, as data). */
export function renderValidationJson(report: ValidationReport): string {
  return `${terminalSafeJson(report)}\n`;
}
