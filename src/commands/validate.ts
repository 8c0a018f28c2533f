import { EXIT, type ExitCode, UsageError } from '../domain/errors.js';
import type { Severity } from '../domain/model.js';
import { compareText } from '../domain/order.js';
import { sortIssues } from '../domain/issues.js';
import { withoutBsns } from '../domain/bsn.js';
import { toReportIssue } from '../domain/messages.js';
import { renderValidation, renderValidationJson, type ValidationReport } from '../render/validation.js';
import { loadWaitingRule, parseDecimal, parseLang, parseLimits, parsePeildata, type LimitFlags, type WaitingFlags } from './options.js';
import type { RunContext } from './compute.js';
import { failsValidation, loadSubmissions } from './load.js';

export interface ValidateFlags extends LimitFlags, WaitingFlags {
  format?: string;
  lang?: string;
  decimal?: string;
  peildatum?: string | string[];
  giRegister?: string;
  skipSheet?: string[];
  strict?: boolean;
  revisions?: string;
}

/**
 * jbmonitor validate: read and check everything, compute nothing. The same loading and checks as
 * compute (commands/load.ts), so validate passes exactly when compute would compute.
 */
export async function validate(paths: readonly string[], flags: ValidateFlags, ctx: RunContext): Promise<ExitCode> {
  const lang = parseLang(flags.lang);
  const decimal = parseDecimal(flags.decimal);
  const peildata = parsePeildata(flags.peildatum);
  const peildatum = peildata.length === 1 ? peildata[0] ?? null : null;
  const strict = Boolean(flags.strict);
  const limits = parseLimits(flags);
  const revisions = flags.revisions === 'latest' ? 'latest' : 'error';
  const format = flags.format ?? 'table';
  if (format !== 'table' && format !== 'json') {
    throw new UsageError(`validate --format must be table or json, not "${format}"`, `validate --format moet table of json zijn, niet "${format}"`);
  }
  const { rule, issues: holidayIssues } = await loadWaitingRule(flags, ctx.io.cwd);
  const loaded = await loadSubmissions(paths, { lang, decimal, peildatum, giRegister: flags.giRegister ?? null, strict, limits, revisions, peildata, cases: { rule, progress: null }, skipSheets: flags.skipSheet ?? [] }, ctx.io.cwd);
  const found = [...holidayIssues, ...loaded.issues];
  const issues = sortIssues(found).map((i) => toReportIssue(i, lang));
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity]++;
  const valid = !failsValidation(found, strict);
  // The same guard as the compute report's (compute/report.ts): no BSN-like text in any output.
  const report = withoutBsns<ValidationReport>({
    tool: ctx.tool,
    valid,
    strict,
    options: {
      lang, decimal, peildatum: peildata.length > 1 ? peildata.join(', ') : peildatum, gi_register: flags.giRegister ?? null, strict,
      ...(loaded.cases ? { werkdagen: rule.days === 'working', drempel: rule.threshold, feestdagen: flags.feestdagen ?? null } : {}),
    },
    files: [...loaded.files.map((f) => f.path), ...loaded.refused].sort(compareText),
    inputs: [...loaded.inputs].sort((a, b) => compareText(a.path, b.path)),
    submissions: loaded.submissions
      .map((s) => ({ gi: s.gi, registered: s.registered, peildatum: s.peildatum, file: s.source.file, sheet: s.source.sheet, row: s.source.row }))
      .sort((a, b) => compareText(a.file ?? '', b.file ?? '') || (a.row ?? 0) - (b.row ?? 0) || compareText(a.gi, b.gi)),
    counts,
    issues,
  }, lang);
  ctx.io.stdout.write(format === 'json' ? renderValidationJson(report) : renderValidation(report, lang, ctx.stdoutStyle));
  return valid ? EXIT.ok : EXIT.invalidInput;
}
