import type { Issue, Lang, ReportIssue } from '../model.js';
import { FIELD_BY_KEY, labelWithUnit } from './fields.js';
import type { FieldKey } from '../model.js';

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
  'delivery-date': { nl: 'een eigen aanleverdatum per aanlevering (met --revisions latest)', en: 'a distinct delivery date per submission (with --revisions latest)' },
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
  'limit/file-size': (i) => `Het bestand is ${String(i.params.size)} MB, meer dan de grens van ${String(i.params.limit)} MB (--max-file-mb).`,
  'limit/unzipped-size': (i) => `Uitgepakt is het werkboek meer dan ${String(i.params.limit)} MB (--max-unzipped-mb); het is niet gelezen.`,
  'limit/compression-ratio': (i) => `Het werkboek pakt ${String(i.params.ratio)}× zo groot uit als het bestand, meer dan ${String(i.params.limit)}× (--max-compression-ratio): waarschijnlijk een zip-bom. Het is niet gelezen.`,
  'limit/rows': (i) => `Een werkblad (${String(i.params.part)}) heeft ${String(i.params.rows)} rijen, meer dan ${String(i.params.limit)} (--max-rows); vaak zijn dat lege opgemaakte rijen. Verwijder ze in Excel of verhoog de grens.`,
  'limit/csv-line': (i) => `Een regel van het CSV-bestand is langer dan ${String(i.params.limit)} kB (--max-line-kb); het bestand is niet gelezen.`,
  'rule/types-exceed-total': (i) => `De opgegeven soorten maatregelen tellen op tot ${String(i.params.sum)}, meer dan het totaal van ${String(i.params.total)}.`,
  'cell/too-large': (i, f) => `${f}: ${i.value ?? ''} is onmogelijk groot voor één GI; controleer het getal (bijv. een verschoven decimaalteken).`,
  'file/active-content-ignored': (i) => `Het werkboek bevat macro's, externe koppelingen of ingesloten objecten (${String(i.params.parts)}); die worden genegeerd: alleen celwaarden worden gelezen.`,
  'revision/undated': (i) => `Meerdere aanleveringen voor ${String(i.params.gi)} op ${String(i.params.peildatum)} (${String(i.params.files)}), maar deze heeft geen aanleverdatum: niet te bepalen welke geldt. Vul de Aanleverdatum in.`,
  'revision/same-date': (i) => `Meerdere aanleveringen voor ${String(i.params.gi)} op ${String(i.params.peildatum)} (${String(i.params.files)}) met dezelfde aanleverdatum ${i.value ?? ''}: niet te bepalen welke geldt.`,
  'revision/applied': (i) => `Herlevering: deze aanlevering van ${i.value ?? ''} vervangt die van ${String(i.params.oldDate)} (${String(i.params.old)}) voor ${String(i.params.gi)} op ${String(i.params.peildatum)}; ${String(i.params.changed)} cijfer(s) gewijzigd.`,
  'revision/hint': (i) => `Deze aanlevering voor ${String(i.params.gi)} op ${String(i.params.peildatum)} is de laatste (aanleverdatum ${i.value ?? ''}): met --revisions latest vervangt zij de eerdere.`,
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
  'limit/file-size': (i) => `The file is ${String(i.params.size)} MB, more than the limit of ${String(i.params.limit)} MB (--max-file-mb).`,
  'limit/unzipped-size': (i) => `Unpacked, the workbook is more than ${String(i.params.limit)} MB (--max-unzipped-mb); it was not read.`,
  'limit/compression-ratio': (i) => `The workbook unpacks to ${String(i.params.ratio)}× the size of the file, more than ${String(i.params.limit)}× (--max-compression-ratio): probably a zip bomb. It was not read.`,
  'limit/rows': (i) => `A worksheet (${String(i.params.part)}) has ${String(i.params.rows)} rows, more than ${String(i.params.limit)} (--max-rows); often these are empty formatted rows. Delete them in Excel or raise the limit.`,
  'limit/csv-line': (i) => `A line of the CSV file is longer than ${String(i.params.limit)} kB (--max-line-kb); the file was not read.`,
  'rule/types-exceed-total': (i) => `The types of measures given add up to ${String(i.params.sum)}, more than the total of ${String(i.params.total)}.`,
  'cell/too-large': (i, f) => `${f}: ${i.value ?? ''} is impossibly large for one GI; check the number (e.g. a shifted decimal mark).`,
  'file/active-content-ignored': (i) => `The workbook contains macros, external links or embedded objects (${String(i.params.parts)}); they are ignored: only cell values are read.`,
  'revision/undated': (i) => `Several submissions for ${String(i.params.gi)} on ${String(i.params.peildatum)} (${String(i.params.files)}), but this one has no delivery date: cannot tell which one holds. Fill in the Aanleverdatum.`,
  'revision/same-date': (i) => `Several submissions for ${String(i.params.gi)} on ${String(i.params.peildatum)} (${String(i.params.files)}) with the same delivery date ${i.value ?? ''}: cannot tell which one holds.`,
  'revision/applied': (i) => `Re-delivery: this submission of ${i.value ?? ''} replaces the one of ${String(i.params.oldDate)} (${String(i.params.old)}) for ${String(i.params.gi)} on ${String(i.params.peildatum)}; ${String(i.params.changed)} figure(s) changed.`,
  'revision/hint': (i) => `This submission for ${String(i.params.gi)} on ${String(i.params.peildatum)} is the latest (delivery date ${i.value ?? ''}): with --revisions latest it replaces the earlier one.`,
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

/**
 * Control characters from a file (escape sequences could rewrite the analyst's terminal) are shown
 * as visible escapes, never passed through.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The issue's sentence in the report language (without its place). */
export function issueMessage(issue: Issue, lang: Lang): string {
  const template = TEMPLATES[lang][issue.type];
  if (!template) throw new Error(`no message template for issue type ${issue.type}`);
  return printable(template(issue, fieldLabel(issue.field, lang)));
}

export function expectedText(code: string | null, lang: Lang): string | null {
  if (code === null) return null;
  return EXPECTED[code]?.[lang] ?? code;
}

/** The issue as reports carry it: translated, params folded into the message. */
export function toReportIssue(issue: Issue, lang: Lang): ReportIssue {
  const rest: Omit<Issue, 'params'> & { params?: unknown } = { ...issue };
  delete rest.params;
  const value = rest.value === null ? null : printable(rest.value);
  const column = rest.column === null ? null : printable(rest.column);
  return { ...rest, value, column, expected: expectedText(issue.expected, lang), message: issueMessage(issue, lang) };
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
