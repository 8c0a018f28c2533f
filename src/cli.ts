import { Command, Option } from 'commander';
import type { ExitCode } from './domain/errors.js';
import type { RunContext } from './commands/compute.js';
import { FORMATS } from './render/formats.js';
import { DEFAULT_LIMITS, LIMIT_OPTIONS } from './read/limits.js';
import { UITVRAAG_THRESHOLD } from './domain/waiting-rule.js';
import { DEFAULT_NORM } from './domain/norm.js';

/** --lang, on every command that writes text for people. */
const langOption = (what = 'taal van de uitvoer') => new Option('--lang <lang>', what).choices(['nl', 'en']).default('nl');

/**
 * The options of every command that reads submissions (compute, validate): how to read them, and
 * the limits that keep an untrusted file from costing too much.
 */
export function addReadOptions(command: Command): Command {
  const shown = (key: keyof typeof LIMIT_OPTIONS) => String(DEFAULT_LIMITS[key] / LIMIT_OPTIONS[key].unit);
  return command
    .addOption(new Option('--decimal <notation>', 'decimaalteken van met de hand getypte getallen (anders per bestand herkend)').choices(['comma', 'point']))
    .option('--peildatum <date>', 'peildatum voor tabellen zonder peildatumkolom of -label; herhaalbaar voor dossierbestanden (meerdere peildata uit één register)', collect)
    .option('--gi-register <file>', 'JSON-bestand dat het GI-register aanvult (zelfde vorm als data/gi-register.json)')
    .option('--skip-sheet <naam>', 'sla dit werkblad over in elk werkboek (hoofdletters tellen niet), bijv. een eigen overzicht; herhaalbaar', collect)
    .option('--strict', 'waarschuwingen laten de run mislukken (exitcode 1)')
    .addOption(new Option('--revisions <mode>', 'twee aanleveringen voor één GI en peildatum: error (fout) of latest (de latere aanleverdatum telt)').choices(['error', 'latest']).default('error'))
    .option(`${LIMIT_OPTIONS.maxFileBytes.option} <mb>`, `grootste invoerbestand in MB (standaard ${shown('maxFileBytes')})`)
    .option(`${LIMIT_OPTIONS.maxUnzippedBytes.option} <mb>`, `grootste uitgepakte werkboek in MB (standaard ${shown('maxUnzippedBytes')})`)
    .option(`${LIMIT_OPTIONS.maxCompressionRatio.option} <n>`, `grootste verhouding uitgepakt/ingepakt van een werkboek (standaard ${shown('maxCompressionRatio')})`)
    .option(`${LIMIT_OPTIONS.maxRows.option} <n>`, `meeste rijen per werkblad (standaard ${shown('maxRows')})`)
    .option(`${LIMIT_OPTIONS.maxLineChars.option} <kb>`, `langste CSV-regel in kB (standaard ${shown('maxLineChars')})`);
}

/** How case files count waiting children: on every command that reads them (compute, validate). */
export function addWaitingOptions(command: Command): Command {
  return command
    .option('--werkdagen', 'dossierbestanden: tel wachtdagen in werkdagen (zonder weekenden en de feestdagen van de Algemene termijnenwet: art. 3 lid 1, Goede Vrijdag en de bij besluit gelijkgestelde dagen) in plaats van kalenderdagen')
    .option('--drempel <dagen>', `dossierbestanden: een kind wacht als er meer dan dit aantal dagen zijn verstreken (de uitvraag: ${UITVRAAG_THRESHOLD})`, String(UITVRAAG_THRESHOLD))
    .option('--feestdagen <file>', 'met --werkdagen: tekstbestand met extra feestdagen, één datum per regel (2024-05-10 of 10-5-2024), eventueel met ; en een naam');
}

/** Commander's way to make an option repeatable. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/**
 * The whole command surface of jbmonitor: every command, option and help text. Actions load
 * their command module lazily, so `--help` never pays for exceljs, zod or csv-parse.
 */
export function buildCli(ctx: RunContext, setExit: (code: ExitCode) => void): Command {
  const program = new Command('jbmonitor')
    .description('Monitor jeugdbescherming: valideer de aanleveringen van de GI\'s en bereken de indicatoren, landelijk en per GI.')
    .version(ctx.tool.version, '-V, --version')
    .option('--debug', 'toon bij een interne fout de volledige stack trace')
    .option('--no-color', 'geen kleur in de uitvoer (ook met NO_COLOR)')
    .showHelpAfterError('(gebruik --help voor de opties)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => { ctx.io.stdout.write(s); },
      writeErr: (s) => { ctx.io.stderr.write(s); },
    });

  const computeCommand = program
    .command('compute')
    .description('lees de aanleveringen, valideer ze en bereken alle indicatoren per peildatum, landelijk en per GI')
    .argument('<inputs...>', 'bestanden (.xlsx, .xlsm, .csv) en/of mappen (recursief gelezen)')
    .addOption(new Option('-f, --format <format>', `uitvoerformaat: ${FORMATS.map((f) => `${f.id} (${f.description.nl})`).join('; ')}`).choices(FORMATS.map((f) => f.id)))
    .option('-o, --out <file>', 'schrijf naar dit bestand (atomisch); het formaat volgt uit de extensie; - = stdout')
    .addOption(langOption())
    .option('--norm <number>', 'streefwaarde voor de organisatieworkload (maatregelen per beschikbare fte)', String(DEFAULT_NORM))
    .option('--alleen-landelijk', 'laat de delen per GI weg (voor publicatie)')
    .option('--since <date>', 'alleen peildata op of na deze datum (bijv. 2023-10-01)')
    .option('--until <date>', 'alleen peildata op of voor deze datum')
    .option('--compare <file>', 'CSV met gepubliceerde cijfers om mee te vergelijken (kolommen peildatum, indicator, gepubliceerd, decimalen, bron; ook Engels: published, decimals, source)');
  addWaitingOptions(addReadOptions(computeCommand))
    .action(async (inputs: string[], flags: Record<string, unknown>) => {
      const { compute } = await import('./commands/compute.js');
      setExit(await compute(inputs, flags, ctx));
    });

  program
    .command('explain')
    .description('toon per indicator de definitie, formule, eenheid, precisie en bron (uit het indicatorregister)')
    .argument('[indicator]', 'één indicator (id); zonder: alle indicatoren')
    .addOption(langOption())
    .action(async (id: string | undefined, flags: Record<string, unknown>) => {
      const { explain } = await import('./commands/explain.js');
      setExit(explain(id, flags, ctx));
    });

  const validateCommand = program
    .command('validate')
    .description('lees en controleer de aanleveringen zonder te rekenen: elk probleem met plaats, veld, gelezen waarde en verwachting')
    .argument('<inputs...>', 'bestanden (.xlsx, .xlsm, .csv) en/of mappen (recursief gelezen)')
    .addOption(new Option('-f, --format <format>', 'uitvoer: table (leesbaar, per bestand) of json (dezelfde problemen als data)').choices(['table', 'json']).default('table'))
    .addOption(langOption())
    .addHelpText('after', '\nExitcodes: 0 geen fouten, 1 fouten (of waarschuwingen met --strict), 2 verkeerd gebruik of een pad dat niet bestaat.');
  addWaitingOptions(addReadOptions(validateCommand))
    .action(async (inputs: string[], flags: Record<string, unknown>) => {
      const { validate } = await import('./commands/validate.js');
      setExit(await validate(inputs, flags, ctx));
    });

  program
    .command('template')
    .description('schrijf de uitvraag die GI\'s invullen: formulier met labels, eenheden, toelichting, invoercontrole, instructies en een keuzelijst van GI\'s')
    .option('-o, --out <file>', 'schrijf naar dit bestand (.xlsx of .csv; het formaat volgt uit de extensie); zonder --out naar stdout (xlsx niet naar een terminal)')
    .addOption(new Option('-f, --format <format>', 'xlsx (standaard) of csv').choices(['xlsx', 'csv']))
    .option('--gi <name>', 'vul de naam van deze GI alvast in (naam, code of alias uit het register)')
    .option('--peildatum <date>', 'vul deze peildatum alvast in')
    .addOption(langOption('taal van labels, toelichting en instructies'))
    .option('--gi-register <file>', 'JSON-bestand dat het GI-register aanvult (voor --gi en de keuzelijst)')
    .action(async (flags: Record<string, unknown>) => {
      const { template } = await import('./commands/template.js');
      setExit(await template(flags, ctx));
    });

  program
    .command('checker')
    .description('schrijf de controlepagina voor de GI\'s: één html-bestand dat dezelfde controles als validate in hun browser uitvoert, offline')
    .option('-o, --out <file>', 'schrijf naar dit bestand (atomisch); - = stdout', 'controle.html')
    .addOption(langOption('taal waarin de pagina opent (de GI kan wisselen)'))
    .option('--gi-register <file>', 'JSON-bestand dat het GI-register aanvult; de pagina kent dan ook deze GI\'s')
    .option('--peildatum <date>', 'peildatum voor tabellen zonder peildatumkolom of -label (zoals bij validate)')
    .action(async (flags: Record<string, unknown>) => {
      const { checker } = await import('./commands/checker.js');
      setExit(await checker(flags, ctx));
    });

  return program;
}
