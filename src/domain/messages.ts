import type { Issue, IssueBase, Lang, ReportIssue } from './model.js';
import type { IssueType, JsonPlaces, StoredAs, ZipProblem } from './issue-kinds.js';
import { FIELD_BY_KEY, labelWithUnit, matchField } from './fields.js';
import type { FieldKey, Place } from './model.js';
import { caseLabel } from './case-fields.js';
import { columnList, columnName } from './published-columns.js';
import { formatLongDate, hasTwoDigitYear } from './calendar.js';
import { printable } from './printable.js';

/** A kind's message: it sees only the params of its own kind. */
export type Template<K extends IssueType> = (i: Issue<K>, field: string) => string;

/** One template per kind: a kind without a template does not compile. */
export type Templates = { readonly [K in IssueType]: Template<K> };

/** What a field expects, by code; `expected` of an issue is one of these. */
const EXPECTED: Record<string, Record<Lang, string>> = {
  number: { nl: 'een getal', en: 'a number' },
  count: { nl: 'een geheel getal ≥ 0', en: 'a whole number ≥ 0' },
  fte: { nl: 'een aantal fte ≥ 0', en: 'an fte figure ≥ 0' },
  days: { nl: 'een aantal dagen ≥ 0', en: 'a number of days ≥ 0' },
  percent: { nl: 'een percentage van 0 tot en met 100% (bijv. 80%, 80,0% of 0,8)', en: 'a percentage from 0 to 100% (e.g. 80%, 80.0% or 0.8)' },
  date: { nl: 'een bestaande datum (bijv. 1-12-2022, 2022-12-01 of 1 december 2022)', en: 'an existing date (e.g. 1-12-2022, 2022-12-01 or 1 December 2022)' },
  gi: { nl: 'de naam van een GI', en: 'the name of a GI' },
  'cached-result': { nl: 'een formule met opgeslagen uitkomst', en: 'a formula with a saved result' },
  spreadsheet: { nl: 'een .xlsx-, .xlsm- of .csv-bestand', en: 'an .xlsx, .xlsm or .csv file' },
  'known-gi': { nl: 'een GI uit het register', en: 'a GI of the register' },
  'types-sum': { nl: 'OTS + voogdij + JR = totaal', en: 'OTS + guardianship + JR = total' },
  'at-most-total': { nl: 'hoogstens het totaal aantal maatregelen', en: 'at most the total number of measures' },
  'agree-within-0.5': { nl: 'formatie × beschikbaarheid binnen 0,5 fte van de beschikbare formatie', en: 'establishment × availability within 0.5 fte of the available staff' },
  'one-submission': { nl: 'één aanlevering per GI en peildatum', en: 'one submission per GI and reference date' },
  'one-notation': { nl: 'één getalnotatie per bestand', en: 'one number notation per file' },
  'one-percent-style': { nl: 'één schrijfwijze van percentages per veld (0,8 of 80%)', en: 'one way of writing percentages per field (0.8 or 80%)' },
  'sum-of-rows': { nl: 'de som van de GI-rijen van deze tabel', en: 'the sum of the GI rows of this table' },
  'one-value': { nl: 'één waarde per veld', en: 'one value per field' },
  'national-formula': { nl: 'de landelijke formule (som gedeeld door som) binnen de weergaveprecisie', en: 'the national formula (sum divided by sum) within display precision' },
  'measure-type': { nl: 'OTS, voogdij of JR (ook voluit of voorlopig)', en: 'OTS, voogdij or JR (also in full or provisional)' },
  'one-row-per-measure': { nl: 'één rij per cliënt, maatregel en startdatum', en: 'one row per client, measure and start date' },
  'delivery-date': { nl: 'een eigen aanleverdatum per aanlevering (met --revisions latest)', en: 'a distinct delivery date per submission (with --revisions latest)' },
  // the --compare file of published figures
  'published-header': { nl: 'een kopregel met peildatum, indicator, gepubliceerd, decimalen en bron', en: 'a header with peildatum, indicator, published, decimals and source' },
  'published-columns': { nl: 'één waarde per kolom van de kopregel', en: 'one value per header column' },
  'indicator-id': { nl: 'een indicator uit jbmonitor explain (id of label)', en: 'an indicator of jbmonitor explain (id or label)' },
  decimals: { nl: 'een geheel getal van 0 tot en met 6', en: 'a whole number from 0 to 6' },
  'published-number': { nl: 'het cijfer zoals gepubliceerd (bijv. 16,5, 2.072 of 2,2%)', en: 'the figure as published (e.g. 16.5, 2,072 or 2.2%)' },
};

/** What a path is instead of a regular file, in words. */
const NOT_REGULAR: Partial<Record<string, Record<Lang, string>>> & { other: Record<Lang, string> } = {
  fifo: { nl: 'een named pipe (FIFO), die nooit ophoudt of eindeloos wacht', en: 'a named pipe (FIFO), which may never end or wait forever' },
  device: { nl: 'een apparaat (zoals /dev/zero)', en: 'a device (such as /dev/zero)' },
  socket: { nl: 'een socket', en: 'a socket' },
  directory: { nl: 'een map', en: 'a folder' },
  other: { nl: 'een bijzonder bestand', en: 'a special file' },
};

/** What a zip that is no workbook seems to be, as a clause of the message. */
const ZIP_KIND: Record<string, Record<Lang, string> | undefined> = {
  word: { nl: ': het lijkt een Word-document (.docx)', en: ': it looks like a Word document (.docx)' },
  powerpoint: { nl: ': het lijkt een PowerPoint-presentatie (.pptx)', en: ': it looks like a PowerPoint presentation (.pptx)' },
  opendocument: { nl: ': het lijkt een OpenDocument-bestand (sla het in LibreOffice op als .xlsx)', en: ': it looks like an OpenDocument file (save it as .xlsx in LibreOffice)' },
};

/** csv-parse's error codes in words a GI understands; other codes show csv-parse's own text. */
const CSV_PROBLEM: Record<string, Record<Lang, string> | undefined> = {
  CSV_QUOTE_NOT_CLOSED: { nl: 'een aanhalingsteken (") wordt geopend maar niet gesloten', en: 'a quote (") is opened but never closed' },
  CSV_INVALID_CLOSING_QUOTE: { nl: 'na een afsluitend aanhalingsteken (") volgt nog tekst in dezelfde cel', en: 'text follows a closing quote (") in the same cell' },
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: { nl: 'na een afsluitend aanhalingsteken (") volgt nog tekst in dezelfde cel', en: 'text follows a closing quote (") in the same cell' },
};

type PerLang = Record<Lang, (text: string) => string>;

/** The phrase for `key` (the first one when a param is missing at run time: never a crash). */
function perLang<K extends string>(table: Record<K, PerLang>, key: K, lang: Lang): (text: string) => string {
  return (table[key] ?? Object.values<PerLang>(table)[0])?.[lang] ?? String;
}

/** What is wrong with a workbook's zip, by problem. */
const UNSAFE_ZIP: Record<ZipProblem, PerLang> = {
  'name': { nl: (p) => `Het werkboek bevat een onderdeel met een naam die niet eenduidig is (${p}: met een / vooraan, .., \\, lege delen of tekens buiten ASCII).`, en: (p) => `The workbook holds a part whose name is ambiguous (${p}: a leading /, .., \\, empty segments or characters outside ASCII).` },
  'duplicate': { nl: (p) => `Het werkboek bevat het onderdeel ${p} twee keer (hoofdletters tellen niet).`, en: (p) => `The workbook holds the part ${p} twice (ignoring case).` },
  'local-entries': { nl: (p) => `De inhoud van het zip-bestand klopt niet met zijn inhoudsopgave (bij ${p}): programma's zouden er verschillende gegevens in lezen.`, en: (p) => `The zip's contents do not match its table of contents (at ${p}): programs would read different data from it.` },
  'sheet-elsewhere': { nl: (p) => `Een werkblad staat in het onderdeel ${p}, niet waar Excel werkbladen bewaart (xl/worksheets/sheet1.xml enz.); jbmonitor zou het niet of een ander onderdeel lezen.`, en: (p) => `A worksheet is stored in the part ${p}, not where Excel keeps worksheets (xl/worksheets/sheet1.xml etc.); jbmonitor would read no part or another one.` },
};

/** A cell whose stored value is not what its type says, by the type it claims. */
const GARBLED: Record<StoredAs, PerLang> = {
  'number': { nl: (v) => `De cel is als getal opgeslagen maar bevat "${v}"; zo schrijft Excel geen getal (het bestand is door een ander programma gemaakt of gewijzigd). Typ het getal opnieuw in Excel en lever het bestand opnieuw aan.`, en: (v) => `The cell is stored as a number but holds "${v}"; Excel never writes a number like that (another program made or changed the file). Type the number again in Excel and deliver the file again.` },
  'boolean': { nl: (v) => `De cel is als WAAR/ONWAAR opgeslagen maar bevat "${v}". Typ de waarde opnieuw in Excel en lever het bestand opnieuw aan.`, en: (v) => `The cell is stored as TRUE/FALSE but holds "${v}". Type the value again in Excel and deliver the file again.` },
  'shared-string': { nl: (v) => `De cel verwijst naar tekst nummer "${v}", wat geen nummer is. Typ de waarde opnieuw in Excel en lever het bestand opnieuw aan.`, en: (v) => `The cell refers to text number "${v}", which is no number. Type the value again in Excel and deliver the file again.` },
  'date': { nl: (v) => `De cel is als datum opgeslagen maar bevat "${v}", geen dag (JJJJ-MM-DD, zonder tijd). Typ de datum opnieuw in Excel en lever het bestand opnieuw aan.`, en: (v) => `The cell is stored as a date but holds "${v}", not a day (YYYY-MM-DD, without a time). Type the date again in Excel and deliver the file again.` },
  'structure': { nl: (v) => `De cel is opgebouwd zoals Excel dat nooit doet (${v}): twee waarden in één cel, of tekst met een fonetische hulp; zo'n cel kan anders gelezen worden dan hij getoond wordt. Typ de waarde opnieuw in Excel en lever het bestand opnieuw aan.`, en: (v) => `The cell is built as Excel never builds one (${v}): two values in one cell, or text with a phonetic guide; such a cell may be read otherwise than it is shown. Type the value again in Excel and deliver the file again.` },
  'streamed-date': { nl: (v) => `De cel bevat een datum als tekst ("${v}", t="d"), die jbmonitor in een dossierbestand niet kan lezen. Open het bestand in Excel en sla het opnieuw op: Excel slaat datums op als datumnummer.`, en: (v) => `The cell holds a date as text ("${v}", t="d"), which jbmonitor cannot read in a case-level file. Open the file in Excel and save it again: Excel stores dates as date numbers.` },
};

const nl: Templates = {
  'file/unreadable': (i) => `Het bestand kan niet worden geopend: ${txt(i.params.reason)}.`,
  'file/not-regular': (i) => `Dit is geen gewoon bestand maar ${(NOT_REGULAR[i.params.kind] ?? NOT_REGULAR.other).nl}; jbmonitor leest alleen gewone bestanden.`,
  'file/symlink-followed': (i) => `Gelezen via een symbolische koppeling naar ${txt(i.params.target)}.`,
  'file/symlink-broken': (i) => (i.params.reason === 'loop'
    ? 'Deze symbolische koppeling verwijst in een kring naar zichzelf en leidt naar geen bestand. Herstel of verwijder de koppeling.'
    : 'Deze symbolische koppeling wijst naar een bestand dat niet bestaat. Herstel of verwijder de koppeling.'),
  'folder/unreadable': (i) => `De map kan niet worden gelezen: ${txt(i.params.reason)}. Geef leesrechten op de map, of laat haar weg.`,
  'folder/symlink-skipped': () => 'Een symbolische koppeling naar een map wordt niet doorzocht (zo kan een map zichzelf nooit bevatten). Geef de map zelf op als haar bestanden meetellen.',
  'file/legacy-xls': () => 'Oude Excel-bestanden (.xls) worden niet gelezen. Open het bestand in Excel en sla het op als .xlsx.',
  'file/not-spreadsheet': () => 'Dit is geen spreadsheet (geen geldig .xlsx- of .csv-bestand). Lever een .xlsx- of .csv-bestand aan.',
  'file/empty': () => 'Het bestand is leeg. Lever het ingevulde bestand opnieuw aan.',
  'file/not-workbook': (i) => `Dit is een zip-bestand, maar geen Excel-werkmap (er zit geen xl/workbook.xml in)${ZIP_KIND[i.params.zip]?.nl ?? ''}. Lever een .xlsx- of .csv-bestand aan.`,
  'file/csv-syntax': (i) => `Het CSV-bestand is niet te lezen: ${CSV_PROBLEM[String(i.params.code)]?.nl ?? txt(i.params.reason)}. Sla het bestand opnieuw op vanuit Excel als CSV.`,
  'cell/not-delivered': (i) => `"${seen(i, 'nl')}" is gelezen als niet aangeleverd (leeg).`,
  'cell/date-serial': (i) => `${seen(i, 'nl')} is gelezen als Excel-datumnummer: ${txt(i.params.iso)}. Geef de cel een datumopmaak als dat niet klopt.`,
  'file/no-fields': () => 'Geen herkenbare velden gevonden. Gebruik de labels van de uitvraag (zie `jbmonitor template`).',
  'sheet/ignored': (i) => `Tabblad ${txt(i.params.sheet)}${i.params.hidden === 'yes' ? ' (verborgen)' : ''} heeft geen herkenbare velden en is overgeslagen.`,
  'input/no-submissions': () => 'Geen aanleveringen gevonden in de opgegeven bestanden en mappen.',
  'cell/formula-without-result': (i) => `De formule ${txt(i.params.formula)} heeft geen opgeslagen uitkomst. Open het bestand in Excel en sla het opnieuw op; jbmonitor rekent formules nooit zelf uit.`,
  'cell/formula-error': (i) => `De formule geeft de fout ${seen(i, 'nl')}. Herstel de formule of vul het getal zelf in.`,
  'cell/not-a-number': (i) => `"${seen(i, 'nl')}" is geen getal. Vul alleen het getal in, of laat de cel leeg als het cijfer niet geleverd kan worden.`,
  'cell/ambiguous-number': (i) => `"${seen(i, 'nl')}" is dubbelzinnig (${reading(i.params.comma, 'nl')} met decimale komma, ${reading(i.params.point, 'nl')} met decimale punt) en het bestand toont geen eenduidige notatie. Geef --decimal comma of --decimal point op.`,
  'cell/wrong-notation': (i) => `"${seen(i, 'nl')}" past niet bij de getalnotatie van dit bestand (decimale ${i.params.notation === 'comma' ? 'komma' : 'punt'}). Schrijf ${txt(i.params.suggestion)} of geef --decimal ${i.params.notation === 'comma' ? 'point' : 'comma'} op.`,
  'file/mixed-notation': () => 'Het bestand gebruikt zowel de decimale komma als de decimale punt. Gebruik één notatie, of geef --decimal op.',
  'cell/negative': (i) => `"${seen(i, 'nl')}" is negatief. Vul een getal van 0 of meer in.`,
  'cell/fractional-count': (i) => `"${seen(i, 'nl')}" is geen geheel aantal. Tel hele kinderen of maatregelen.`,
  'cell/percent-range': (i) => `"${seen(i, 'nl')}" ligt niet tussen 0 en 100%. Vul een percentage van 0 tot en met 100% in (bijv. 80%).`,
  'cell/percent-interpreted': (i) => `"${seen(i, 'nl')}" is gelezen als ${readAsPercent(i, 'nl')}. Schrijf ${seen(i, 'nl')}% om dit te bevestigen.`,
  'field/mixed-percent-style': () => `Het bestand schrijft dit percentage zowel als fractie (0,8) als als getal boven 1 (80). Kies één schrijfwijze.`,
  'field/fraction-among-percents': (i) => `"${seen(i, 'nl')}" staat zonder %-teken tussen percentages met %-teken: bedoeld als ${seen(i, 'nl')}% of als fractie (× 100%)? Schrijf het met %-teken, zoals de andere.`,
  'cell/date': (i) => `"${seen(i, 'nl')}" is geen bestaande datum. ${hasTwoDigitYear(i.value ?? '') ? 'Schrijf het jaar met vier cijfers, bijv. 1-12-2022.' : 'Schrijf bijv. 1-12-2022 of 2022-12-01.'}`,
  'cell/date-time': (i) => `"${seen(i, 'nl')}" is een datum met een tijdstip; hier hoort alleen een datum. Geef de cel een datum zonder tijd (een Excel-datumnummer met een breuk, zoals 44896,5, is een tijdstip).`,
  'cell/date-range': (i) => `"${seen(i, 'nl')}"${shownAs(i, 'nl')} ligt buiten de jaren ${txt(i.params.from)}–${txt(i.params.to)} van de monitor: een typefout, of een getal dat als datum is gelezen. Schrijf de datum voluit, bijv. 1-12-2022.`,
  'cell/number-overflow': () => 'De cel bevat een getal dat groter is dan een spreadsheet kan bewaren; Excel schrijft zo\'n getal niet. Vul het cijfer opnieuw in.',
  'cell/gi': (i) => `"${seen(i, 'nl')}" is geen naam van een GI. Vul de naam van de GI in.`,
  'row/missing-gi': () => 'De naam van de GI ontbreekt. Vul de naam van de GI in.',
  'row/missing-peildatum': (i) => (i.params.empty === 'yes' ? 'De peildatum is niet ingevuld. Vul de peildatum in, of geef --peildatum op (bijv. --peildatum 2022-12-01).' : 'De peildatum ontbreekt: geen kolom Peildatum en geen label Peildatum boven de kopregel. Voeg er een toe, of geef --peildatum op (bijv. --peildatum 2022-12-01).'),
  'gi/unknown': (i) => `Onbekende GI "${i.value ?? ''}"${i.params.nearest ? `; bedoelt u "${String(i.params.nearest)}"?` : ''} Voeg haar toe aan het register (--gi-register) als het een nieuwe GI is.`,
  'gi/alias': (i) => `"${seen(i, 'nl')}" is gelezen als ${txt(i.params.name)}.`,
  'column/unknown': (i) => `Kolom "${seen(i, 'nl')}" is onbekend en wordt genegeerd.${suggestion(i, 'nl')} Geef de kolom een label van de uitvraag als hij mee moet tellen (zie jbmonitor template).`,
  'cell/merged-rows': (i) => `Deze cel is samengevoegd met ${txt(i.params.master)} in een andere rij; de waarde staat dan alleen in ${txt(i.params.master)} en zou voor deze rij wegvallen. Hef de samenvoeging op en vul de waarde in elke rij in.`,
  'column/no-header-figures': () => 'Deze kolom heeft geen kop, maar er staan getallen in: die zouden ongemerkt wegvallen. Geef de kolom een label van de uitvraag (zie jbmonitor template), of haal de getallen weg als ze niet meetellen.',
  'column/unknown-figures': (i) => `Kolom of label "${seen(i, 'nl')}" is onbekend, maar er staan getallen bij: die zouden ongemerkt wegvallen.${suggestion(i, 'nl')} Geef de kolom een label van de uitvraag (zie jbmonitor template), of haal de getallen weg als ze niet meetellen.`,
  'rule/types-total': (i) => `OTS + voogdij + JR = ${num(i.params.sum, 'nl', 0)}, maar het totaal is ${num(i.params.total, 'nl', 0)}. Corrigeer het totaal of een van de soorten.`,
  'rule/waiting-exceeds-total': (i) => `${seen(i, 'nl')} kinderen wachten, meer dan het totaal van ${num(i.params.total, 'nl', 0)} maatregelen. Controleer beide cijfers.`,
  'rule/availability-mismatch': (i) => `Formatie × beschikbaarheid is ${num(i.params.derived, 'nl', 2)} fte, maar de beschikbare formatie is ${num(i.params.reported, 'nl', 2)} fte (verschil meer dan 0,5 fte). Corrigeer een van de drie, of laat de beschikbaarheid leeg.`,
  'rule/availability-above-establishment': (i) => `De beschikbare formatie (${num(i.params.reported, 'nl', 2)} fte) is groter dan de formatie (${num(i.params.formatie, 'nl', 2)} fte). Controleer beide cijfers.`,
  'rule/availability-without-establishment': () => 'Beschikbaarheid is opgegeven zonder formatie: de beschikbare formatie kan niet worden berekend. Vul de formatie in.',
  'submission/duplicate': (i) => `${i.params.count === undefined || i.params.count === 2 ? 'Twee' : num(i.params.count, 'nl', 0)} aanleveringen voor ${txt(i.params.gi)} op peildatum ${txt(i.params.peildatum)}: deze en ${placesText(i.params.others, 'nl')}. Er wordt niets opgeteld; verwijder of corrigeer ze tot er één over is.`,
  'row/total-mismatch': (i) => `De totaalrij "${txt(i.params.label)}" geeft ${seen(i, 'nl')}, maar de som van de ${num(i.params.rows, 'nl', 0)} GI-rijen van deze tabel is ${num(i.params.sum, 'nl', 2)}. Corrigeer de totaalrij of de GI-rijen.`,
  'plausibility/availability-low': (i) => `De beschikbaarheid is ${num(i.params.rate, 'nl')}%, lager dan 50%. Controleer formatie en beschikbare formatie.`,
  'plausibility/workload': (i) => `De organisatieworkload is ${num(i.params.workload, 'nl')} maatregelen per beschikbare fte, buiten 5–40. Controleer de maatregelen en de beschikbare formatie.`,
  'plausibility/days-without-count': () => 'De gemiddelde wachttijd is opgegeven zonder het aantal wachtende kinderen; het gemiddelde telt landelijk niet mee.',
  // Damaged workbooks and changes between rounds
  'file/corrupt': () => 'Het bestand is beschadigd of onvolledig (geen leesbaar .xlsx-bestand). Open het in Excel, sla het opnieuw op als .xlsx en lever het opnieuw aan.',
  'plausibility/change': (i) => `${num(i.params.now, 'nl')}: ${i.params.direction === 'up' ? 'een stijging' : 'een daling'} van ${num(i.params.pct, 'nl', 0)}% ten opzichte van peildatum ${txt(i.params.previous)} (${num(i.params.before, 'nl')}). Controleer het cijfer.`,
  'submission/no-figures': () => 'Er is geen enkel cijfer ingevuld. Vul de cijfers in, of laat dit bestand weg.',
  'plausibility/small-round': (i) => `Voor peildatum ${txt(i.params.peildatum)} leverden maar ${num(i.params.count, 'nl', 0)} van de ${num(i.params.expected, 'nl', 0)} GI's aan (${txt(i.params.gis)}). Is de peildatum goed getypt?`,
  // Input limits, re-deliveries and rounds over time
  'limit/file-size': (i) => `Het bestand is ${num(i.params.size, 'nl')} MB, meer dan de grens van ${num(i.params.limit, 'nl')} MB (--max-file-mb).`,
  'limit/unzipped-size': (i) => `Uitgepakt is het werkboek meer dan ${num(i.params.limit, 'nl')} MB (--max-unzipped-mb); het is niet gelezen.`,
  'limit/compression-ratio': (i) => `Het werkboek pakt ${num(i.params.ratio, 'nl')}× zo groot uit als het bestand, meer dan ${num(i.params.limit, 'nl')}× (--max-compression-ratio): waarschijnlijk een zip-bom. Het is niet gelezen.`,
  'limit/rows': (i) => `Een werkblad (${txt(i.params.part)}) heeft meer dan ${num(i.params.limit, 'nl', 0)} rijen (--max-rows), of een rij met een hoger nummer; vaak zijn dat lege opgemaakte rijen. Verwijder ze in Excel of verhoog de grens.`,
  'limit/cells': (i) => `Het werkboek heeft meer dan ${num(i.params.limit, 'nl', 0)} cellen en rijen (100 per rij van --max-rows); een uitvraag is veel kleiner. Verwijder lege opgemaakte cellen in Excel of verhoog --max-rows.`,
  'limit/merged-cells': (i) => `Een werkblad (${txt(i.params.part)}) voegt ten minste ${num(i.params.cells, 'nl', 0)} cellen samen, meer dan ${num(i.params.limit, 'nl', 0)}; het is niet gelezen. Maak de samenvoeging ongedaan in Excel.`,
  'file/unsafe-zip': (i) => `${perLang(UNSAFE_ZIP, i.params.problem, 'nl')(txt(i.params.part))} Zo'n bestand maakt Excel niet; het is niet gelezen. Open het in Excel, sla het opnieuw op als .xlsx en lever het opnieuw aan.`,
  'sheet/bad-reference': (i) => `${i.params.problem === 'order' ? `Rij of cel ${txt(i.params.ref)} staat niet op volgorde (of dubbel) in het werkblad (${txt(i.params.part)})` : `Het werkblad (${txt(i.params.part)}) verwijst naar ${txt(i.params.ref)}, buiten het raster van Excel (1.048.576 rijen, 16.384 kolommen: A tot XFD)`}. Zo'n bestand maakt Excel niet; het is niet gelezen. Open het in Excel, sla het opnieuw op als .xlsx en lever het opnieuw aan.`,
  'cell/garbled-value': (i) => perLang(GARBLED, i.params.stored, 'nl')(seen(i, 'nl')),
  'limit/csv-line': (i) => `Een regel van het CSV-bestand is langer dan ${num(i.params.limit, 'nl')} kB (--max-line-kb); het bestand is niet gelezen.`,
  'limit/csv-rows': (i) => `Het CSV-bestand heeft meer dan ${num(i.params.limit, 'nl', 0)} regels (--max-rows), ook lege regels (;;;) tellen mee; het bestand is niet gelezen. Verwijder de overbodige regels of verhoog de grens.`,
  'limit/csv-cells': (i) => `Het CSV-bestand heeft meer dan ${num(i.params.limit, 'nl', 0)} ingevulde cellen, veel meer dan een aanlevering bevat; het bestand is niet gelezen.`,
  'rule/types-exceed-total': (i) => `De opgegeven soorten maatregelen tellen op tot ${num(i.params.sum, 'nl', 0)}, meer dan het totaal van ${num(i.params.total, 'nl', 0)}.`,
  'cell/too-large': (i) => `${seen(i, 'nl')} is onmogelijk groot voor één GI; controleer het getal (bijv. een verschoven decimaalteken).`,
  'file/active-content-ignored': (i) => `Het werkboek bevat macro's, externe koppelingen of ingesloten objecten (${txt(i.params.parts)}); die worden genegeerd: alleen celwaarden worden gelezen.`,
  'revision/undated': (i) => `Meerdere aanleveringen voor ${txt(i.params.gi)} op ${txt(i.params.peildatum)} (${placesText(i.params.files, 'nl')}), maar deze heeft geen aanleverdatum: niet te bepalen welke geldt. Vul de Aanleverdatum in.`,
  'revision/same-date': (i) => `Meerdere aanleveringen voor ${txt(i.params.gi)} op ${txt(i.params.peildatum)} (${placesText(i.params.files, 'nl')}) met dezelfde aanleverdatum ${seen(i, 'nl')}: niet te bepalen welke geldt.`,
  'revision/applied': (i) => `Herlevering: deze aanlevering van ${seen(i, 'nl')} vervangt die van ${txt(i.params.oldDate)} (${txt(i.params.old)}) voor ${txt(i.params.gi)} op ${txt(i.params.peildatum)}; ${num(i.params.changed, 'nl', 0)} cijfer(s) gewijzigd.`,
  'revision/hint': (i) => `Deze aanlevering voor ${txt(i.params.gi)} op ${txt(i.params.peildatum)} is de laatste (aanleverdatum ${seen(i, 'nl')}): met --revisions latest vervangt zij de eerdere.`,
  // Case-level registers
  'case/missing-value': (i) => `${caseLabel(i.field, 'nl')} ontbreekt.`,
  'case/unknown-type': (i) => `Maatregel "${seen(i, 'nl')}" is onbekend: gebruik OTS, voogdij of JR (ook voluit of voorlopig).`,
  'case/date': (i) => hasTime(i.value)
    ? `${caseLabel(i.field, 'nl')}: "${seen(i, 'nl')}" is een datum met een tijdstip; hier hoort alleen een datum.`
    : `${caseLabel(i.field, 'nl')}: "${seen(i, 'nl')}" is geen bestaande datum.${hasTwoDigitYear(i.value ?? '') ? ' Schrijf het jaar met vier cijfers, bijv. 1-12-2022.' : ''}`,
  'case/date-range': (i) => `${caseLabel(i.field, 'nl')}: "${seen(i, 'nl')}" ligt buiten ${txt(i.params.from)}–${txt(i.params.to)}; dat is vast een typefout. Corrigeer de datum.`,
  'case/bsn-value': () => 'In de kolom Naam GI staat een waarde die op een burgerservicenummer lijkt (verborgen); de rij is niet geteld. Vul de naam van de GI in, en lever alleen pseudoniemen aan.',
  'case/date-order': (i) => `${caseLabel(i.field, 'nl')} (${i.value ?? 'leeg'}) kan niet bij ${caseLabel(txt(i.params.other), 'nl')}: deze volgorde van datums is onmogelijk.`,
  'case/duplicate': (i) => `Deze cliënt staat twee keer met dezelfde maatregel en startdatum in de gegevens: ook in ${txt(i.params.otherFile)}, rij ${txt(i.params.otherRow)}. Verwijder of corrigeer er één.`,
  'case/bsn-column': (i) => `Kolom "${i.column ?? ''}" lijkt burgerservicenummers te bevatten (${num(i.params.share, 'nl')}% van ${num(i.params.values, 'nl', 0)} waarden zijn 9 cijfers die de elfproef doorstaan). Het bestand is geweigerd: lever alleen pseudoniemen aan.`,
  'case/missing-column': (i) => `De kolom ${i.field ? caseLabel(i.field, 'nl') : txt(i.params.column)} ontbreekt in dit dossierbestand.`,
  'file/more-issues': (i) => `Nog ${num(i.params.count, 'nl', 0)} meldingen van dezelfde soort (${txt(i.params.type)}) zijn niet afzonderlijk getoond.`,
  'case/date-serial': () => 'Datums die als getal (Excel-datumnummer) in het werkboek staan, zijn als datum gelezen.',
  'case/differs': (i) => `de aanlevering geeft ${num(i.params.aggregate, 'nl', 2)}, het dossierbestand ${txt(i.params.file)} geeft ${num(i.params.derived, 'nl', 2)}; het dossierbestand gaat voor.`,
  'row/skipped-no-figures': (i) => `Rij "${i.value ?? ''}" heeft geen cijfers (kop, voetnoot of lege rij) en is overgeslagen.`,
  'row/total-checked': (i) => `Totaalrij "${i.value ?? ''}" gecontroleerd: de aantallen en fte zijn de som van ${totalScopeText(i, 'nl')}. Niet meegeteld als GI.${uncheckedText(i, 'nl')}`,
  'row/total-by-sums': (i) => `Rij "${i.value ?? ''}" is geen GI uit het register, maar elk aantal en elke fte is precies de som van ${totalScopeText(i, 'nl')}: herkend als totaalrij aan de sommen en niet meegeteld als GI.${uncheckedText(i, 'nl')}`,
  'row/total-formula-mismatch': (i) => `De totaalrij geeft ${seen(i, 'nl')}, maar de landelijke formule over de ${num(i.params.rows, 'nl')} GI-rijen geeft ${num(i.params.expected, 'nl')}${i.params.percent === 1 ? '%' : ''}. Een totaal van percentages of dagen is een gewogen gemiddelde (som gedeeld door som), geen gemiddelde van de rijen. Corrigeer de totaalrij of laat de cel leeg.`,
  'column/notes': (i) => `Kolom "${i.value ?? ''}" is gelezen als toelichting en telt niet mee.`,
  'sheet/skipped-by-option': (i) => `Tabblad ${String(i.params.sheet ?? '')} is overgeslagen (--skip-sheet).`,
  'sheet/hidden-read': (i) => `Tabblad ${txt(i.params.sheet)} is verborgen in Excel, maar is gelezen en telt mee. Staat daar een oude ronde of de gegevens van een andere GI, verwijder het tabblad of laat het weg met --skip-sheet "${txt(i.params.sheet)}".`,
  'sheet/hidden-cells': (i) => `Tabblad ${txt(i.params.sheet)} heeft verborgen ${hiddenParts(i, 'nl')} met gegevens; die zijn gelezen en tellen mee.`,
  'option/skip-sheet-unmatched': (i) => `--skip-sheet "${i.value ?? ''}": geen werkblad met die naam in de werkboeken van deze run. Controleer de naam.`,
  'field/repeated-conflict': (i) => `Dit veld staat er twee keer met verschillende waarden: hier "${seen(i, 'nl')}", en ook in ${placesText(i.params.first, 'nl')}. Er wordt niet gekozen; laat één waarde staan.`,
  'field/repeated-same': (i) => `Dit veld staat er twee keer met dezelfde waarde (ook in ${placesText(i.params.first, 'nl')}); één keer geteld.`,
  'file/own-report': () => 'Dit is een rapport van jbmonitor zelf, geen aanlevering: overgeslagen (en niet bij de bronnen vermeld).',
  'gi/outside-monitor': (i) => `${String(i.params.gi ?? '')} staat in het register maar valt buiten de monitor: per GI getoond als "buiten de landelijke cijfers", niet meegeteld in de landelijke cijfers.`,
  // the --compare file of published figures
  'compare/empty': () => 'Het bestand met gepubliceerde cijfers is leeg. Verwacht: een kopregel met de kolommen peildatum, indicator, gepubliceerd, decimalen en bron, en één rij per gepubliceerd cijfer.',
  'compare/missing-column': (i) => `De kopregel "${i.value ?? ''}" mist ${columnList(list(i.params.missing), 'nl')}. Verwacht: de kolommen peildatum, indicator, gepubliceerd, decimalen en bron (Engelse namen als reference_date, published, decimals en source mogen ook).`,
  'compare/duplicate-column': (i) => `Kolom "${i.value ?? ''}" en kolom "${String(i.params.first ?? '')}" betekenen allebei ${columnName(String(i.params.column ?? ''), 'nl')}: niet te bepalen welke geldt. Verwijder of hernoem er één.`,
  'compare/unknown-column': (i) => `Kolom "${i.value ?? ''}" is onbekend en wordt genegeerd. Bekende kolommen: peildatum, indicator, gepubliceerd, decimalen en bron.`,
  'compare/extra-column': (i) => `"${i.value ?? ''}" heeft ${String(i.params.count ?? '?')} waarden, de kopregel ${String(i.params.expected ?? '?')} kolommen: er staat een waarde buiten de kolommen en de rij is niet gelezen. ${i.params.delimiter === ',' ? 'Met de komma als scheidingsteken splitst een decimale komma het getal (16,5 wordt 16 en 5): zet zo\'n getal tussen aanhalingstekens ("16,5") of sla het bestand op met puntkomma\'s.' : 'Verwijder de extra waarde, of geef haar kolom een naam in de kopregel.'}`,
  'compare/missing-column-in-row': (i) => `"${i.value ?? ''}" heeft ${String(i.params.count ?? '?')} waarden, de kopregel ${String(i.params.expected ?? '?')} kolommen: er ontbreekt een kolom en de rij is niet gelezen. Geef elke kolom een waarde (de bron mag leeg zijn, het scheidingsteken moet er staan).`,
  'compare/mixed-notation': () => 'Het bestand schrijft even veel gepubliceerde cijfers met een decimale komma als met een decimale punt: niet te bepalen welke notatie geldt. Gebruik één notatie.',
  'compare/missing-value': (i) => `De waarde ontbreekt (kolom ${columnName(String(i.params.column ?? ''), 'nl')}). Vul haar in, of verwijder de rij.`,
  'compare/unknown-indicator': (i) => `Indicator "${i.value ?? ''}" is onbekend. Gebruik een id of label uit jbmonitor explain (bijv. organisatieworkload).`,
  'compare/decimals': (i) => `"${i.value ?? ''}" is geen aantal decimalen. Schrijf een geheel getal van 0 tot en met 6: het aantal cijfers achter de komma waarmee het cijfer gepubliceerd is.`,
  'compare/unexpected-percent': (i) => `"${i.value ?? ''}" heeft een %-teken, maar ${String(i.params.indicator ?? 'deze indicator')} is geen percentage. Laat het %-teken weg.`,
  'compare/ambiguous-number': (i) => `"${i.value ?? ''}" is dubbelzinnig (${plain(i.params.comma, 'nl')} met decimale komma, ${plain(i.params.point, 'nl')} met decimale punt) en het bestand toont geen eenduidige notatie. Schrijf duizendtallen zonder scheidingsteken (bijv. 2072).`,
  'compare/wrong-notation': (i) => `"${i.value ?? ''}" past niet bij de getalnotatie van dit bestand (decimale ${i.params.notation === 'comma' ? 'komma' : 'punt'}).${i.params.suggestion ? ` Schrijf ${String(i.params.suggestion)}.` : ''}`,
  'compare/not-a-number': (i) => `"${i.value ?? ''}" is geen getal. Schrijf het gepubliceerde cijfer, bijv. 16,5, 2.072 of 2,2%.`,
  'compare/more-decimals': (i) => `"${i.value ?? ''}" heeft meer decimalen dan de ${String(i.params.decimals ?? '?')} uit de kolom decimalen. Schrijf het cijfer zoals het gepubliceerd is, of corrigeer het aantal decimalen.`,
  'feestdagen/date': (i) => `"${i.value ?? ''}" is geen bestaande datum. Schrijf één dag per regel, bijv. 2024-05-10 of 10-5-2024, eventueel gevolgd door ; en een naam.`,
  'workdays/no-decreed-days': (i) => `Voor ${String(i.params.year ?? '')} zijn geen bij besluit gelijkgestelde dagen (Algemene termijnenwet art. 3 lid 3) bekend; data/atw-gelijkgestelde-dagen.json dekt ${String(i.params.covers ?? '-')}. `
    + `Als feestdag toegepast: art. 3 lid 1 en lid 2: ${String(i.params.law_nl ?? '')}${i.params.extra_nl ? `; uit --feestdagen: ${String(i.params.extra_nl)}` : ''}. Geef gelijkgestelde dagen van dat jaar op met --feestdagen.`,
  'case/threshold-mismatch': (i) => `Op peildatum ${String(i.params.peildatum ?? '')} tellen de dossierbestanden kinderen die meer dan ${String(i.params.drempel ?? '')} dagen wachten (--drempel ${String(i.params.drempel ?? '')}), `
    + `de uitvraag kinderen die langer dan ${String(i.params.uitvraag ?? 5)} dagen wachten (${String(i.params.count ?? '')} GI${i.params.count === 1 ? '' : "'s"}: ${String(i.params.gis ?? '')}). `
    + `Die cijfers meten iets anders, ook waar ze samen in de landelijke cijfers staan; gebruik --drempel ${String(i.params.uitvraag ?? 5)} om ze vergelijkbaar te maken.`,
};

const en: Templates = {
  'file/unreadable': (i) => `The file cannot be opened: ${txt(i.params.reason)}.`,
  'file/not-regular': (i) => `This is not a regular file but ${(NOT_REGULAR[i.params.kind] ?? NOT_REGULAR.other).en}; jbmonitor reads regular files only.`,
  'file/symlink-followed': (i) => `Read through a symbolic link to ${txt(i.params.target)}.`,
  'file/symlink-broken': (i) => (i.params.reason === 'loop'
    ? 'This symbolic link points back to itself in a loop and leads to no file. Repair or remove the link.'
    : 'This symbolic link points to a file that does not exist. Repair or remove the link.'),
  'folder/unreadable': (i) => `The folder cannot be read: ${txt(i.params.reason)}. Grant read access to the folder, or leave it out.`,
  'folder/symlink-skipped': () => 'A symbolic link to a folder is not searched (so that a folder can never contain itself). Name the folder itself if its files belong to the run.',
  'file/legacy-xls': () => 'Legacy Excel files (.xls) are not read. Open the file in Excel and save it as .xlsx.',
  'file/not-spreadsheet': () => 'This is not a spreadsheet (not a valid .xlsx or .csv file). Deliver an .xlsx or .csv file.',
  'file/empty': () => 'The file is empty. Deliver the filled-in file again.',
  'file/not-workbook': (i) => `This is a zip file, but not an Excel workbook (it holds no xl/workbook.xml)${ZIP_KIND[i.params.zip]?.en ?? ''}. Deliver an .xlsx or .csv file.`,
  'file/csv-syntax': (i) => `The CSV file cannot be read: ${CSV_PROBLEM[String(i.params.code)]?.en ?? txt(i.params.reason)}. Save the file again from Excel as CSV.`,
  'cell/not-delivered': (i) => `"${seen(i, 'en')}" was read as not delivered (empty).`,
  'cell/date-serial': (i) => `${seen(i, 'en')} was read as an Excel date number: ${txt(i.params.iso)}. Give the cell a date format if that is wrong.`,
  'file/no-fields': () => 'No recognisable fields found. Use the labels of the uitvraag (see `jbmonitor template`).',
  'sheet/ignored': (i) => `Sheet ${txt(i.params.sheet)}${i.params.hidden === 'yes' ? ' (hidden)' : ''} has no recognisable fields and was skipped.`,
  'input/no-submissions': () => 'No submissions found in the given files and folders.',
  'cell/formula-without-result': (i) => `The formula ${txt(i.params.formula)} has no saved result. Open the file in Excel and save it again; jbmonitor never evaluates formulas.`,
  'cell/formula-error': (i) => `The formula gives the error ${seen(i, 'en')}. Repair the formula or type the number.`,
  'cell/not-a-number': (i) => `"${seen(i, 'en')}" is not a number. Enter the number only, or leave the cell empty when the figure cannot be delivered.`,
  'cell/ambiguous-number': (i) => `"${seen(i, 'en')}" is ambiguous (${reading(i.params.comma, 'en')} with a decimal comma, ${reading(i.params.point, 'en')} with a decimal point) and the file shows no unambiguous notation. Pass --decimal comma or --decimal point.`,
  'cell/wrong-notation': (i) => `"${seen(i, 'en')}" does not fit this file's number notation (decimal ${i.params.notation === 'comma' ? 'comma' : 'point'}). Write ${txt(i.params.suggestion)} or set --decimal ${i.params.notation === 'comma' ? 'point' : 'comma'}.`,
  'file/mixed-notation': () => 'The file uses both the decimal comma and the decimal point. Use one notation, or pass --decimal.',
  'cell/negative': (i) => `"${seen(i, 'en')}" is negative. Enter a number of 0 or more.`,
  'cell/fractional-count': (i) => `"${seen(i, 'en')}" is not a whole number. Count whole children or measures.`,
  'cell/percent-range': (i) => `"${seen(i, 'en')}" is not between 0 and 100%. Enter a percentage from 0 to 100% (e.g. 80%).`,
  'cell/percent-interpreted': (i) => `"${seen(i, 'en')}" was read as ${readAsPercent(i, 'en')}. Write ${seen(i, 'en')}% to confirm.`,
  'field/mixed-percent-style': () => `The file writes this percentage both as a fraction (0.8) and as a number above 1 (80). Choose one.`,
  'field/fraction-among-percents': (i) => `"${seen(i, 'en')}" has no % sign among percentages that do: meant as ${seen(i, 'en')}% or as a fraction (× 100%)? Write it with a % sign, like the others.`,
  'cell/date': (i) => `"${seen(i, 'en')}" is not an existing date. ${hasTwoDigitYear(i.value ?? '') ? 'Write the year with four digits, e.g. 1-12-2022.' : 'Write e.g. 1-12-2022 or 2022-12-01.'}`,
  'cell/date-time': (i) => `"${seen(i, 'en')}" is a date with a time of day; a date alone belongs here. Give the cell a date without a time (an Excel date number with a fraction, such as 44896.5, is a moment in time).`,
  'cell/date-range': (i) => `"${seen(i, 'en')}"${shownAs(i, 'en')} lies outside the years ${txt(i.params.from)}–${txt(i.params.to)} of the monitor: a typing error, or a number read as a date. Write the date in full, e.g. 1-12-2022.`,
  'cell/number-overflow': () => 'The cell holds a number larger than a spreadsheet can store; Excel never writes such a number. Enter the figure again.',
  'cell/gi': (i) => `"${seen(i, 'en')}" is not a GI name. Enter the GI's name.`,
  'row/missing-gi': () => 'The GI name is missing. Enter the GI\'s name.',
  'row/missing-peildatum': (i) => (i.params.empty === 'yes' ? 'The reference date is not filled in. Fill it in, or pass --peildatum (e.g. --peildatum 2022-12-01).' : 'The reference date is missing: no Peildatum column and no Peildatum label above the header. Add one, or pass --peildatum (e.g. --peildatum 2022-12-01).'),
  'gi/unknown': (i) => `Unknown GI "${i.value ?? ''}"${i.params.nearest ? `; did you mean "${String(i.params.nearest)}"?` : ''} Add it to the register (--gi-register) if it is a new GI.`,
  'gi/alias': (i) => `"${seen(i, 'en')}" was read as ${txt(i.params.name)}.`,
  'column/unknown': (i) => `Column "${seen(i, 'en')}" is unknown and ignored.${suggestion(i, 'en')} Give it a label of the uitvraag if it should count (see jbmonitor template).`,
  'cell/merged-rows': (i) => `This cell is merged with ${txt(i.params.master)} in another row; the value then stands only in ${txt(i.params.master)} and would be lost for this row. Unmerge the cells and fill in the value in each row.`,
  'column/no-header-figures': () => 'This column has no header, but it holds numbers: they would be lost without a word. Give the column a label of the uitvraag (see jbmonitor template), or remove the numbers if they do not count.',
  'column/unknown-figures': (i) => `Column or label "${seen(i, 'en')}" is unknown, but it holds numbers: they would be lost without a word.${suggestion(i, 'en')} Give the column a label of the uitvraag (see jbmonitor template), or remove the numbers if they do not count.`,
  'rule/types-total': (i) => `OTS + guardianship + JR = ${num(i.params.sum, 'en', 0)}, but the total is ${num(i.params.total, 'en', 0)}. Correct the total or one of the types.`,
  'rule/waiting-exceeds-total': (i) => `${seen(i, 'en')} children wait, more than the total of ${num(i.params.total, 'en', 0)} measures. Check both figures.`,
  'rule/availability-mismatch': (i) => `Establishment × availability is ${num(i.params.derived, 'en', 2)} fte, but available staff is ${num(i.params.reported, 'en', 2)} fte (a difference of more than 0.5 fte). Correct one of the three, or leave the availability empty.`,
  'rule/availability-above-establishment': (i) => `Available staff (${num(i.params.reported, 'en', 2)} fte) exceeds the establishment (${num(i.params.formatie, 'en', 2)} fte). Check both figures.`,
  'rule/availability-without-establishment': () => 'Availability is given without the establishment: available staff cannot be computed. Fill in the establishment.',
  'submission/duplicate': (i) => `${i.params.count === undefined || i.params.count === 2 ? 'Two' : num(i.params.count, 'en', 0)} submissions for ${txt(i.params.gi)} on reference date ${txt(i.params.peildatum)}: this one and ${placesText(i.params.others, 'en')}. Nothing is summed; remove or correct them until one is left.`,
  'row/total-mismatch': (i) => `The total row "${txt(i.params.label)}" gives ${seen(i, 'en')}, but the sum of the ${num(i.params.rows, 'en', 0)} GI rows of this table is ${num(i.params.sum, 'en', 2)}. Correct the total row or the GI rows.`,
  'plausibility/availability-low': (i) => `Availability is ${num(i.params.rate, 'en')}%, below 50%. Check the establishment and available staff.`,
  'plausibility/workload': (i) => `The organisation workload is ${num(i.params.workload, 'en')} measures per available fte, outside 5–40. Check the measures and available staff.`,
  'plausibility/days-without-count': () => 'The mean waiting time is given without the number of waiting children; the mean does not count nationally.',
  // Damaged workbooks and changes between rounds
  'file/corrupt': () => 'The file is damaged or incomplete (not a readable .xlsx file). Open it in Excel, save it again as .xlsx and deliver it again.',
  'plausibility/change': (i) => `${num(i.params.now, 'en')}: ${i.params.direction === 'up' ? 'a rise' : 'a fall'} of ${num(i.params.pct, 'en', 0)}% against reference date ${txt(i.params.previous)} (${num(i.params.before, 'en')}). Check the figure.`,
  'submission/no-figures': () => 'Not a single figure is filled in. Fill in the figures, or leave this file out.',
  'plausibility/small-round': (i) => `For reference date ${txt(i.params.peildatum)} only ${num(i.params.count, 'en', 0)} of the ${num(i.params.expected, 'en', 0)} GIs delivered (${txt(i.params.gis)}). Is the reference date typed correctly?`,
  // Input limits, re-deliveries and rounds over time
  'limit/file-size': (i) => `The file is ${num(i.params.size, 'en')} MB, more than the limit of ${num(i.params.limit, 'en')} MB (--max-file-mb).`,
  'limit/unzipped-size': (i) => `Unpacked, the workbook is more than ${num(i.params.limit, 'en')} MB (--max-unzipped-mb); it was not read.`,
  'limit/compression-ratio': (i) => `The workbook unpacks to ${num(i.params.ratio, 'en')}× the size of the file, more than ${num(i.params.limit, 'en')}× (--max-compression-ratio): probably a zip bomb. It was not read.`,
  'limit/rows': (i) => `A worksheet (${txt(i.params.part)}) has more than ${num(i.params.limit, 'en', 0)} rows (--max-rows), or a row numbered higher; often these are empty formatted rows. Delete them in Excel or raise the limit.`,
  'limit/cells': (i) => `The workbook has more than ${num(i.params.limit, 'en', 0)} cells and rows (100 per row of --max-rows); an uitvraag is far smaller. Delete empty formatted cells in Excel or raise --max-rows.`,
  'limit/merged-cells': (i) => `A worksheet (${txt(i.params.part)}) merges at least ${num(i.params.cells, 'en', 0)} cells, more than ${num(i.params.limit, 'en', 0)}; it was not read. Unmerge them in Excel.`,
  'file/unsafe-zip': (i) => `${perLang(UNSAFE_ZIP, i.params.problem, 'en')(txt(i.params.part))} Excel does not make such a file; it was not read. Open it in Excel, save it again as .xlsx and deliver it again.`,
  'sheet/bad-reference': (i) => `${i.params.problem === 'order' ? `Row or cell ${txt(i.params.ref)} is out of order (or repeated) in the worksheet (${txt(i.params.part)})` : `The worksheet (${txt(i.params.part)}) refers to ${txt(i.params.ref)}, beyond Excel's grid (1,048,576 rows, 16,384 columns: A to XFD)`}. Excel does not make such a file; it was not read. Open it in Excel, save it again as .xlsx and deliver it again.`,
  'cell/garbled-value': (i) => perLang(GARBLED, i.params.stored, 'en')(seen(i, 'en')),
  'limit/csv-line': (i) => `A line of the CSV file is longer than ${num(i.params.limit, 'en')} kB (--max-line-kb); the file was not read.`,
  'limit/csv-rows': (i) => `The CSV file has more than ${num(i.params.limit, 'en', 0)} lines (--max-rows), empty lines (;;;) included; the file was not read. Delete the lines not needed or raise the limit.`,
  'limit/csv-cells': (i) => `The CSV file has more than ${num(i.params.limit, 'en', 0)} filled-in cells, far more than a submission holds; the file was not read.`,
  'rule/types-exceed-total': (i) => `The types of measures given add up to ${num(i.params.sum, 'en', 0)}, more than the total of ${num(i.params.total, 'en', 0)}.`,
  'cell/too-large': (i) => `${seen(i, 'en')} is impossibly large for one GI; check the number (e.g. a shifted decimal mark).`,
  'file/active-content-ignored': (i) => `The workbook contains macros, external links or embedded objects (${txt(i.params.parts)}); they are ignored: only cell values are read.`,
  'revision/undated': (i) => `Several submissions for ${txt(i.params.gi)} on ${txt(i.params.peildatum)} (${placesText(i.params.files, 'en')}), but this one has no delivery date: cannot tell which one holds. Fill in the Aanleverdatum.`,
  'revision/same-date': (i) => `Several submissions for ${txt(i.params.gi)} on ${txt(i.params.peildatum)} (${placesText(i.params.files, 'en')}) with the same delivery date ${seen(i, 'en')}: cannot tell which one holds.`,
  'revision/applied': (i) => `Re-delivery: this submission of ${seen(i, 'en')} replaces the one of ${txt(i.params.oldDate)} (${txt(i.params.old)}) for ${txt(i.params.gi)} on ${txt(i.params.peildatum)}; ${num(i.params.changed, 'en', 0)} figure(s) changed.`,
  'revision/hint': (i) => `This submission for ${txt(i.params.gi)} on ${txt(i.params.peildatum)} is the latest (delivery date ${seen(i, 'en')}): with --revisions latest it replaces the earlier one.`,
  // Case-level registers
  'case/missing-value': (i) => `${caseLabel(i.field, 'en')} is missing.`,
  'case/unknown-type': (i) => `Measure "${seen(i, 'en')}" is unknown: use OTS, voogdij or JR (also in full or provisional).`,
  'case/date': (i) => hasTime(i.value)
    ? `${caseLabel(i.field, 'en')}: "${seen(i, 'en')}" is a date with a time of day; a date alone belongs here.`
    : `${caseLabel(i.field, 'en')}: "${seen(i, 'en')}" is not an existing date.${hasTwoDigitYear(i.value ?? '') ? ' Write the year with four digits, e.g. 1-12-2022.' : ''}`,
  'case/date-range': (i) => `${caseLabel(i.field, 'en')}: "${seen(i, 'en')}" lies outside ${txt(i.params.from)}–${txt(i.params.to)}; that must be a typing error. Correct the date.`,
  'case/bsn-value': () => 'The GI name column holds a value that looks like a citizen service number (BSN) (hidden); the row is not counted. Enter the GI\'s name, and deliver pseudonyms only.',
  'case/date-order': (i) => `${caseLabel(i.field, 'en')} (${i.value ?? 'empty'}) cannot go with ${caseLabel(txt(i.params.other), 'en')}: this order of dates is impossible.`,
  'case/duplicate': (i) => `This client appears twice with the same measure and start date: also in ${txt(i.params.otherFile)}, row ${txt(i.params.otherRow)}. Remove or correct one.`,
  'case/bsn-column': (i) => `Column "${i.column ?? ''}" seems to hold citizen service numbers (BSN) (${num(i.params.share, 'en')}% of ${num(i.params.values, 'en', 0)} values are 9 digits passing the elfproef). The file is refused: deliver pseudonyms only.`,
  'case/missing-column': (i) => `Column ${i.field ? caseLabel(i.field, 'en') : txt(i.params.column)} is missing from this case file.`,
  'file/more-issues': (i) => `${num(i.params.count, 'en', 0)} more issues of the same kind (${txt(i.params.type)}) are not shown one by one.`,
  'case/date-serial': () => 'Dates stored as numbers (Excel date serials) in the workbook were read as dates.',
  'case/differs': (i) => `the submission gives ${num(i.params.aggregate, 'en', 2)}, case file ${txt(i.params.file)} gives ${num(i.params.derived, 'en', 2)}; the case file wins.`,
  'row/skipped-no-figures': (i) => `Row "${i.value ?? ''}" has no figures (a heading, footnote or empty row) and was skipped.`,
  'row/total-checked': (i) => `Total row "${i.value ?? ''}" checked: the counts and fte are the sum of ${totalScopeText(i, 'en')}. Not counted as a GI.${uncheckedText(i, 'en')}`,
  'row/total-by-sums': (i) => `Row "${i.value ?? ''}" is not a GI of the register, but every count and fte is exactly the sum of ${totalScopeText(i, 'en')}: recognised as a total row by its sums and not counted as a GI.${uncheckedText(i, 'en')}`,
  'row/total-formula-mismatch': (i) => `The total row gives ${seen(i, 'en')}, but the national formula over the ${num(i.params.rows, 'en')} GI rows gives ${num(i.params.expected, 'en')}${i.params.percent === 1 ? '%' : ''}. A total of percentages or days is a weighted mean (sum divided by sum), not a mean of the rows. Correct the total row or leave the cell empty.`,
  'column/notes': (i) => `Column "${i.value ?? ''}" was read as notes and does not count.`,
  'sheet/skipped-by-option': (i) => `Sheet ${String(i.params.sheet ?? '')} was skipped (--skip-sheet).`,
  'sheet/hidden-read': (i) => `Sheet ${txt(i.params.sheet)} is hidden in Excel, but was read and counts. If it holds an old round or another GI's figures, delete the sheet or leave it out with --skip-sheet "${txt(i.params.sheet)}".`,
  'sheet/hidden-cells': (i) => `Sheet ${txt(i.params.sheet)} has hidden ${hiddenParts(i, 'en')} with data; they were read and count.`,
  'option/skip-sheet-unmatched': (i) => `--skip-sheet "${i.value ?? ''}": no sheet of that name in the workbooks of this run. Check the name.`,
  'field/repeated-conflict': (i) => `This field is given twice with different values: here "${seen(i, 'en')}", and also in ${placesText(i.params.first, 'en')}. Neither is chosen; keep one value.`,
  'field/repeated-same': (i) => `This field is given twice with the same value (also in ${placesText(i.params.first, 'en')}); counted once.`,
  'file/own-report': () => 'This is a report of jbmonitor itself, not a submission: skipped (and not listed among the sources).',
  'gi/outside-monitor': (i) => `${String(i.params.gi ?? '')} is in the register but outside the monitor: shown per GI as "outside the national figures", not counted in the national figures.`,
  // the --compare file of published figures
  'compare/empty': () => 'The file of published figures is empty. Expected: a header with the columns peildatum, indicator, published, decimals and source, and one row per published figure.',
  'compare/missing-column': (i) => `The header "${i.value ?? ''}" lacks ${columnList(list(i.params.missing), 'en')}. Expected: the columns peildatum, indicator, published, decimals and source (Dutch names such as gepubliceerd, decimalen and bron work too).`,
  'compare/duplicate-column': (i) => `Column "${i.value ?? ''}" and column "${String(i.params.first ?? '')}" both mean ${columnName(String(i.params.column ?? ''), 'en')}: cannot tell which one holds. Remove or rename one.`,
  'compare/unknown-column': (i) => `Column "${i.value ?? ''}" is unknown and ignored. Known columns: peildatum, indicator, published, decimals and source.`,
  'compare/extra-column': (i) => `"${i.value ?? ''}" has ${String(i.params.count ?? '?')} values, the header ${String(i.params.expected ?? '?')} columns: a value lies outside the columns and the row was not read. ${i.params.delimiter === ',' ? 'With the comma as delimiter a decimal comma splits the number (16,5 becomes 16 and 5): quote such a number ("16,5") or save the file with semicolons.' : 'Remove the extra value, or give its column a name in the header.'}`,
  'compare/missing-column-in-row': (i) => `"${i.value ?? ''}" has ${String(i.params.count ?? '?')} values, the header ${String(i.params.expected ?? '?')} columns: a column is missing and the row was not read. Give every column a value (the source may be empty, its delimiter must be there).`,
  'compare/mixed-notation': () => 'The file writes as many published figures with a decimal comma as with a decimal point: cannot tell which notation holds. Use one notation.',
  'compare/missing-value': (i) => `The value is missing (column ${columnName(String(i.params.column ?? ''), 'en')}). Fill it in, or remove the row.`,
  'compare/unknown-indicator': (i) => `Indicator "${i.value ?? ''}" is unknown. Use an id or label of jbmonitor explain (e.g. organisatieworkload).`,
  'compare/decimals': (i) => `"${i.value ?? ''}" is not a number of decimals. Write a whole number from 0 to 6: the number of digits after the decimal mark the figure was published with.`,
  'compare/unexpected-percent': (i) => `"${i.value ?? ''}" has a % sign, but ${String(i.params.indicator ?? 'this indicator')} is not a percentage. Leave out the % sign.`,
  'compare/ambiguous-number': (i) => `"${i.value ?? ''}" is ambiguous (${plain(i.params.comma, 'en')} with a decimal comma, ${plain(i.params.point, 'en')} with a decimal point) and the file shows no unambiguous notation. Write thousands without a separator (e.g. 2072).`,
  'compare/wrong-notation': (i) => `"${i.value ?? ''}" does not fit this file's number notation (decimal ${i.params.notation === 'comma' ? 'comma' : 'point'}).${i.params.suggestion ? ` Write ${String(i.params.suggestion)}.` : ''}`,
  'compare/not-a-number': (i) => `"${i.value ?? ''}" is not a number. Write the published figure, e.g. 16.5, 2,072 or 2.2%.`,
  'compare/more-decimals': (i) => `"${i.value ?? ''}" has more decimals than the ${String(i.params.decimals ?? '?')} of the decimals column. Write the figure as published, or correct the number of decimals.`,
  'feestdagen/date': (i) => `"${i.value ?? ''}" is not an existing date. Write one day per line, e.g. 2024-05-10 or 10-5-2024, optionally followed by ; and a name.`,
  'workdays/no-decreed-days': (i) => `For ${String(i.params.year ?? '')} no days set equal by decree (Algemene termijnenwet art. 3 lid 3) are known; data/atw-gelijkgestelde-dagen.json covers ${String(i.params.covers ?? '-')}. `
    + `Applied as holidays: art. 3 lid 1 and lid 2: ${String(i.params.law_en ?? '')}${i.params.extra_en ? `; from --feestdagen: ${String(i.params.extra_en)}` : ''}. Give that year's decreed days with --feestdagen.`,
  'case/threshold-mismatch': (i) => `On reference date ${String(i.params.peildatum ?? '')} the case files count children waiting more than ${String(i.params.drempel ?? '')} days (--drempel ${String(i.params.drempel ?? '')}), `
    + `the data request children waiting longer than ${String(i.params.uitvraag ?? 5)} days (${String(i.params.count ?? '')} GI${i.params.count === 1 ? '' : 's'}: ${String(i.params.gis ?? '')}). `
    + `These figures measure different things, also where they meet in the national figures; use --drempel ${String(i.params.uitvraag ?? 5)} to make them comparable.`,
};

const TEMPLATES: Record<Lang, Templates> = { nl, en };

/** Every issue kind, in order. */
export const ISSUE_TYPES = Object.keys(nl).sort() as readonly IssueType[];
export const templatesFor = (lang: Lang): readonly string[] => Object.keys(TEMPLATES[lang]).sort();

function fieldLabel(field: string | null, lang: Lang): string {
  if (!field) return '';
  const def = FIELD_BY_KEY.get(field as FieldKey);
  return def ? labelWithUnit(def, lang) : field;
}

export { printable } from './printable.js';

/** The issue's sentence in the report language (without its place). */
export function issueMessage<K extends IssueType>(issue: Issue<K>, lang: Lang): string {
  const template: Template<K> | undefined = TEMPLATES[lang][issue.type];
  // Unreachable for an issue the compiler saw; kept for one built from untyped data.
  if (!template) throw new Error(`no message template for issue type ${issue.type}`);
  return printable(template(issue, fieldLabel(issue.field, lang)));
}

export function expectedText(code: string | null, lang: Lang): string | null {
  if (code === null) return null;
  return EXPECTED[code]?.[lang] ?? code;
}

/** The issue as reports carry it: translated, params folded into the message, a number written in the report language. */
export function toReportIssue(issue: Issue, lang: Lang): ReportIssue {
  const rest: Omit<Issue, 'params' | 'number'> & { params?: unknown; number?: unknown } = { ...issue };
  delete rest.params;
  delete rest.number;
  const value = issue.number ? seen(issue, lang) : rest.value === null ? null : printable(rest.value);
  const column = rest.column === null ? null : printable(rest.column);
  return { ...rest, value, column, expected: expectedText(issue.expected, lang), message: issueMessage(issue, lang) };
}

type TotalKind = 'row/total-checked' | 'row/total-by-sums';

/** Which GI rows a total adds up to, in words: "alle 13 GI-rijen van de tabel, zonder Nidos". */
function totalScopeText(i: Issue<TotalKind>, lang: Lang): string {
  const rows = num(i.params.rows, lang);
  const where = i.params.where;
  // An analyst may or may not count Nidos in a total: both are accepted, and the note says which.
  const outside = i.params.outside;
  if (lang === 'nl') {
    const scope = where === 'above' ? `de ${rows} GI-rijen erboven` : where === 'below' ? `de ${rows} GI-rijen eronder` : `alle ${rows} GI-rijen van de tabel`;
    return `${scope}${outside === 'excluded' ? ', zonder de GI\'s buiten de monitor (zoals Nidos)' : outside === 'included' ? ', met de GI\'s buiten de monitor (zoals Nidos)' : ''}`;
  }
  const scope = where === 'above' ? `the ${rows} GI rows above it` : where === 'below' ? `the ${rows} GI rows below it` : `all ${rows} GI rows of the table`;
  return `${scope}${outside === 'excluded' ? ', without the GIs outside the monitor (such as Nidos)' : outside === 'included' ? ', with the GIs outside the monitor (such as Nidos)' : ''}`;
}

/** The rate and days columns of a total that could not be checked (no GI row gave both parts). */
function uncheckedText(i: Issue<TotalKind>, lang: Lang): string {
  const keys = list(i.params.unchecked);
  if (keys.length === 0) return '';
  const labels = keys.map((k) => fieldLabel(k, lang)).join(', ');
  return lang === 'nl' ? ` Niet gecontroleerd (geen GI-rij met beide delen van de formule): ${labels}.` : ` Not checked (no GI row gives both parts of the formula): ${labels}.`;
}


const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };
const formats = new Map<string, Intl.NumberFormat>();

/**
 * A number in the message language with at most `decimals` decimals, rounded at display (half away
 * from zero, never float noise): 2.566,5 / 2,566.5. Without grouping for readings of one text
 * ("1274 met decimale komma, 1,274 met decimale punt").
 */
export function formatMessageNumber(n: number, lang: Lang, decimals: number, grouping = true): string {
  const key = `${lang}|${decimals}|${grouping ? 'g' : ''}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: decimals, useGrouping: grouping });
    formats.set(key, f);
  }
  const text = f.format(n);
  return /^-0([.,]0+)?$/u.test(text) ? text.slice(1) : text;
}

/**
 * A param as text. The compiler sees that a template reads only params its kind carries; a param
 * missing at run time all the same (an issue built from untyped data) shows as "?", never as
 * "undefined" or "null".
 */
function txt(value: string | number | undefined): string {
  return value === undefined || value === null || value === '' ? '?' : String(value);
}

/** A numeric param in the message language; "?" when missing or not finite. */
function num(value: number | undefined, lang: Lang, decimals = 1, grouping = true): string {
  return typeof value === 'number' && Number.isFinite(value) ? formatMessageNumber(value, lang, decimals, grouping) : '?';
}

/** The value seen: text as written; a number in the message language ("1.194,5", "120%"). */
function seen(i: Pick<IssueBase, 'value' | 'number'>, lang: Lang): string {
  const n = i.number;
  if (!n) return i.value ?? '';
  return Number.isFinite(n.value) ? `${formatMessageNumber(n.value, lang, n.decimals ?? 6)}${n.percent ? '%' : ''}` : txt(i.value ?? undefined);
}

/** " (gelezen als 9 april 1900)" when the date was read from a number. */
function shownAs(i: Issue<'cell/date-range'>, lang: Lang): string {
  const iso = i.params.iso;
  // Only a number read as a date (an Excel serial) needs saying what it was read as.
  if (!/^-?\d+(\.\d+)?$/u.test(i.value ?? '') || !/^\d{4}-\d{2}-\d{2}$/u.test(iso)) return '';
  return lang === 'nl' ? ` (gelezen als ${formatLongDate(iso, 'nl')})` : ` (read as ${formatLongDate(iso, 'en')})`;
}

/** "rijen 5, 7–9 en kolommen C–D" / "rows 5, 7–9 and columns C–D". */
function hiddenParts(i: Issue<'sheet/hidden-cells'>, lang: Lang): string {
  const parts = [
    i.params.rows ? `${lang === 'nl' ? 'rijen' : 'rows'} ${i.params.rows}` : '',
    i.params.columns ? `${lang === 'nl' ? 'kolommen' : 'columns'} ${i.params.columns}` : '',
  ].filter(Boolean);
  return parts.join(lang === 'nl' ? ' en ' : ' and ') || '?';
}

/** A date cell read with its time of day (2022-12-01 12:00). */
const hasTime = (value: string | null): boolean => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/u.test(value ?? '');

/** One reading of an ambiguous text, without thousands separators so the two readings differ visibly. */
const reading = (value: number | undefined, lang: Lang): string => num(value, lang, 6, false);

/** What a bare number in a percentage field was read as: "7,9%". */
function readAsPercent(i: Issue<'cell/percent-interpreted'>, lang: Lang): string {
  return `${i.params.percent === undefined ? seen(i, lang) : num(i.params.percent, lang, 6)}%`;
}

/** " Bedoelt u …?" with the label of the field (or case field) nearest to an unknown header. */
function suggestion(i: Issue<'column/unknown'> | Issue<'column/unknown-figures'>, lang: Lang): string {
  const field = typeof i.params.nearest === 'string' ? FIELD_BY_KEY.get(i.params.nearest) : undefined;
  const label = field ? labelWithUnit(field, lang) : typeof i.params.nearestCase === 'string' ? caseLabel(i.params.nearestCase, lang) : null;
  if (!label) return '';
  return lang === 'nl' ? ` Bedoelt u "${label}"?` : ` Did you mean "${label}"?`;
}

/** A number in the message language without grouping, at full precision: 2072 / 2,072 (nl). */
function plain(value: number | undefined, lang: Lang): string {
  const n = value ?? NaN;
  return Number.isFinite(n) ? new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 6, useGrouping: false }).format(n) : '?';
}

/** The items of a comma-separated list param ("published,decimals"); none when absent. */
function list(param: string | undefined): string[] {
  return (param ?? '').split(',').filter((s) => s !== '');
}

/** Places from their JSON list (placesParam), in the message language: "a.csv › rij 5 en b.xlsx › B7". */
function placesText(json: JsonPlaces | undefined, lang: Lang): string {
  let items: (Partial<Place> & { more?: number })[] = [];
  try {
    const parsed: unknown = JSON.parse(json ?? '[]');
    items = Array.isArray(parsed) ? parsed as typeof items : [];
  } catch {
    items = [];
  }
  const places: Place[] = items.filter((p) => p.more === undefined).map((p) => ({ file: p.file ?? null, sheet: p.sheet ?? null, cell: p.cell ?? null, row: p.row ?? null, column: null }));
  const texts = places.map((p) => placeText(p, lang)).filter(Boolean);
  if (texts.length === 0) return '?';
  // The places left out of the param (placesParam names a few): counted, never listed.
  const more = items.reduce((n, p) => n + (typeof p.more === 'number' ? p.more : 0), 0);
  if (more > 0) texts.push(lang === 'nl' ? `nog ${num(more, 'nl', 0)} andere` : `${num(more, 'en', 0)} more`);
  const last = texts.pop() ?? '';
  return texts.length ? `${texts.join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${last}` : last;
}

/**
 * Where an issue sits, with its field when the place does not already name it:
 * "jb-noord.xlsx › Uitvraag › B7 (Formatie jeugdbeschermers)", "x.csv › rij 3 › formatie_fte".
 */
export function locationText(issue: Issue | ReportIssue, lang: Lang): string {
  const place = placeText(issue, lang);
  if (!issue.field) return place;
  const def = FIELD_BY_KEY.get(issue.field as FieldKey);
  const label = def ? def.label[lang] : issue.field;
  if (issue.column && !issue.cell && (issue.column === issue.field || (def && matchField(issue.column) === def.key))) return place;
  return place ? `${place} (${label})` : label;
}

/** "file › sheet › B7" for a workbook, "file › rij 4 › kolom" for a CSV file. */
export function placeText(issue: Place, lang: Lang): string {
  // File and sheet names come from outside, like cell values: shown printable.
  const parts: string[] = [];
  if (issue.file) parts.push(printable(issue.file));
  if (issue.sheet) parts.push(printable(issue.sheet));
  if (issue.cell) parts.push(issue.cell);
  else if (issue.row !== null) parts.push(`${lang === 'nl' ? 'rij' : 'row'} ${issue.row}`);
  if (!issue.cell && issue.column) parts.push(printable(issue.column));
  return parts.join(' › ');
}
