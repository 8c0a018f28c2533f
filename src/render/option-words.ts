import type { Lang, Report } from '../domain/model.js';
import { formatLongDate } from '../domain/calendar.js';
import { formatNumber } from './numbers.js';

/**
 * The options of a run as the reports state them: in words of the report language, never as raw
 * keys (`alleen_landelijk=false`). JSON keeps the keys: it is the contract, this is for people.
 */
export interface OptionItem {
  label: string;
  value: string;
}

type Texts = Record<Lang, string>;

const L = {
  norm: { nl: 'streefwaarde', en: 'target' },
  decimal: { nl: 'decimaalteken', en: 'decimal mark' },
  peildatum: { nl: 'peildatum', en: 'reference date' },
  strict: { nl: 'waarschuwingen', en: 'warnings' },
  lang: { nl: 'taal', en: 'language' },
  alleenLandelijk: { nl: 'alleen landelijke cijfers', en: 'national figures only' },
  revisions: { nl: 'herleveringen', en: 're-deliveries' },
  days: { nl: 'wachtdagen', en: 'waiting days' },
  threshold: { nl: 'drempel', en: 'threshold' },
  feestdagen: { nl: 'extra feestdagen', en: 'extra holidays' },
  since: { nl: 'peildata vanaf', en: 'reference dates from' },
  until: { nl: 'peildata tot en met', en: 'reference dates up to' },
  compare: { nl: 'vergeleken met', en: 'compared with' },
} as const satisfies Record<string, Texts>;

const V = {
  perFile: { nl: 'per bestand herkend', en: 'recognised per file' },
  comma: { nl: 'komma', en: 'comma' },
  point: { nl: 'punt', en: 'point' },
  fromFiles: { nl: 'uit de bestanden', en: 'from the files' },
  strictOn: { nl: 'gelden als fout', en: 'count as errors' },
  strictOff: { nl: 'toegestaan', en: 'allowed' },
  nl: { nl: 'Nederlands', en: 'Dutch' },
  en: { nl: 'Engels', en: 'English' },
  yes: { nl: 'ja', en: 'yes' },
  no: { nl: 'nee', en: 'no' },
  revisionsError: { nl: 'fout', en: 'error' },
  revisionsLatest: { nl: 'de laatste aanlevering telt', en: 'the latest delivery counts' },
  working: { nl: 'werkdagen', en: 'working days' },
  calendar: { nl: 'kalenderdagen', en: 'calendar days' },
  days: { nl: 'dagen', en: 'days' },
} as const satisfies Record<string, Texts>;

const dates = (text: string, lang: Lang): string => text.split(', ').map((d) => (/^\d{4}-\d{2}-\d{2}$/u.test(d) ? formatLongDate(d, lang) : d)).join(', ');

/** Every option of the run, in a fixed order, as a label and a value in words. */
export function optionItems(report: Report, lang: Lang): OptionItem[] {
  const o = report.options;
  const item = (label: Texts, value: string): OptionItem => ({ label: label[lang], value });
  const norm = o.norm;
  const out: OptionItem[] = [
    item(L.norm, formatNumber(norm, Number.isInteger(norm) ? 0 : 1, lang)),
    item(L.decimal, (o.decimal === 'comma' ? V.comma : o.decimal === 'point' ? V.point : V.perFile)[lang]),
    item(L.peildatum, typeof o.peildatum === 'string' ? dates(o.peildatum, lang) : V.fromFiles[lang]),
    item(L.strict, (o.strict === true ? V.strictOn : V.strictOff)[lang]),
    item(L.lang, (o.lang === 'en' ? V.en : V.nl)[lang]),
    item(L.alleenLandelijk, (o.alleen_landelijk === true ? V.yes : V.no)[lang]),
    item(L.revisions, (o.revisions === 'latest' ? V.revisionsLatest : V.revisionsError)[lang]),
  ];
  if (typeof o.werkdagen === 'boolean') out.push(item(L.days, (o.werkdagen ? V.working : V.calendar)[lang]));
  if (typeof o.drempel === 'number') out.push(item(L.threshold, `${formatNumber(o.drempel, 0, lang)} ${V.days[lang]}`));
  if (typeof o.feestdagen === 'string') out.push(item(L.feestdagen, o.feestdagen));
  if (typeof o.since === 'string') out.push(item(L.since, dates(o.since, lang)));
  if (typeof o.until === 'string') out.push(item(L.until, dates(o.until, lang)));
  if (typeof o.compare === 'string') {
    out.push(item(L.compare, typeof o.compare_sha256 === 'string' ? `${o.compare} (sha256:${o.compare_sha256})` : o.compare));
  }
  return out;
}

/** "streefwaarde 12; decimaalteken: per bestand herkend; …; herleveringen: fout". */
export function optionsSentence(report: Report, lang: Lang): string {
  return optionItems(report, lang).map((i, n) => (n === 0 ? `${i.label} ${i.value}` : `${i.label}: ${i.value}`)).join('; ');
}
