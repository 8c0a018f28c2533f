import { readFileSync } from 'node:fs';
import type { Io } from './domain/io.js';
import { EXIT, ExitError, type ExitCode } from './domain/errors.js';
import { redactBsns } from './domain/bsn.js';
import { printable } from './domain/printable.js';
import type { Style } from './render/style.js';
import { pendingTemporaryFiles } from './write/output.js';
import { CheckedStdout } from './write/stdout.js';
import { rmSync } from 'node:fs';

const TOOL_NAME = 'jbmonitor';

function toolVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Colour only on a terminal, and never with NO_COLOR or --no-color (chalk itself ignores NO_COLOR). */
async function styleFor(isTTY: boolean | undefined, env: Io['env'], noColorFlag: boolean): Promise<Style> {
  const plain = (await import('./render/style.js')).PLAIN;
  if (!isTTY || noColorFlag || (env.NO_COLOR !== undefined && env.NO_COLOR !== '') || env.TERM === 'dumb') return plain;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  return { bold: (s) => chalk.bold(s), dim: (s) => chalk.dim(s), error: (s) => chalk.red(s), warn: (s) => chalk.yellow(s) };
}

/**
 * The run's language, from --lang alone (the last one given, `--lang en` or `--lang=en`): the
 * environment's LANG never changes the output. Commander's help and errors follow it too.
 */
export function langOf(argv: readonly string[]): 'nl' | 'en' {
  let lang: 'nl' | 'en' = 'nl';
  argv.forEach((arg, i) => {
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined) lang = value === 'en' ? 'en' : 'nl';
  });
  return lang;
}

/**
 * Run jbmonitor with these arguments and streams; returns the exit code. The only place that
 * decides it: 0 ok, 1 invalid input, 2 wrong usage, 3 output not written, 4 internal error.
 */
export async function main(argv: readonly string[], given: Io): Promise<ExitCode> {
  const lang = langOf(argv);
  const debug = argv.includes('--debug');
  // Every write to stdout is followed, so that a failed one ends the run with exit 3, not 0.
  const stdout = new CheckedStdout(given.stdout);
  const io: Io = { ...given, stdout };
  try {
    const noColor = argv.includes('--no-color');
    const ctx = {
      io,
      tool: { name: TOOL_NAME, version: toolVersion() },
      stdoutStyle: await styleFor(io.stdout.isTTY, io.env, noColor),
      stderrStyle: await styleFor(io.stderr.isTTY, io.env, noColor),
    };
    let code: ExitCode = EXIT.ok;
    const { buildCli } = await import('./cli.js');
    const program = buildCli(ctx, (c) => { code = c; }, lang);
    if (argv.length === 0) {
      program.outputHelp();
      await stdout.settled();
      return EXIT.usage;
    }
    await program.parseAsync([...argv], { from: 'user' });
    await stdout.settled();
    return code;
  } catch (err) {
    const exit = handleError(err, io, lang, debug);
    if (exit !== EXIT.ok) return exit;
    // Help and version went to stdout too.
    return stdout.settled().then(() => exit, (failed: unknown) => handleError(failed, io, lang, debug));
  }
}

function handleError(err: unknown, io: Io, lang: 'nl' | 'en', debug: boolean): ExitCode {
  if (isCommanderError(err)) {
    // Help and version are not errors; commander already printed its message.
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok;
    return EXIT.usage;
  }
  if (err instanceof ExitError) {
    const prefix = err.exitCode === EXIT.usage ? (lang === 'nl' ? 'gebruik' : 'usage') : (lang === 'nl' ? 'fout' : 'error');
    // A message may name a path as found on disk or a file or sheet the user gave: shown printable,
    // like every name from outside, and with BSN-like text hidden (domain/bsn.ts).
    io.stderr.write(`jbmonitor: ${prefix}: ${printable(redactBsns(lang === 'nl' ? err.messageNl : err.messageEn, lang))}\n`);
    return err.exitCode;
  }
  const message = printable(redactBsns(err instanceof Error ? err.message : String(err), lang));
  io.stderr.write(lang === 'nl'
    ? `jbmonitor: interne fout: ${message} (dit is een fout in jbmonitor; --debug toont de details)\n`
    : `jbmonitor: internal error: ${message} (this is a bug in jbmonitor; --debug shows the details)\n`);
  if (debug && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
  return EXIT.internal;
}

function isCommanderError(err: unknown): err is { code: string; exitCode: number } {
  if (typeof err !== 'object' || err === null || !('code' in err)) return false;
  const { code } = err;
  return typeof code === 'string' && code.startsWith('commander.');
}

/** The real process: bin/jbmonitor.js calls this. */
export async function run(): Promise<void> {
  // `jbmonitor compute … | head` closes our stdout early: end quietly, as other Unix tools do.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(EXIT.ok);
  });
  const interrupt = () => {
    for (const tmp of pendingTemporaryFiles) rmSync(tmp, { force: true });
    process.exit(130);
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  const code = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  });
  process.exitCode = code;
}
