import type { Io } from '../domain/io.js';
import { EXIT, UsageError, type ExitCode } from '../domain/errors.js';
import { buildReport } from '../compute/report.js';
import { expandInputs } from '../files/expand.js';
import { renderIssues } from '../render/issue-line.js';
import { PLAIN as PLAIN_STYLE, type Style } from '../render/style.js';
import { writeOutput } from '../write/output.js';
import { loadWaitingRule, optionFiles, parseDecimal, parseLang, parseLimits, parseNorm, parsePeildata, resolveOutput, type LimitFlags, type WaitingFlags } from './options.js';
import { failsValidation, loadSubmissions } from './load.js';
import { parseOverTime, selectRounds, type OverTimeFlags } from './over-time.js';

export interface ComputeFlags extends LimitFlags, OverTimeFlags, WaitingFlags {
  format?: string;
  out?: string;
  lang?: string;
  norm?: string;
  decimal?: string;
  peildatum?: string | string[];
  giRegister?: string;
  skipSheet?: string[];
  strict?: boolean;
  alleenLandelijk?: boolean;
}

export interface RunContext {
  io: Io;
  tool: { name: string; version: string };
  stdoutStyle: Style;
  stderrStyle: Style;
}

/** jbmonitor compute: read → validate → compute → render → write. */
export async function compute(paths: readonly string[], flags: ComputeFlags, ctx: RunContext): Promise<ExitCode> {
  const lang = parseLang(flags.lang);
  const norm = parseNorm(flags.norm);
  const decimal = parseDecimal(flags.decimal);
  const peildata = parsePeildata(flags.peildatum);
  const peildatum = peildata.length === 1 ? peildata[0] ?? null : null;
  const { rule, issues: holidayIssues } = await loadWaitingRule(flags, ctx.io.cwd);
  const progress = ctx.io.stderr.isTTY ? ctx.io.stderr : null;
  const strict = Boolean(flags.strict);
  const limits = parseLimits(flags);
  const overTime = parseOverTime(flags);
  const expansion = await expandInputs(paths, ctx.io.cwd);
  // Every file the run reads is an input that --out may not name.
  const also = optionFiles({ '--gi-register': flags.giRegister, '--compare': overTime.compare, '--feestdagen': flags.feestdagen });
  const target = await resolveOutput(flags.format, flags.out, ctx.io.cwd, expansion.files.map((f) => f.absolute), also);
  if (target.format.binary && target.out === null && ctx.io.stdout.isTTY) {
    throw new UsageError(`${target.format.id} is binary: write it with --out FILE or redirect stdout`, `${target.format.id} is binair: schrijf het met --out BESTAND of stuur stdout door`);
  }

  // The published figures are read first: a bad --compare file is reported with the submissions' issues.
  const published = overTime.compare ? await (await import('./load-published.js')).loadPublished(overTime.compare, ctx.io.cwd) : null;
  const loaded = await loadSubmissions(paths, { lang, decimal, peildatum, giRegister: flags.giRegister ?? null, strict, limits, revisions: overTime.revisions, peildata, cases: { rule, progress }, skipSheets: flags.skipSheet ?? [] }, ctx.io.cwd, expansion);
  const issues = [...holidayIssues, ...loaded.issues, ...(published?.issues ?? [])];
  const valid = !failsValidation(issues, strict);
  const nationalOnly = Boolean(flags.alleenLandelijk);
  const report = buildReport({
    tool: ctx.tool,
    settings: {
      lang, norm, decimal, peildata, strict, nationalOnly,
      since: overTime.since, until: overTime.until, revisionsLatest: overTime.revisions === 'latest', compare: overTime.compare,
    },
    inputs: loaded.inputs,
    submissions: valid ? selectRounds(loaded.submissions, overTime) : [],
    monitorGis: loaded.register.monitorNames,
    issues,
    valid,
    revisions: loaded.revisions,
    cases: loaded.cases ? { peildata: loaded.cases.peildata, rule, feestdagen: flags.feestdagen ?? null } : null,
    published: published ? { figures: published.figures, sha256: published.sha256 } : null,
  });

  // JSON carries its issues inside; every other format is a view for people, so problems go to stderr.
  if (target.format.id !== 'json' || target.out !== null) ctx.io.stderr.write(renderIssues(report.issues, lang, ctx.stderrStyle));
  if (valid || target.format.id === 'json') {
    const style = target.out === null ? ctx.stdoutStyle : undefined;
    // On a terminal the table is laid out to its width; a file or a pipe gets the full layout.
    const width = target.out === null && ctx.io.stdout.isTTY ? ctx.io.stdout.columns ?? null : null;
    const content = await target.format.render(report, { lang, style: style ?? PLAIN_STYLE, nationalOnly, width });
    await writeOutput(target.out, target.absolute, content, ctx.io.stdout);
  }
  return valid ? EXIT.ok : EXIT.invalidInput;
}
