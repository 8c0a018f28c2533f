import type { Labels } from './model.js';
import { labelIndex, normaliseLabel } from './fields.js';

/** The canonical keys of a case-level register (one row per measure). */
export type CaseKey =
  | 'gi'
  | 'client_id'
  | 'maatregel'
  | 'startdatum'
  | 'einddatum'
  | 'toewijzingsdatum'
  | 'interne_wachtlijst_sinds'
  | 'interne_wachtlijst_tot';

export interface CaseFieldDef {
  key: CaseKey;
  type: 'gi' | 'id' | 'measure' | 'date';
  label: Labels;
  required: boolean;
  help: Labels;
  /** Other headers seen in practice; matched after the same normalisation as the uitvraag's labels. */
  aliases: string[];
}

/**
 * The field registry of case-level files, in column order. The docs and the header matching come
 * from here, the same way validate/fields.ts serves the uitvraag.
 */
export const CASE_FIELDS: readonly CaseFieldDef[] = [
  {
    key: 'gi', type: 'gi', label: { nl: 'Naam GI', en: 'GI name' }, required: true,
    help: { nl: 'De GI die de maatregel uitvoert', en: 'The GI carrying out the measure' },
    aliases: ['gi', 'gecertificeerde instelling', 'instelling', 'organisatie'],
  },
  {
    key: 'client_id', type: 'id', label: { nl: 'Cliëntnummer', en: 'Client number' }, required: true,
    help: { nl: 'Een pseudoniem van het kind (nooit een BSN); verschijnt nooit in de uitvoer', en: 'A pseudonym of the child (never a BSN); never appears in any output' },
    aliases: ['client', 'clientnr', 'client nummer', 'client id', 'clientid', 'pseudoniem', 'kind id'],
  },
  {
    key: 'maatregel', type: 'measure', label: { nl: 'Maatregel', en: 'Measure' }, required: true,
    help: { nl: 'OTS, voogdij of JR (ook voluit, ook voorlopig)', en: 'OTS, voogdij or JR (full names and provisional measures too)' },
    aliases: ['soort maatregel', 'type maatregel', 'measure type'],
  },
  {
    key: 'startdatum', type: 'date', label: { nl: 'Startdatum', en: 'Start date' }, required: true,
    help: { nl: 'Begin van de maatregel', en: 'Start of the measure' },
    aliases: ['start', 'datum start', 'begindatum', 'ingangsdatum'],
  },
  {
    key: 'einddatum', type: 'date', label: { nl: 'Einddatum', en: 'End date' }, required: false,
    help: { nl: 'Einde van de maatregel; leeg als die nog loopt', en: 'End of the measure; empty while it runs' },
    aliases: ['eind', 'datum einde', 'einde'],
  },
  {
    key: 'toewijzingsdatum', type: 'date', label: { nl: 'Toewijzingsdatum', en: 'Assignment date' }, required: false,
    help: { nl: 'Datum waarop een jeugdbeschermer is toegewezen; leeg als dat nog niet is gebeurd', en: 'Date a jeugdbeschermer was assigned; empty if not yet' },
    aliases: ['datum toewijzing', 'toegewezen op'],
  },
  {
    key: 'interne_wachtlijst_sinds', type: 'date', label: { nl: 'Interne wachtlijst sinds', en: 'Internal waiting list since' }, required: false,
    help: { nl: 'Datum waarop het kind zijn vaste jeugdbeschermer verloor', en: 'Date the child lost its fixed jeugdbeschermer' },
    aliases: ['interne wachtlijst vanaf', 'intern wachtend sinds'],
  },
  {
    key: 'interne_wachtlijst_tot', type: 'date', label: { nl: 'Interne wachtlijst tot', en: 'Internal waiting list until' }, required: false,
    help: { nl: 'Datum waarop een nieuwe jeugdbeschermer is toegewezen', en: 'Date a new jeugdbeschermer was assigned' },
    aliases: ['interne wachtlijst einde', 'intern wachtend tot'],
  },
];

export const CASE_FIELD_BY_KEY: ReadonlyMap<CaseKey, CaseFieldDef> = new Map(CASE_FIELDS.map((f) => [f.key, f]));

const CASE_LABEL_INDEX = labelIndex(CASE_FIELDS);

/** The case field a header names, or null. */
export function matchCaseField(text: string): CaseKey | null {
  return CASE_LABEL_INDEX.get(normaliseLabel(text)) ?? null;
}

/** Column (0-based) of each case field in a header row; -1 when absent. */
export type CaseColumns = Record<CaseKey, number>;

/**
 * A header row names a case-level register when it has a client number, a measure and a start
 * date: aggregate submissions never have those three.
 */
export function caseColumnsOf(header: readonly (string | null)[]): { columns: CaseColumns; unknown: number[] } | null {
  const columns = Object.fromEntries(CASE_FIELDS.map((f) => [f.key, -1])) as CaseColumns;
  const unknown: number[] = [];
  header.forEach((text, i) => {
    if (text === null || text.trim() === '') return;
    const key = matchCaseField(text);
    if (key && columns[key] === -1) columns[key] = i;
    else unknown.push(i);
  });
  // A client-number column makes a file a case-level register, whatever else its header says:
  // read as an aggregate submission, its client numbers could surface in messages.
  if (columns.client_id < 0) return null;
  return { columns, unknown };
}

/** 0 = OTS, 1 = voogdij, 2 = JR: the order of the monitor's columns. */
export type MeasureType = 0 | 1 | 2;

const MEASURE_NAMES: ReadonlyMap<string, MeasureType> = new Map<string, MeasureType>([
  ...['ots', 'ondertoezichtstelling', 'ondertoezichtstelling van een minderjarige', 'voorlopige ots', 'voorlopige ondertoezichtstelling', 'vots', 'supervision order']
    .map((n) => [normaliseLabel(n), 0] as const),
  ...['voogdij', 'voogdijmaatregel', 'voorlopige voogdij', 'tijdelijke voogdij', 'gezagsbeeindigende maatregel', 'guardianship']
    .map((n) => [normaliseLabel(n), 1] as const),
  ...['jr', 'jeugdreclassering', 'jeugdreclasseringsmaatregel', 'youth probation']
    .map((n) => [normaliseLabel(n), 2] as const),
]);

/** The measure type a cell names (full Dutch names and provisional measures too; any case), or null. */
export function matchMeasure(text: string): MeasureType | null {
  return MEASURE_NAMES.get(normaliseLabel(text)) ?? null;
}

/** A case field's label for messages ("Startdatum"); other keys are shown as they are. */
export function caseLabel(key: string | null, lang: 'nl' | 'en'): string {
  if (key === null) return '';
  return CASE_FIELD_BY_KEY.get(key as CaseKey)?.label[lang] ?? key;
}
