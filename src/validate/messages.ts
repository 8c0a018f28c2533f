import type { Issue, Lang, ReportIssue } from '../model.js';
import { FIELD_BY_KEY, labelWithUnit } from './fields.js';
import type { FieldKey } from '../model.js';
import { caseLabel } from './case-fields.js';

type Template = (i: Issue, field: string) => string;

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
  'sum-of-rows': { nl: 'de som van de rijen erboven', en: 'the sum of the rows above' },
  'measure-type': { nl: 'OTS, voogdij of JR (ook voluit of voorlopig)', en: 'OTS, voogdij or JR (also in full or provisional)' },
  'one-row-per-measure': { nl: 'één rij per cliënt, maatregel en startdatum', en: 'one row per client, measure and start date' },
};

const nl: Record<string, Template> = {
  'file/unreadable': (i) => `Het bestand kan niet worden geopend: ${String(i.params.reason ?? '')}.`,
  'file/legacy-xls': () => 'Oude Excel-bestanden (.xls) worden niet gelezen. Open het bestand in Excel en sla het op als .xlsx.',
  'file/not-spreadsheet': () => 'Dit is geen spreadsheet (geen geldig .xlsx- of .csv-bestand). Lever een .xlsx- of .csv-bestand aan.',
  'file/unsupported-extension': () => 'Alleen .xlsx, .xlsm en .csv worden gelezen.',
  'file/empty': () => 'Het bestand is leeg.',
  'file/csv-syntax': (i) => `Het CSV-bestand is niet te lezen: ${String(i.params.reason ?? '')}.`,
  'cell/not-delivered': (i, f) => `${f}: "${i.value ?? ''}" is gelezen als niet aangeleverd.`,
  'cell/date-serial': (i, f) => `${f}: ${i.value ?? ''} is gelezen als Excel-datumnummer: ${String(i.params.iso)}.`,
  'file/no-fields': () => 'Geen herkenbare velden gevonden. Gebruik de labels van de uitvraag (zie `jbmonitor template`).',
  'sheet/ignored': (i) => `Tabblad ${String(i.params.sheet ?? '')} heeft geen herkenbare velden en is overgeslagen.`,
  'input/no-submissions': () => 'Geen aanleveringen gevonden in de opgegeven bestanden en mappen.',
  'cell/formula-without-result': (i) => `De formule ${String(i.params.formula ?? '')} heeft geen opgeslagen uitkomst. Open het bestand in Excel en sla het opnieuw op; jbmonitor rekent formules nooit zelf uit.`,
  'cell/formula-error': (i, f) => `${f}: de formule geeft de fout ${i.value ?? ''}.`,
  'cell/not-a-number': (i, f) => `${f}: "${i.value ?? ''}" is geen getal.`,
  'cell/ambiguous-number': (i, f) => `${f}: "${i.value ?? ''}" is dubbelzinnig (${String(i.params.comma)} met decimale komma, ${String(i.params.point)} met decimale punt) en het bestand toont geen eenduidige notatie. Geef --decimal comma of --decimal point op.`,
  'cell/wrong-notation': (i, f) => `${f}: "${i.value ?? ''}" past niet bij de getalnotatie van dit bestand (decimale ${i.params.notation === 'comma' ? 'komma' : 'punt'}).`,
  'file/mixed-notation': () => 'Het bestand gebruikt zowel de decimale komma als de decimale punt. Gebruik één notatie, of geef --decimal op.',
  'cell/negative': (i, f) => `${f}: ${i.value ?? ''} is negatief.`,
  'cell/fractional-count': (i, f) => `${f}: ${i.value ?? ''} is geen geheel aantal.`,
  'cell/percent-range': (i, f) => `${f}: ${i.value ?? ''} ligt niet tussen 0 en 100%.`,
  'cell/percent-interpreted': (i, f) => `${f}: ${i.value ?? ''} is gelezen als ${i.value ?? ''}%.`,
  'field/mixed-percent-style': (_i, f) => `${f}: het bestand schrijft dit percentage zowel als fractie (0,8) als als getal boven 1 (80). Kies één schrijfwijze.`,
  'cell/date': (i, f) => `${f}: "${i.value ?? ''}" is geen bestaande datum.`,
  'cell/gi': (i, f) => `${f}: "${i.value ?? ''}" is geen naam van een GI.`,
  'row/missing-gi': () => 'De naam van de GI ontbreekt.',
  'row/missing-peildatum': () => 'De peildatum ontbreekt (geen kolom of label Peildatum en geen --peildatum).',
  'gi/unknown': (i) => `Onbekende GI "${i.value ?? ''}"${i.params.nearest ? `; bedoelt u "${String(i.params.nearest)}"?` : ''} Voeg haar toe aan het register (--gi-register) als het een nieuwe GI is.`,
  'gi/alias': (i) => `"${i.value ?? ''}" is gelezen als ${String(i.params.name)}.`,
  'column/unknown': (i) => `Kolom "${i.value ?? ''}" is onbekend en wordt genegeerd.`,
  'rule/types-total': (i) => `OTS + voogdij + JR = ${String(i.params.sum)}, maar het totaal is ${String(i.params.total)}.`,
  'rule/waiting-exceeds-total': (i, f) => `${f}: ${i.value ?? ''} kinderen wachten, meer dan het totaal van ${String(i.params.total)} maatregelen.`,
  'rule/availability-mismatch': (i) => `Formatie × beschikbaarheid is ${String(i.params.derived)} fte, maar de beschikbare formatie is ${String(i.params.reported)} fte (verschil meer dan 0,5 fte).`,
  'rule/availability-above-establishment': (i) => `De beschikbare formatie (${String(i.params.reported)} fte) is groter dan de formatie (${String(i.params.formatie)} fte).`,
  'rule/availability-without-establishment': () => 'Beschikbaarheid is opgegeven zonder formatie: de beschikbare formatie kan niet worden berekend.',
  'submission/duplicate': (i) => `Twee aanleveringen voor ${String(i.params.gi)} op ${String(i.params.peildatum)}: ook in ${String(i.params.other)}. Verwijder of corrigeer er één.`,
  'row/total-mismatch': (i, f) => `${f}: de totaalrij geeft ${i.value ?? ''}, de som van de rijen is ${String(i.params.sum)}.`,
  'plausibility/availability-low': (i) => `Beschikbaarheid ${String(i.params.shown)} is lager dan 50%.`,
  'plausibility/workload': (i) => `Organisatieworkload ${String(i.params.shown)} ligt buiten 5–40 maatregelen per fte.`,
  'plausibility/days-without-count': (_i, f) => `${f} is opgegeven zonder het aantal wachtende kinderen.`,
  'case/missing-value': (i) => `${caseLabel(i.field, 'nl')} ontbreekt.`,
  'case/unknown-type': (i) => `Maatregel "${i.value ?? ''}" is onbekend: gebruik OTS, voogdij of JR (ook voluit of voorlopig).`,
  'case/date': (i) => `${caseLabel(i.field, 'nl')}: "${i.value ?? ''}" is geen bestaande datum.`,
  'case/date-order': (i) => `${caseLabel(i.field, 'nl')} (${i.value ?? 'leeg'}) kan niet bij ${caseLabel(String(i.params.other ?? ''), 'nl')}: deze volgorde van datums is onmogelijk.`,
  'case/duplicate': (i) => `Deze cliënt staat twee keer met dezelfde maatregel en startdatum in de gegevens: ook in ${String(i.params.otherFile)}, rij ${String(i.params.otherRow)}. Verwijder of corrigeer er één.`,
  'case/bsn-column': (i) => `Kolom "${i.column ?? ''}" lijkt burgerservicenummers te bevatten (${String(i.params.share)}% van ${String(i.params.values)} waarden zijn 9 cijfers die de elfproef doorstaan). Het bestand is geweigerd: lever alleen pseudoniemen aan.`,
  'case/missing-column': (i) => `De kolom ${String(i.params.column ?? '')} ontbreekt in dit dossierbestand.`,
  'case/more-issues': (i) => `Nog ${String(i.params.count)} meldingen van dezelfde soort (${String(i.params.type)}) zijn niet afzonderlijk getoond.`,
  'case/date-serial': () => 'Datums die als getal (Excel-datumnummer) in het werkboek staan, zijn als datum gelezen.',
  'case/differs': (i, f) => `${f}: de aanlevering geeft ${String(i.params.aggregate)}, het dossierbestand ${String(i.params.file)} geeft ${String(i.params.derived)}; het dossierbestand gaat voor.`,
};

const en: Record<string, Template> = {
  'file/unreadable': (i) => `The file cannot be opened: ${String(i.params.reason ?? '')}.`,
  'file/legacy-xls': () => 'Legacy Excel files (.xls) are not read. Open the file in Excel and save it as .xlsx.',
  'file/not-spreadsheet': () => 'This is not a spreadsheet (not a valid .xlsx or .csv file). Deliver an .xlsx or .csv file.',
  'file/unsupported-extension': () => 'Only .xlsx, .xlsm and .csv are read.',
  'file/empty': () => 'The file is empty.',
  'file/csv-syntax': (i) => `The CSV file cannot be read: ${String(i.params.reason ?? '')}.`,
  'cell/not-delivered': (i, f) => `${f}: "${i.value ?? ''}" was read as not delivered.`,
  'cell/date-serial': (i, f) => `${f}: ${i.value ?? ''} was read as an Excel date number: ${String(i.params.iso)}.`,
  'file/no-fields': () => 'No recognisable fields found. Use the labels of the uitvraag (see `jbmonitor template`).',
  'sheet/ignored': (i) => `Sheet ${String(i.params.sheet ?? '')} has no recognisable fields and was skipped.`,
  'input/no-submissions': () => 'No submissions found in the given files and folders.',
  'cell/formula-without-result': (i) => `The formula ${String(i.params.formula ?? '')} has no saved result. Open the file in Excel and save it again; jbmonitor never evaluates formulas.`,
  'cell/formula-error': (i, f) => `${f}: the formula gives the error ${i.value ?? ''}.`,
  'cell/not-a-number': (i, f) => `${f}: "${i.value ?? ''}" is not a number.`,
  'cell/ambiguous-number': (i, f) => `${f}: "${i.value ?? ''}" is ambiguous (${String(i.params.comma)} with a decimal comma, ${String(i.params.point)} with a decimal point) and the file shows no unambiguous notation. Pass --decimal comma or --decimal point.`,
  'cell/wrong-notation': (i, f) => `${f}: "${i.value ?? ''}" does not fit this file's number notation (decimal ${String(i.params.notation)}).`,
  'file/mixed-notation': () => 'The file uses both the decimal comma and the decimal point. Use one notation, or pass --decimal.',
  'cell/negative': (i, f) => `${f}: ${i.value ?? ''} is negative.`,
  'cell/fractional-count': (i, f) => `${f}: ${i.value ?? ''} is not a whole number.`,
  'cell/percent-range': (i, f) => `${f}: ${i.value ?? ''} is not between 0 and 100%.`,
  'cell/percent-interpreted': (i, f) => `${f}: ${i.value ?? ''} was read as ${i.value ?? ''}%.`,
  'field/mixed-percent-style': (_i, f) => `${f}: the file writes this percentage both as a fraction (0.8) and as a number above 1 (80). Choose one.`,
  'cell/date': (i, f) => `${f}: "${i.value ?? ''}" is not an existing date.`,
  'cell/gi': (i, f) => `${f}: "${i.value ?? ''}" is not a GI name.`,
  'row/missing-gi': () => 'The GI name is missing.',
  'row/missing-peildatum': () => 'The reference date is missing (no Peildatum column or label, and no --peildatum).',
  'gi/unknown': (i) => `Unknown GI "${i.value ?? ''}"${i.params.nearest ? `; did you mean "${String(i.params.nearest)}"?` : ''} Add it to the register (--gi-register) if it is a new GI.`,
  'gi/alias': (i) => `"${i.value ?? ''}" was read as ${String(i.params.name)}.`,
  'column/unknown': (i) => `Column "${i.value ?? ''}" is unknown and ignored.`,
  'rule/types-total': (i) => `OTS + guardianship + JR = ${String(i.params.sum)}, but the total is ${String(i.params.total)}.`,
  'rule/waiting-exceeds-total': (i, f) => `${f}: ${i.value ?? ''} children wait, more than the total of ${String(i.params.total)} measures.`,
  'rule/availability-mismatch': (i) => `Establishment × availability is ${String(i.params.derived)} fte, but available staff is ${String(i.params.reported)} fte (a difference of more than 0.5 fte).`,
  'rule/availability-above-establishment': (i) => `Available staff (${String(i.params.reported)} fte) exceeds the establishment (${String(i.params.formatie)} fte).`,
  'rule/availability-without-establishment': () => 'Availability is given without the establishment: available staff cannot be computed.',
  'submission/duplicate': (i) => `Two submissions for ${String(i.params.gi)} on ${String(i.params.peildatum)}: also in ${String(i.params.other)}. Remove or correct one.`,
  'row/total-mismatch': (i, f) => `${f}: the total row gives ${i.value ?? ''}, the sum of the rows is ${String(i.params.sum)}.`,
  'plausibility/availability-low': (i) => `Availability ${String(i.params.shown)} is below 50%.`,
  'plausibility/workload': (i) => `Organisation workload ${String(i.params.shown)} is outside 5–40 measures per fte.`,
  'plausibility/days-without-count': (_i, f) => `${f} is given without the number of waiting children.`,
  'case/missing-value': (i) => `${caseLabel(i.field, 'en')} is missing.`,
  'case/unknown-type': (i) => `Measure "${i.value ?? ''}" is unknown: use OTS, voogdij or JR (also in full or provisional).`,
  'case/date': (i) => `${caseLabel(i.field, 'en')}: "${i.value ?? ''}" is not an existing date.`,
  'case/date-order': (i) => `${caseLabel(i.field, 'en')} (${i.value ?? 'empty'}) cannot go with ${caseLabel(String(i.params.other ?? ''), 'en')}: this order of dates is impossible.`,
  'case/duplicate': (i) => `This client appears twice with the same measure and start date: also in ${String(i.params.otherFile)}, row ${String(i.params.otherRow)}. Remove or correct one.`,
  'case/bsn-column': (i) => `Column "${i.column ?? ''}" seems to hold citizen service numbers (BSN) (${String(i.params.share)}% of ${String(i.params.values)} values are 9 digits passing the elfproef). The file is refused: deliver pseudonyms only.`,
  'case/missing-column': (i) => `Column ${String(i.params.column ?? '')} is missing from this case file.`,
  'case/more-issues': (i) => `${String(i.params.count)} more issues of the same kind (${String(i.params.type)}) are not shown one by one.`,
  'case/date-serial': () => 'Dates stored as numbers (Excel date serials) in the workbook were read as dates.',
  'case/differs': (i, f) => `${f}: the submission gives ${String(i.params.aggregate)}, case file ${String(i.params.file)} gives ${String(i.params.derived)}; the case file wins.`,
};

const TEMPLATES: Record<Lang, Record<string, Template>> = { nl, en };

/** Every issue type that has a message; a test checks both languages cover the same set. */
export const ISSUE_TYPES: readonly string[] = Object.keys(nl).sort();
export const templatesFor = (lang: Lang): readonly string[] => Object.keys(TEMPLATES[lang]).sort();

function fieldLabel(field: string | null, lang: Lang): string {
  if (!field) return '';
  const def = FIELD_BY_KEY.get(field as FieldKey);
  return def ? labelWithUnit(def, lang) : field;
}

/** The issue's sentence in the report language (without its place). */
export function issueMessage(issue: Issue, lang: Lang): string {
  const template = TEMPLATES[lang][issue.type];
  if (!template) throw new Error(`no message template for issue type ${issue.type}`);
  return template(issue, fieldLabel(issue.field, lang));
}

export function expectedText(code: string | null, lang: Lang): string | null {
  if (code === null) return null;
  return EXPECTED[code]?.[lang] ?? code;
}

/** The issue as reports carry it: translated, params folded into the message. */
export function toReportIssue(issue: Issue, lang: Lang): ReportIssue {
  const rest: Omit<Issue, 'params'> & { params?: unknown } = { ...issue };
  delete rest.params;
  return { ...rest, expected: expectedText(issue.expected, lang), message: issueMessage(issue, lang) };
}

/** "file › sheet › B7" for a workbook, "file › rij 4 › kolom" for a CSV file. */
export function placeText(issue: Issue | ReportIssue, lang: Lang): string {
  const parts: string[] = [];
  if (issue.file) parts.push(issue.file);
  if (issue.sheet) parts.push(issue.sheet);
  if (issue.cell) parts.push(issue.cell);
  else if (issue.row !== null) parts.push(`${lang === 'nl' ? 'rij' : 'row'} ${issue.row}`);
  if (!issue.cell && issue.column) parts.push(issue.column);
  return parts.join(' › ');
}
