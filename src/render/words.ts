import type { Lang } from '../domain/model.js';

/** The fixed words of the reports, in both languages. */
export const WORDS = {
  title: { nl: 'Monitor jeugdbescherming', en: 'Child protection monitor' },
  peildatum: { nl: 'Peildatum', en: 'Reference date' },
  national: { nl: 'Landelijk', en: 'National' },
  perGi: { nl: 'Per GI', en: 'Per GI' },
  indicator: { nl: 'Indicator', en: 'Indicator' },
  value: { nl: 'Waarde', en: 'Value' },
  coverage: { nl: 'Dekking', en: 'Coverage' },
  missing: { nl: 'Ontbreekt', en: 'Missing' },
  gi: { nl: 'GI', en: 'GI' },
  level: { nl: 'niveau', en: 'level' },
  levelNational: { nl: 'landelijk', en: 'national' },
  levelGi: { nl: 'gi', en: 'gi' },
  target: { nl: 'Streefwaarde', en: 'Target' },
  targetText: { nl: 'maatregelen per beschikbare fte', en: 'measures per available fte' },
  sources: { nl: 'Bronnen', en: 'Sources' },
  tool: { nl: 'Gemaakt met', en: 'Made with' },
  definitions: { nl: 'definities', en: 'definitions' },
  invalid: { nl: 'Er is niets berekend: de invoer bevat fouten.', en: 'Nothing was computed: the input has errors.' },
  notDelivered: { nl: '– = niet aangeleverd', en: '– = not delivered' },
  unregistered: { nl: 'niet in het register', en: 'not in the register' },
  outsideNational: { nl: 'buiten de landelijke cijfers', en: 'outside the national figures' },
  error: { nl: 'fout', en: 'error' },
  warning: { nl: 'waarschuwing', en: 'warning' },
  info: { nl: 'let op', en: 'note' },
  yes: { nl: 'ja', en: 'yes' },
  no: { nl: 'nee', en: 'no' },
  atLeastColumn: { nl: 'ten minste', en: 'at least' },
  delivery: { nl: 'Aanleverstatus', en: 'Delivery status' },
  delivered: { nl: 'geleverd', en: 'delivered' },
  deliveredCount: { nl: 'Geleverd', en: 'Delivered' },
  notSubmitted: { nl: 'niets aangeleverd', en: 'nothing delivered' },
  missingFields: { nl: 'Ontbreekt', en: 'Missing' },
  warnedFields: { nl: 'Met waarschuwing', en: 'With a warning' },
  deliveryLegend: { nl: '✓ = geleverd, – = ontbreekt, ! = geleverd met waarschuwing', en: '✓ = delivered, – = missing, ! = delivered with a warning' },
  statusGeleverd: { nl: 'geleverd', en: 'delivered' },
  statusOntbreekt: { nl: 'ontbreekt', en: 'missing' },
  statusWaarschuwing: { nl: 'waarschuwing', en: 'warning' },
  unit: { nl: 'Eenheid', en: 'Unit' },
  formula: { nl: 'Formule', en: 'Formula' },
  decimals: { nl: 'Decimalen', en: 'Decimals' },
  atLeastHeader: { nl: 'Ten minste', en: 'At least' },
  giCount: { nl: 'GI\'s meegeteld', en: 'GIs counted' },
  giTotal: { nl: 'GI\'s verwacht', en: 'GIs expected' },
  trend: { nl: 'Trend', en: 'Trend' },
  definitionsTitle: { nl: 'Definities', en: 'Definitions' },
  file: { nl: 'Bestand', en: 'File' },
  setting: { nl: 'Gegeven', en: 'Item' },
  options: { nl: 'Opties', en: 'Options' },
  definitionsVersion: { nl: 'Versie definities', en: 'Definitions version' },
  toolVersion: { nl: 'Versie', en: 'Version' },
  issues: { nl: 'Meldingen', en: 'Issues' },
  keyFigures: { nl: 'Kerncijfers', en: 'Key figures' },
  charts: { nl: 'Grafieken', en: 'Charts' },
  chartData: { nl: 'Gegevens bij de grafiek', en: 'Data of the chart' },
  noFigure: { nl: 'geen cijfer', en: 'no figure' },
  waitingRule: { nl: 'Wachtregel', en: 'Waiting rule' },
} as const satisfies Record<string, Record<Lang, string>>;

export type Word = keyof typeof WORDS;

export const word = (w: Word, lang: Lang): string => WORDS[w][lang];

/** "13 van 13 GI's" / "13 of 13 GIs". */
export function coverageText(count: number, total: number, lang: Lang): string {
  return lang === 'nl' ? `${count}/${total} GI's` : `${count}/${total} GIs`;
}
