import type { InputRef, Issue, Lang, Report, Revision, Round, Submission, WaitingRuleReport } from '../domain/model.js';
import { sortIssues } from '../domain/issues.js';
import { withoutBsns } from '../domain/bsn.js';
import { toReportIssue } from '../domain/messages.js';
import { compareText } from '../domain/order.js';
import { DEFINITIONS_VERSION } from '../domain/indicators.js';
import { waitingRuleReport, type WaitingRule } from '../domain/waiting-rule.js';
import type { Notation } from '../validate/parse-value.js';
import type { PublishedFigure } from '../validate/published.js';
import { compareWithPublished } from './compare.js';
import { computeRounds } from './rounds.js';

/** The settings of a compute run that change numbers or say how they were selected. */
export interface ReportSettings {
  lang: Lang;
  /** The workload target (streefwaarde), measures per available fte. */
  norm: number;
  decimal: Notation | null;
  /** --peildatum (none, one or several). */
  peildata: readonly string[];
  strict: boolean;
  nationalOnly: boolean;
  since: string | null;
  until: string | null;
  /** --revisions latest: the report lists what the re-deliveries changed. */
  revisionsLatest: boolean;
  /** --compare FILE. */
  compare: string | null;
}

/** Everything a compute run gathered; buildReport turns it into the Report. */
export interface ReportInputs {
  tool: { name: string; version: string };
  settings: ReportSettings;
  inputs: readonly InputRef[];
  /** The submissions of the selected rounds. */
  submissions: readonly Submission[];
  /** The register's GIs expected in every round. */
  monitorGis: readonly string[];
  issues: readonly Issue[];
  /** Errors (or, with --strict, warnings) make the report invalid: nothing is computed then. */
  valid: boolean;
  /** What the re-deliveries changed (reported with --revisions latest). */
  revisions: readonly Revision[];
  /** Present when case files supplied figures: their peildata, the waiting rule and its --feestdagen file. */
  cases: { peildata: readonly string[]; rule: WaitingRule; feestdagen: string | null } | null;
  /** Present with --compare: the published figures and the SHA-256 of their file. */
  published: { figures: readonly PublishedFigure[]; sha256: string } | null;
}

/**
 * The one place the Report is made: rounds with their changes, the waiting rule of rounds derived
 * from case files, revisions, the comparison with published figures, issues and provenance.
 * Pure: renderers read only what it returns, BSN-like text already hidden.
 */
export function buildReport(p: ReportInputs): Report {
  const { settings: s, cases, published } = p;
  const computed = p.valid ? computeRounds(p.submissions, p.monitorGis, { norm: s.norm }) : [];
  // Rounds derived from case files carry the waiting rule that produced their figures.
  const caseDates = new Set(cases?.peildata ?? []);
  const shownPath = s.nationalOnly ? fileName : (path: string) => path;
  const rule = cases ? shownRule(waitingRuleReport(cases.rule, s.lang), shownPath) : null;
  const rounds: Round[] = computed.map((r) => (rule && caseDates.has(r.peildatum) ? { ...r, waiting_rule: rule } : r));
  // Every format renders this value: the one place where BSN-like text (a GI name, a header, a
  // sheet or file name, a value quoted in a message) is hidden, whatever field brought it here.
  return withoutBsns<Report>({
    tool: p.tool,
    definitions_version: DEFINITIONS_VERSION,
    options: reportOptions(p, shownPath),
    inputs: p.inputs.map((i) => ({ path: shownPath(i.path), sha256: i.sha256 })).sort((a, b) => compareText(a.path, b.path) || compareText(a.sha256, b.sha256)),
    valid: p.valid,
    rounds,
    issues: sortIssues(p.issues).map((i) => toReportIssue(i, s.lang)),
    ...(s.revisionsLatest ? { revisions: [...p.revisions] } : {}),
    ...(published ? { comparison: compareWithPublished(rounds, published.figures) } : {}),
  }, s.lang);
}

/**
 * The options in the report, in a fixed order. Options that were not used are left out (not
 * null), so that reports of runs without them stay as they were.
 */
function reportOptions(p: ReportInputs, shownPath: (path: string) => string): Report['options'] {
  const { settings: s, cases, published } = p;
  const peildatum = s.peildata.length > 1 ? s.peildata.join(', ') : s.peildata[0] ?? null;
  return {
    norm: s.norm, decimal: s.decimal, peildatum, strict: s.strict, lang: s.lang, alleen_landelijk: s.nationalOnly,
    ...(cases ? { werkdagen: cases.rule.days === 'working', drempel: cases.rule.threshold, ...(cases.feestdagen !== null ? { feestdagen: shownPath(cases.feestdagen) } : {}) } : {}),
    ...(s.since ? { since: s.since } : {}),
    ...(s.until ? { until: s.until } : {}),
    ...(s.revisionsLatest ? { revisions: 'latest' } : {}),
    ...(s.compare ? { compare: shownPath(s.compare) } : {}),
    ...(published ? { compare_sha256: published.sha256 } : {}),
  };
}

/**
 * A publication (--alleen-landelijk) names its inputs by file name only: the folders they sat in
 * are the analyst's own disk, not provenance. The SHA-256 still identifies every file.
 */
export function fileName(path: string): string {
  return path.split(/[\\/]/u).pop() ?? path;
}

/** The waiting rule with its --feestdagen file shown as the rest of the report shows paths. */
function shownRule(rule: WaitingRuleReport, shownPath: (path: string) => string): WaitingRuleReport {
  const file = rule.feestdagen?.file;
  if (!file || !rule.feestdagen || shownPath(file) === file) return rule;
  return { ...rule, feestdagen: { ...rule.feestdagen, file: shownPath(file) }, description: rule.description.split(file).join(shownPath(file)) };
}
