import type { Lang } from '../domain/model.js';
import { FIELDS, labelWithUnit, type FieldDef } from '../domain/fields.js';

/** What the uitvraag template asks for, derived from the field registry: one row per field. */
export interface TemplateRow {
  def: FieldDef;
  /** The label as the form shows it, with its unit: "Formatie jeugdbeschermers (fte)". */
  label: string;
  help: string;
}

export interface TemplateOptions {
  lang: Lang;
  /** Canonical GI name to fill in, or null for an empty cell with a dropdown. */
  gi: string | null;
  /** ISO date to fill in, or null. */
  peildatum: string | null;
  /** Every GI of the register, for the dropdown. */
  giNames: readonly string[];
}

export const TEMPLATE_TEXT = {
  title: { nl: 'Uitvraag Monitor jeugdbescherming', en: 'Monitor jeugdbescherming data request' },
  intro: {
    nl: 'Vul de kolom Waarde in. Laat een cel leeg als u het cijfer niet kunt leveren. Zie het tabblad Instructies.',
    en: 'Fill in the Value column. Leave a cell empty when you cannot deliver the figure. See the Instructions sheet.',
  },
  field: { nl: 'Veld', en: 'Field' },
  value: { nl: 'Waarde', en: 'Value' },
  help: { nl: 'Toelichting', en: 'Explanation' },
  formSheet: { nl: 'Uitvraag', en: 'Uitvraag' },
  instructionsSheet: { nl: 'Instructies', en: 'Instructions' },
  listsSheet: { nl: 'Lijsten', en: 'Lists' },
  instructions: {
    nl: [
      'Instructies bij de uitvraag Monitor jeugdbescherming',
      'Lever één bestand per GI en per peildatum aan; dit bestand mag als .xlsx of als .csv worden opgeslagen.',
      'Kies de naam van uw GI uit de keuzelijst en vul de peildatum in als datum (bijv. 1-12-2022).',
      'Aantallen zijn hele getallen van 0 of meer; fte en dagen mogen decimalen hebben (bijv. 154,6).',
      'Percentages vult u in als percentage (bijv. 80%); de cellen hebben al een percentageopmaak.',
      'OTS + voogdij + JR moet gelijk zijn aan het totaal aantal maatregelen; het totaal mag leeg blijven.',
      'Beide wachtlijsten tellen kinderen die langer dan 5 dagen wachten: bij de start niet binnen 5 dagen een jeugdbeschermer toegewezen, of intern langer dan 5 dagen zonder vaste jeugdbeschermer.',
      'Laat een cel leeg als u het cijfer niet kunt leveren; vul nooit 0 in voor "onbekend".',
      'Wijzig de labels in kolom A niet en voeg geen kolommen tussen Veld en Waarde toe.',
      'Controleer het bestand vóór verzending: open de controlepagina (controle.html) die u bij deze uitvraag kreeg in uw browser en sleep het bestand erin. Niets verlaat uw computer; staat er "Klaar om te versturen", stuur het dan op.',
    ],
    en: [
      'Instructions for the Monitor jeugdbescherming data request',
      'Deliver one file per GI and per reference date; save it as .xlsx or as .csv.',
      'Choose your GI from the dropdown and enter the reference date as a date (e.g. 1-12-2022).',
      'Counts are whole numbers of 0 or more; fte and days may have decimals (e.g. 154.6).',
      'Enter percentages as a percentage (e.g. 80%); the cells are already formatted as percentages.',
      'OTS + guardianship + JR must equal the total number of measures; the total may be left empty.',
      'Both waiting lists count children waiting longer than 5 days: at the start not assigned a jeugdbeschermer within 5 days, or internally without a fixed jeugdbeschermer for more than 5 days.',
      'Leave a cell empty when you cannot deliver the figure; never enter 0 for "unknown".',
      'Do not change the labels in column A and do not add columns between Field and Value.',
      'Check the file before sending it: open the check page (controle.html) that came with this data request in your browser and drop the file on it. Nothing leaves your computer; when it says "Ready to send", send it.',
    ],
  },
} as const;

export function templateRows(lang: Lang): TemplateRow[] {
  return FIELDS.map((def) => ({ def, label: labelWithUnit(def, lang), help: def.help[lang] }));
}
