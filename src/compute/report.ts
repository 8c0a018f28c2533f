import type { ComputeOptions, InputRef, Issue, Lang, Report, Round } from '../domain/model.js';
import { sortIssues } from '../domain/issues.js';
import { toReportIssue } from '../domain/messages.js';
import { compareText } from '../domain/order.js';
import { DEFINITIONS_VERSION } from '../domain/indicators.js';

export interface ReportParts {
  tool: { name: string; version: string };
  options: ComputeOptions & Record<string, string | number | boolean | null>;
  inputs: readonly InputRef[];
  rounds: readonly Round[];
  issues: readonly Issue[];
  /** Errors make the report invalid: no rounds are reported then. */
  valid: boolean;
  lang: Lang;
}

/** Assemble the one Report value every format renders. */
export function buildReport(p: ReportParts): Report {
  return {
    tool: p.tool,
    definitions_version: DEFINITIONS_VERSION,
    options: p.options,
    inputs: [...p.inputs].sort((a, b) => compareText(a.path, b.path)),
    valid: p.valid,
    rounds: p.valid ? [...p.rounds] : [],
    issues: sortIssues(p.issues).map((i) => toReportIssue(i, p.lang)),
  };
}
