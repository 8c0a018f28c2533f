import type { Lang } from './domain/model.js';

/**
 * Every word of `jbmonitor --help`, in Dutch and English: descriptions, value placeholders and
 * the examples that end each command's help. cli.ts picks one language per run.
 */
export const CLI_TEXTS = {
  program: {
    nl: 'Monitor jeugdbescherming: valideer de aanleveringen van de GI\'s en bereken de indicatoren, landelijk en per GI.',
    en: 'Monitor jeugdbescherming (child protection monitor): validate the GIs\' submissions and compute the indicators, nationally and per GI.',
  },
  version: { nl: 'toon het versienummer', en: 'print the version number' },
  help: { nl: 'toon de hulp bij deze opdracht', en: 'show the help for this command' },
  helpCommand: { nl: 'toon de hulp bij een opdracht', en: 'show the help for a command' },
  helpCommandArg: { nl: 'help [opdracht]', en: 'help [command]' },
  debug: { nl: 'toon bij een interne fout de volledige stack trace', en: 'show the full stack trace of an internal error' },
  noColor: { nl: 'geen kleur in de uitvoer (ook met NO_COLOR)', en: 'no colour in the output (also with NO_COLOR)' },
  afterError: { nl: '(gebruik --help voor de opties)', en: '(use --help for the options)' },
  lang: { nl: 'taal van de uitvoer', en: 'language of the output' },
  langTemplate: { nl: 'taal van labels, toelichting en instructies', en: 'language of labels, explanations and instructions' },
  // Value placeholders.
  inputs: { nl: 'invoer...', en: 'inputs...' },
  file: { nl: 'bestand', en: 'file' },
  date: { nl: 'datum', en: 'date' },
  number: { nl: 'getal', en: 'number' },
  notation: { nl: 'notatie', en: 'notation' },
  mode: { nl: 'modus', en: 'mode' },
  format: { nl: 'formaat', en: 'format' },
  langValue: { nl: 'taal', en: 'lang' },
  name: { nl: 'naam', en: 'name' },
  days: { nl: 'dagen', en: 'days' },
  indicatorArg: { nl: 'indicator', en: 'indicator' },
  // compute
  compute: { nl: 'lees de aanleveringen, valideer ze en bereken alle indicatoren per peildatum, landelijk en per GI', en: 'read the submissions, validate them and compute every indicator per reference date, nationally and per GI' },
  inputsArg: { nl: 'bestanden (.xlsx, .xlsm, .csv) en/of mappen (recursief gelezen)', en: 'files (.xlsx, .xlsm, .csv) and/or folders (read recursively)' },
  formatOption: { nl: 'uitvoerformaat; zonder deze optie volgt het uit de extensie van --out, anders table', en: 'output format; without this option it follows from the extension of --out, else table' },
  out: { nl: 'schrijf naar dit bestand (atomisch); het formaat volgt uit de extensie; - = stdout', en: 'write to this file (atomically); the format follows from the extension; - = stdout' },
  norm: { nl: 'streefwaarde voor de organisatieworkload (maatregelen per beschikbare fte)', en: 'target for the organisation workload (measures per available fte)' },
  alleenLandelijk: { nl: 'publicatie: alleen landelijke cijfers, geen GI bij naam, invoer alleen met bestandsnaam', en: 'publication: national figures only, no GI by name, inputs by file name only' },
  since: { nl: 'alleen peildata op of na deze datum (bijv. 2023-10-01)', en: 'only reference dates on or after this date (e.g. 2023-10-01)' },
  until: { nl: 'alleen peildata op of voor deze datum', en: 'only reference dates on or before this date' },
  compare: { nl: 'CSV met gepubliceerde cijfers om mee te vergelijken (kolommen peildatum, indicator, gepubliceerd, decimalen, bron; ook Engels: published, decimals, source)', en: 'CSV of published figures to compare with (columns peildatum, indicator, published, decimals, source; Dutch headers work too)' },
  // read options
  decimal: { nl: 'decimaalteken van met de hand getypte getallen (anders per bestand herkend)', en: 'decimal mark of hand-typed numbers (otherwise recognised per file)' },
  peildatum: { nl: 'peildatum voor tabellen zonder peildatumkolom of -label; herhaalbaar voor dossierbestanden (meerdere peildata uit één register)', en: 'reference date for tables without a peildatum column or label; repeatable for case files (several reference dates from one register)' },
  giRegister: { nl: 'JSON-bestand dat het GI-register aanvult (zelfde vorm als data/gi-register.json)', en: 'JSON file that extends the GI register (same shape as data/gi-register.json)' },
  skipSheet: { nl: 'sla dit werkblad over in elk werkboek (hoofdletters tellen niet), bijv. een eigen overzicht; herhaalbaar', en: 'skip this sheet in every workbook (case-insensitive), e.g. an own overview; repeatable' },
  strict: { nl: 'waarschuwingen laten de run mislukken (exitcode 1)', en: 'warnings make the run fail (exit code 1)' },
  revisions: { nl: 'twee aanleveringen voor één GI en peildatum: error (fout) of latest (de latere aanleverdatum telt)', en: 'two submissions for one GI and reference date: error, or latest (the later delivery date counts)' },
  maxFileBytes: { nl: 'grootste invoerbestand in MB', en: 'largest input file in MB' },
  maxUnzippedBytes: { nl: 'grootste uitgepakte werkboek in MB', en: 'largest unzipped workbook in MB' },
  maxCompressionRatio: { nl: 'grootste verhouding uitgepakt/ingepakt van een werkboek', en: 'largest unzipped/zipped ratio of a workbook' },
  maxRows: { nl: 'meeste rijen per werkblad', en: 'most rows per sheet' },
  maxLineChars: { nl: 'langste CSV-regel in kB', en: 'longest CSV line in kB' },
  // case-file options
  werkdagen: { nl: 'dossierbestanden: tel wachtdagen in werkdagen (zonder weekenden en de feestdagen van de Algemene termijnenwet: art. 3 lid 1, Goede Vrijdag en de bij besluit gelijkgestelde dagen) in plaats van kalenderdagen', en: 'case files: count waiting days in working days (without weekends and the holidays of the Algemene termijnenwet: art. 3 lid 1, Good Friday and the days set equal by decree) instead of calendar days' },
  drempel: { nl: 'dossierbestanden: een kind wacht als er meer dan dit aantal dagen zijn verstreken (de uitvraag telt zo)', en: 'case files: a child is waiting when more than this number of days have passed (as the uitvraag counts)' },
  feestdagen: { nl: 'met --werkdagen: tekstbestand met extra feestdagen, één datum per regel (2024-05-10 of 10-5-2024), eventueel met ; en een naam', en: 'with --werkdagen: text file of extra holidays, one date per line (2024-05-10 or 10-5-2024), optionally with ; and a name' },
  // explain
  explain: { nl: 'toon per indicator de definitie, formule, eenheid, precisie en bron (uit het indicatorregister)', en: 'show each indicator\'s definition, formula, unit, precision and source (from the indicator registry)' },
  explainArg: { nl: 'één indicator (id); zonder: alle indicatoren', en: 'one indicator (id); without: every indicator' },
  // validate
  validate: { nl: 'lees en controleer de aanleveringen zonder te rekenen: elk probleem met plaats, veld, gelezen waarde en verwachting', en: 'read and check the submissions without computing: every problem with its place, field, value seen and what was expected' },
  validateFormat: { nl: 'uitvoer: table (leesbaar, per bestand) of json (dezelfde problemen als data)', en: 'output: table (readable, per file) or json (the same problems as data)' },
  validateExit: {
    nl: 'Exitcodes:\n  0  geen fouten\n  1  fouten (of waarschuwingen met --strict)\n  2  verkeerd gebruik of een pad dat niet bestaat',
    en: 'Exit codes:\n  0  no errors\n  1  errors (or warnings with --strict)\n  2  wrong usage or a path that does not exist',
  },
  // template
  template: { nl: 'schrijf de uitvraag die GI\'s invullen: formulier met labels, eenheden, toelichting, invoercontrole, instructies en een keuzelijst van GI\'s', en: 'write the uitvraag that GIs fill in: a form with labels, units, explanations, input checks, instructions and a list of GIs to choose from' },
  templateOut: { nl: 'schrijf naar dit bestand (.xlsx of .csv; het formaat volgt uit de extensie); zonder --out naar stdout (xlsx niet naar een terminal)', en: 'write to this file (.xlsx or .csv; the format follows from the extension); without --out to stdout (xlsx not to a terminal)' },
  templateFormat: { nl: 'xlsx (standaard) of csv', en: 'xlsx (default) or csv' },
  gi: { nl: 'vul de naam van deze GI alvast in (naam, code of alias uit het register)', en: 'fill in the name of this GI (name, code or alias from the register)' },
  templatePeildatum: { nl: 'vul deze peildatum alvast in', en: 'fill in this reference date' },
  templateRegister: { nl: 'JSON-bestand dat het GI-register aanvult (voor --gi en de keuzelijst)', en: 'JSON file that extends the GI register (for --gi and the list to choose from)' },
  // checker
  checker: { nl: 'schrijf de controlepagina voor de GI\'s: één html-bestand dat dezelfde controles als validate in hun browser uitvoert, offline', en: 'write the check page for the GIs: one html file that runs the same checks as validate in their browser, offline' },
  checkerOut: { nl: 'schrijf naar dit bestand (atomisch); - = stdout', en: 'write to this file (atomically); - = stdout' },
  langChecker: { nl: 'taal waarin de pagina opent (de GI kan wisselen)', en: 'language the page opens in (the GI can switch)' },
  checkerRegister: { nl: 'JSON-bestand dat het GI-register aanvult; de pagina kent dan ook deze GI\'s', en: 'JSON file that extends the GI register; the page then knows these GIs too' },
  checkerPeildatum: { nl: 'peildatum voor tabellen zonder peildatumkolom of -label (zoals bij validate)', en: 'reference date for tables without a peildatum column or label (as with validate)' },
  examples: { nl: 'Voorbeelden:', en: 'Examples:' },
} as const satisfies Record<string, Record<Lang, string>>;

export type CliText = keyof typeof CLI_TEXTS;

/** The examples that end each command's help: a command line and what it does. */
export const CLI_EXAMPLES: Record<'program' | 'compute' | 'validate' | 'template' | 'checker' | 'explain', { line: string; nl: string; en: string }[]> = {
  program: [
    { line: 'jbmonitor compute inzendingen/', nl: 'bereken alles en toon de tabel', en: 'compute everything and show the table' },
    { line: 'jbmonitor validate inzendingen/', nl: 'controleer alleen, met elk probleem en zijn plaats', en: 'check only, every problem with its place' },
    { line: 'jbmonitor compute --help', nl: 'de opties van compute', en: 'the options of compute' },
  ],
  compute: [
    { line: 'jbmonitor compute inzendingen/ --out monitor.xlsx', nl: 'een Excel-werkmap met alle cijfers', en: 'an Excel workbook with every figure' },
    { line: 'jbmonitor compute ronde-1/ ronde-2/ --format tekst', nl: 'de kernbevindingen in zinnen, over twee peildata', en: 'the key findings as sentences, over two reference dates' },
    { line: 'jbmonitor compute inzendingen/ --alleen-landelijk --out bijlage.html', nl: 'een publicatie zonder GI-namen', en: 'a publication without GI names' },
  ],
  validate: [
    { line: 'jbmonitor validate inzendingen/', nl: 'elk probleem met bestand, werkblad, cel en veld', en: 'every problem with file, sheet, cell and field' },
    { line: 'jbmonitor validate jb-noord.xlsx --format json', nl: 'dezelfde problemen als data', en: 'the same problems as data' },
  ],
  template: [
    { line: 'jbmonitor template --out uitvraag.xlsx', nl: 'de lege uitvraag', en: 'the empty uitvraag' },
    { line: 'jbmonitor template --out noord.xlsx --gi "JB Noord" --peildatum 1-12-2022', nl: 'al ingevuld voor één GI en peildatum', en: 'filled in for one GI and reference date' },
  ],
  checker: [
    { line: 'jbmonitor checker --out controle.html', nl: 'de controlepagina om met de uitvraag mee te sturen', en: 'the check page to send with the uitvraag' },
    { line: 'jbmonitor checker --peildatum 1-12-2022 --lang en', nl: 'met de peildatum van de ronde, in het Engels', en: 'with the round\'s reference date, in English' },
  ],
  explain: [
    { line: 'jbmonitor explain', nl: 'alle indicatoren', en: 'every indicator' },
    { line: 'jbmonitor explain organisatieworkload --lang en', nl: 'één indicator, in het Engels', en: 'one indicator, in English' },
  ],
};

/** The examples block of one command's help, in `lang`. */
export function examplesText(command: keyof typeof CLI_EXAMPLES, lang: Lang): string {
  // What it does above the command line, as a shell comment: long lines still fit 80 columns.
  const items = CLI_EXAMPLES[command].map((e) => `  # ${e[lang]}\n  ${e.line}`);
  return `\n${CLI_TEXTS.examples[lang]}\n${items.join('\n')}\n`;
}
