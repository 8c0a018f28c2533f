import { Command, Option } from 'commander';
import type { ExitCode } from './domain/errors.js';
import type { Lang } from './domain/model.js';
import type { RunContext } from './commands/compute.js';
import { FORMATS } from './render/formats.js';
import { DEFAULT_LIMITS, LIMIT_OPTIONS } from './read/limits.js';
import { UITVRAAG_THRESHOLD } from './domain/waiting-rule.js';
import { DEFAULT_NORM } from './domain/norm.js';
import { CLI_TEXTS, examplesText, type CliText } from './cli-texts.js';
import { helpConfiguration, outputConfiguration } from './cli-help.js';

/**
 * The whole command surface of jbmonitor: every command, option and help text, in one language.
 * Actions load their command module lazily, so `--help` never pays for exceljs, zod or csv-parse.
 */
export function buildCli(ctx: RunContext, setExit: (code: ExitCode) => void, lang: Lang = 'nl'): Command {
  const t = (key: CliText): string => CLI_TEXTS[key][lang];
  /** A value placeholder in the run's language: "<bestand>" / "<file>". */
  const v = (key: CliText): string => `<${t(key)}>`;
  const langOption = (what: CliText = 'lang') => new Option(`--lang ${v('langValue')}`, t(what)).choices(['nl', 'en']).default('nl');

  /**
   * The options of every command that reads submissions (compute, validate): how to read them,
   * and the limits that keep an untrusted file from costing too much.
   */
  const addReadOptions = (command: Command): Command => {
    const limit = (key: keyof typeof LIMIT_OPTIONS, unit: string) => new Option(`${LIMIT_OPTIONS[key].option} <${unit}>`, t(key))
      .default(undefined, String(DEFAULT_LIMITS[key] / LIMIT_OPTIONS[key].unit));
    return command
      .addOption(new Option(`--decimal ${v('notation')}`, t('decimal')).choices(['comma', 'point']))
      .option(`--peildatum ${v('date')}`, t('peildatum'), collect)
      .option(`--gi-register ${v('file')}`, t('giRegister'))
      .option(`--skip-sheet ${v('name')}`, t('skipSheet'), collect)
      .option('--strict', t('strict'))
      .addOption(new Option(`--revisions ${v('mode')}`, t('revisions')).choices(['error', 'latest']).default('error'))
      .addOption(limit('maxFileBytes', 'mb'))
      .addOption(limit('maxUnzippedBytes', 'mb'))
      .addOption(limit('maxCompressionRatio', 'n'))
      .addOption(limit('maxRows', 'n'))
      .addOption(limit('maxLineChars', 'kb'));
  };

  /** How case files count waiting children: on every command that reads them (compute, validate). */
  const addWaitingOptions = (command: Command): Command => command
    .option('--werkdagen', t('werkdagen'))
    .option(`--drempel ${v('days')}`, t('drempel'), String(UITVRAAG_THRESHOLD))
    .option(`--feestdagen ${v('file')}`, t('feestdagen'));

  // Settings given before the first .command() are inherited by every command.
  const program = new Command('jbmonitor')
    .description(t('program'))
    .configureHelp(helpConfiguration(lang))
    .configureOutput(outputConfiguration({ out: (s) => { ctx.io.stdout.write(s); }, err: (s) => { ctx.io.stderr.write(s); } }, lang))
    .helpOption('-h, --help', t('help'))
    .helpCommand(t('helpCommandArg'), t('helpCommand'))
    .showHelpAfterError(t('afterError'))
    .exitOverride()
    .version(ctx.tool.version, '-V, --version', t('version'))
    .option('--debug', t('debug'))
    .option('--no-color', t('noColor'))
    .addHelpText('after', examplesText('program', lang));

  const computeCommand = program
    .command('compute')
    .description(t('compute'))
    .argument(`<${t('inputs')}>`, t('inputsArg'))
    .addOption(new Option(`-f, --format ${v('format')}`, t('formatOption')).choices(FORMATS.map((f) => f.id)))
    .option(`-o, --out ${v('file')}`, t('out'))
    .addOption(langOption())
    .option(`--norm ${v('number')}`, t('norm'), String(DEFAULT_NORM))
    .option('--alleen-landelijk', t('alleenLandelijk'))
    .option(`--since ${v('date')}`, t('since'))
    .option(`--until ${v('date')}`, t('until'))
    .option(`--compare ${v('file')}`, t('compare'))
    .addHelpText('after', examplesText('compute', lang));
  addWaitingOptions(addReadOptions(computeCommand))
    .action(async (inputs: string[], flags: Record<string, unknown>) => {
      const { compute } = await import('./commands/compute.js');
      setExit(await compute(inputs, flags, ctx));
    });

  program
    .command('explain')
    .description(t('explain'))
    .argument(`[${t('indicatorArg')}]`, t('explainArg'))
    .addOption(langOption())
    .addHelpText('after', examplesText('explain', lang))
    .action(async (id: string | undefined, flags: Record<string, unknown>) => {
      const { explain } = await import('./commands/explain.js');
      setExit(explain(id, flags, ctx));
    });

  const validateCommand = program
    .command('validate')
    .description(t('validate'))
    .argument(`<${t('inputs')}>`, t('inputsArg'))
    .addOption(new Option(`-f, --format ${v('format')}`, t('validateFormat')).choices(['table', 'json']).default('table'))
    .addOption(langOption())
    .addHelpText('after', `\n${t('validateExit')}\n${examplesText('validate', lang)}`);
  addWaitingOptions(addReadOptions(validateCommand))
    .action(async (inputs: string[], flags: Record<string, unknown>) => {
      const { validate } = await import('./commands/validate.js');
      setExit(await validate(inputs, flags, ctx));
    });

  program
    .command('template')
    .description(t('template'))
    .option(`-o, --out ${v('file')}`, t('templateOut'))
    .addOption(new Option(`-f, --format ${v('format')}`, t('templateFormat')).choices(['xlsx', 'csv']))
    .option(`--gi ${v('name')}`, t('gi'))
    .option(`--peildatum ${v('date')}`, t('templatePeildatum'))
    .addOption(langOption('langTemplate'))
    .option(`--gi-register ${v('file')}`, t('templateRegister'))
    .addHelpText('after', examplesText('template', lang))
    .action(async (flags: Record<string, unknown>) => {
      const { template } = await import('./commands/template.js');
      setExit(await template(flags, ctx));
    });

  program
    .command('checker')
    .description(t('checker'))
    .option(`-o, --out ${v('file')}`, t('checkerOut'), 'controle.html')
    .addOption(langOption('langChecker'))
    .option(`--gi-register ${v('file')}`, t('checkerRegister'))
    .option(`--peildatum ${v('date')}`, t('checkerPeildatum'))
    .addHelpText('after', examplesText('checker', lang))
    .action(async (flags: Record<string, unknown>) => {
      const { checker } = await import('./commands/checker.js');
      setExit(await checker(flags, ctx));
    });

  return program;
}

/** Commander's way to make an option repeatable. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}
