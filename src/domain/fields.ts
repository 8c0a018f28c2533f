import type { FieldKey, FigureKey, Labels } from './model.js';

/** How a field's value is read and checked. */
export type FieldType = 'gi' | 'date' | 'count' | 'fte' | 'percent' | 'days';

export interface FieldDef {
  key: FieldKey;
  type: FieldType;
  label: Labels;
  /** Unit as shown after the label, e.g. "fte", "%", "dagen". */
  unit: Labels | null;
  /** One line for the uitvraag template and the README. */
  help: Labels;
  /** Short names of a figure field, for the delivery matrix (short) and the printed html matrix (abbr). */
  short?: Labels;
  abbr?: Labels;
  /** Other headers seen in practice; matched after the same normalisation as the labels. */
  aliases: string[];
}

/**
 * The field registry of the uitvraag: one entry per field, in the order of the form.
 * Labels, aliases, the template and the docs all come from here.
 */
export const FIELDS: readonly FieldDef[] = [
  {
    key: 'gi', type: 'gi',
    label: { nl: 'Naam GI', en: 'GI name' }, unit: null,
    help: { nl: 'Naam van de gecertificeerde instelling', en: 'Name of the certified institution' },
    aliases: ['gi', 'gecertificeerde instelling', 'instelling', 'naam instelling', 'organisatie'],
  },
  {
    key: 'peildatum', type: 'date',
    label: { nl: 'Peildatum', en: 'Reference date' }, unit: null,
    help: { nl: 'De datum waarop de cijfers betrekking hebben', en: 'The date the figures refer to' },
    aliases: ['datum', 'peil datum'],
  },
  {
    key: 'formatie_fte', type: 'fte',
    short: { nl: 'Formatie', en: 'Establishment' }, abbr: { nl: 'Formatie', en: 'Establ.' },
    label: { nl: 'Formatie jeugdbeschermers', en: 'Staff establishment' }, unit: { nl: 'fte', en: 'fte' },
    help: {
      nl: 'Jeugdbeschermers incl. JR-uitvoerenden en ondersteunend jeugdbeschermers, excl. juridische en gedragsdeskundigen',
      en: 'Jeugdbeschermers incl. those doing youth probation and support staff, excl. legal and behavioural experts',
    },
    aliases: ['formatie', 'formatie fte', 'fte formatie', 'formatie jeugdbeschermers fte'],
  },
  {
    key: 'beschikbaarheid', type: 'percent',
    short: { nl: 'Beschikbaarheid', en: 'Availability' }, abbr: { nl: 'Beschikb. %', en: 'Avail. %' },
    label: { nl: 'Beschikbaarheid', en: 'Availability' }, unit: { nl: '%', en: '%' },
    help: {
      nl: 'Deel van de formatie dat daadwerkelijk beschikbaar is (na verloop, verzuim, inwerken)',
      en: 'Share of the establishment really available (after turnover, sickness, induction)',
    },
    aliases: ['beschikbaarheid formatie', 'percentage beschikbaar'],
  },
  {
    key: 'beschikbare_fte', type: 'fte',
    short: { nl: 'Beschikbare fte', en: 'Available fte' }, abbr: { nl: 'Beschikb. fte', en: 'Avail. fte' },
    label: { nl: 'Beschikbare formatie', en: 'Available staff' }, unit: { nl: 'fte', en: 'fte' },
    help: { nl: 'Daadwerkelijke bezetting in fte', en: 'Staff really available, in fte' },
    aliases: ['daadwerkelijke bezetting', 'beschikbare fte', 'bezetting'],
  },
  {
    key: 'ots', type: 'count',
    short: { nl: 'OTS', en: 'OTS' }, abbr: { nl: 'OTS', en: 'OTS' },
    label: { nl: 'Aantal ondertoezichtstellingen', en: 'Supervision orders (OTS)' }, unit: null,
    help: { nl: 'Lopende OTS op de peildatum (incl. voorlopige OTS)', en: 'Supervision orders in hand on the reference date' },
    aliases: ['ots', 'aantal ots', 'ondertoezichtstellingen', 'supervision orders'],
  },
  {
    key: 'voogdij', type: 'count',
    short: { nl: 'Voogdij', en: 'Guardianship' }, abbr: { nl: 'Voogdij', en: 'Guardian.' },
    label: { nl: 'Aantal voogdijmaatregelen', en: 'Guardianships' }, unit: null,
    help: { nl: 'Lopende voogdijmaatregelen op de peildatum', en: 'Guardianships in hand on the reference date' },
    aliases: ['voogdij', 'aantal voogdij', 'voogdijmaatregelen', 'guardianship'],
  },
  {
    key: 'jr', type: 'count',
    short: { nl: 'JR', en: 'JR' }, abbr: { nl: 'JR', en: 'JR' },
    label: { nl: 'Aantal jeugdreclasseringsmaatregelen', en: 'Youth probation orders' }, unit: null,
    help: { nl: 'Lopende jeugdreclasseringsmaatregelen op de peildatum', en: 'Youth probation orders in hand on the reference date' },
    aliases: ['jr', 'aantal jr', 'jeugdreclassering', 'jeugdreclasseringsmaatregelen', 'youth probation'],
  },
  {
    key: 'maatregelen_totaal', type: 'count',
    short: { nl: 'Totaal maatregelen', en: 'Total measures' }, abbr: { nl: 'Totaal', en: 'Total' },
    label: { nl: 'Totaal aantal maatregelen', en: 'Total measures' }, unit: null,
    help: { nl: 'OTS + voogdij + JR; mag leeg als de drie soorten zijn ingevuld', en: 'OTS + guardianship + JR; may be left empty when the three types are given' },
    aliases: ['totaal maatregelen', 'maatregelen totaal', 'maatregelen', 'aantal maatregelen', 'maatregelen in behandeling'],
  },
  {
    key: 'wachtlijst_start', type: 'count',
    short: { nl: 'Wachtlijst start', en: 'Waiting at start' }, abbr: { nl: 'Wachtl. start', en: 'Wait start' },
    label: { nl: 'Kinderen niet binnen 5 dagen toegewezen', en: 'Children not assigned within 5 days' }, unit: null,
    help: { nl: 'Kinderen met een nieuwe maatregel zonder jeugdbeschermer na 5 dagen', en: 'Children with a new measure and no jeugdbeschermer after 5 days' },
    aliases: ['wachtlijst bij start', 'wachtlijst start', 'niet binnen 5 dagen toegewezen'],
  },
  {
    key: 'wachtdagen_start', type: 'days',
    short: { nl: 'Wachtdagen start', en: 'Days waiting at start' }, abbr: { nl: 'Dagen start', en: 'Days start' },
    label: { nl: 'Gemiddelde wachttijd bij start', en: 'Mean wait at start' }, unit: { nl: 'dagen', en: 'days' },
    help: { nl: 'Gemiddeld aantal dagen gewacht door de kinderen op de wachtlijst bij start', en: 'Mean days waited by the children on the start list' },
    aliases: ['wachttijd bij start', 'wachtdagen start', 'gemiddelde wachttijd start'],
  },
  {
    key: 'interne_wachtlijst', type: 'count',
    short: { nl: 'Interne wachtlijst', en: 'Internal waiting' }, abbr: { nl: 'Wachtl. intern', en: 'Wait internal' },
    // "Langer dan 5 dagen", as for the start list: the letters add both lists up as children
    // waiting longer than 5 days. The old label stays an alias so earlier forms still read.
    label: { nl: 'Kinderen langer dan 5 dagen op interne wachtlijst', en: 'Children on internal waiting list for more than 5 days' }, unit: null,
    help: {
      nl: 'Kinderen in een maatregel die al langer dan 5 dagen geen vaste jeugdbeschermer hebben (ziekte, verloop)',
      en: 'Children in a measure who have had no fixed jeugdbeschermer for more than 5 days (sickness, turnover)',
    },
    aliases: ['interne wachtlijst', 'wachtlijst intern', 'Kinderen op interne wachtlijst', 'Children on internal waiting list', 'interne wachtlijst langer dan 5 dagen'],
  },
  {
    key: 'wachtdagen_intern', type: 'days',
    short: { nl: 'Wachtdagen intern', en: 'Days waiting internal' }, abbr: { nl: 'Dagen intern', en: 'Days internal' },
    label: { nl: 'Gemiddelde wachttijd interne wachtlijst', en: 'Mean wait on internal list' }, unit: { nl: 'dagen', en: 'days' },
    help: { nl: 'Gemiddeld aantal dagen op de interne wachtlijst van de kinderen die er langer dan 5 dagen op staan', en: 'Mean days on the internal list of the children on it for more than 5 days' },
    aliases: ['wachtdagen intern', 'wachttijd interne wachtlijst', 'gemiddelde wachttijd intern'],
  },
  {
    key: 'personeelsverloop', type: 'percent',
    short: { nl: 'Verloop', en: 'Turnover' }, abbr: { nl: 'Verloop', en: 'Turnover' },
    label: { nl: 'Personeelsverloop', en: 'Staff turnover' }, unit: { nl: '%', en: '%' },
    help: { nl: 'Verloop van jeugdbeschermers over de afgelopen 12 maanden', en: 'Turnover of jeugdbeschermers over the last 12 months' },
    aliases: ['verloop', 'uitstroom'],
  },
  {
    key: 'ziekteverzuim', type: 'percent',
    short: { nl: 'Verzuim', en: 'Sickness' }, abbr: { nl: 'Verzuim', en: 'Sickness' },
    label: { nl: 'Ziekteverzuim', en: 'Sickness absence' }, unit: { nl: '%', en: '%' },
    help: { nl: 'Ziekteverzuimpercentage van jeugdbeschermers', en: 'Sickness absence rate of jeugdbeschermers' },
    aliases: ['verzuim', 'ziekteverzuimpercentage', 'sickness'],
  },
  {
    key: 'aanleverdatum', type: 'date',
    label: { nl: 'Aanleverdatum', en: 'Delivery date' }, unit: null,
    help: {
      nl: 'De datum waarop de GI deze cijfers (opnieuw) aanleverde; beslist bij een herlevering (--revisions latest)',
      en: 'The date the GI (re-)delivered these figures; decides between re-deliveries (--revisions latest)',
    },
    aliases: ['datum aanlevering', 'leverdatum', 'aangeleverd op', 'delivery date', 'submission date'],
  },
];

/** Fields that describe a submission rather than hold a figure: never parsed as numbers. */
const NOT_FIGURES: ReadonlySet<FieldKey> = new Set<FieldKey>(['gi', 'peildatum', 'aanleverdatum']);

export const FIGURE_KEYS: readonly FigureKey[] = FIELDS
  .map((f) => f.key)
  .filter((k): k is FigureKey => !NOT_FIGURES.has(k));

export const FIELD_BY_KEY: ReadonlyMap<FieldKey, FieldDef> = new Map(FIELDS.map((f) => [f.key, f]));

export function fieldDef(key: FieldKey): FieldDef {
  const def = FIELD_BY_KEY.get(key);
  if (!def) throw new Error(`unknown field ${key}`);
  return def;
}

/**
 * Normalise a header or label for matching: case, accents, whitespace, punctuation and a
 * trailing unit in parentheses do not matter ("Formatie jeugdbeschermers (fte)" = "formatie jeugdbeschermers").
 */
export function normaliseLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s*\([^()]*\)\s*$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Normalised key, labels and aliases of each field → its key: how headers are matched. */
export function labelIndex<K extends string>(defs: readonly { key: K; label: Labels; aliases: readonly string[] }[]): ReadonlyMap<string, K> {
  const index = new Map<string, K>();
  for (const f of defs) {
    for (const name of [f.key, f.label.nl, f.label.en, ...f.aliases]) index.set(normaliseLabel(name), f.key);
  }
  return index;
}

const LABEL_INDEX = labelIndex(FIELDS);

/** The field a header or label names, or null. */
export function matchField(text: string): FieldKey | null {
  return LABEL_INDEX.get(normaliseLabel(text)) ?? null;
}

/** The label with its unit, as on the form: "Formatie jeugdbeschermers (fte)". */
export function labelWithUnit(def: FieldDef, lang: 'nl' | 'en'): string {
  return def.unit ? `${def.label[lang]} (${def.unit[lang]})` : def.label[lang];
}
