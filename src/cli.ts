import { Command, Option } from 'commander';
import type { ExitCode } from './errors.js';
import type { RunContext } from './commands/compute.js';
import { FORMATS } from './render/formats.js';

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

  program
    .command('compute')
    .description('lees de aanleveringen, valideer ze en bereken alle indicatoren per peildatum, landelijk en per GI')
    .argument('<inputs...>', 'bestanden (.xlsx, .xlsm, .csv) en/of mappen (recursief gelezen)')
    .addOption(new Option('-f, --format <format>', `uitvoerformaat: ${FORMATS.map((f) => `${f.id} (${f.description.nl})`).join('; ')}`).choices(FORMATS.map((f) => f.id)))
    .option('-o, --out <file>', 'schrijf naar dit bestand (atomisch); het formaat volgt uit de extensie; - = stdout')
    .addOption(new Option('--lang <lang>', 'taal van de uitvoer').choices(['nl', 'en']).default('nl'))
    .option('--norm <number>', 'streefwaarde voor de organisatieworkload (maatregelen per beschikbare fte)', '12')
    .addOption(new Option('--decimal <notation>', 'decimaalteken van met de hand getypte getallen (anders per bestand herkend)').choices(['comma', 'point']))
    .option('--peildatum <date>', 'peildatum voor tabellen zonder peildatumkolom of -label; herhaalbaar voor dossierbestanden (meerdere peildata uit één register)', collect)
    .option('--werkdagen', 'dossierbestanden: tel wachtdagen in werkdagen (zonder weekenden en feestdagen van de Algemene termijnenwet) in plaats van kalenderdagen')
    .option('--drempel <dagen>', 'dossierbestanden: een kind wacht als er meer dan dit aantal dagen zijn verstreken', '5')
    .option('--gi-register <file>', 'JSON-bestand dat het GI-register aanvult (zelfde vorm als data/gi-register.json)')
    .option('--strict', 'waarschuwingen laten de run mislukken (exitcode 1)')
    .option('--alleen-landelijk', 'laat de delen per GI weg (voor publicatie)')
    .action(async (inputs: string[], flags: Record<string, unknown>) => {
      const { compute } = await import('./commands/compute.js');
      setExit(await compute(inputs, flags, ctx));
    });

  return program;
}
