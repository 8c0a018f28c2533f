/**
 * Every text of the check page outside the issues (which come from domain/messages.ts), in Dutch
 * and English: one registry, so the language switch changes everything at once.
 */
import type { Labels } from '../domain/model.js';

export const PAGE_TEXTS = {
  title: { nl: 'Controle van uw aanlevering — Monitor jeugdbescherming', en: 'Check your submission — Monitor jeugdbescherming' },
  intro: {
    nl: 'Sleep uw ingevulde uitvraag hierheen (of kies de bestanden). Deze pagina voert dezelfde controles uit als het ministerie met jbmonitor validate doet, en toont per bestand wat er verbeterd moet worden.',
    en: 'Drop your completed uitvraag here (or pick the files). This page runs the same checks the ministry runs with jbmonitor validate, and shows per file what needs fixing.',
  },
  privacy: {
    nl: 'Er verlaat niets deze computer: de bestanden worden alleen in deze browser gelezen. De pagina maakt geen verbinding met internet en bewaart niets.',
    en: 'Nothing leaves this computer: the files are read in this browser only. The page makes no connection to the internet and stores nothing.',
  },
  scope: {
    nl: 'Bestanden: .xlsx, .xlsm en .csv. Oude .xls-bestanden kunnen niet worden gelezen (sla ze op als .xlsx). Dossierbestanden (één rij per maatregel) vallen buiten deze pagina.',
    en: 'Files: .xlsx, .xlsm and .csv. Old .xls files cannot be read (save them as .xlsx). Case-level registers (one row per measure) are outside the scope of this page.',
  },
  drop: { nl: 'Sleep bestanden hierheen', en: 'Drop files here' },
  pick: { nl: 'Kies bestanden…', en: 'Choose files…' },
  language: { nl: 'Taal', en: 'Language' },
  decimal: { nl: 'Decimaalteken', en: 'Decimal mark' },
  decimalAuto: { nl: 'per bestand herkennen', en: 'recognise per file' },
  decimalComma: { nl: 'komma (1.274,5)', en: 'comma (1.274,5)' },
  decimalPoint: { nl: 'punt (1,274.5)', en: 'point (1,274.5)' },
  peildatum: { nl: 'Peildatum voor tabellen zonder peildatum: {date}', en: 'Reference date for tables without one: {date}' },
  reading: { nl: 'Bezig met {name} ({n} van {total})', en: 'Reading {name} ({n} of {total})' },
  checking: { nl: 'Bezig met de controles…', en: 'Running the checks…' },
  ready: { nl: 'Klaar om te versturen', en: 'Ready to send' },
  readyNotes: { nl: 'Klaar om te versturen. Lees de waarschuwingen hieronder wel even na.', en: 'Ready to send. Do read the warnings below.' },
  toFix: { nl: 'Nog niet klaar: verbeter de fouten hieronder en controleer opnieuw.', en: 'Not ready yet: fix the errors below and check again.' },
  counts: { nl: '{files} · {errors} · {warnings} · {notes}', en: '{files} · {errors} · {warnings} · {notes}' },
  file: { nl: 'bestand|bestanden', en: 'file|files' },
  error: { nl: 'fout|fouten', en: 'error|errors' },
  warning: { nl: 'waarschuwing|waarschuwingen', en: 'warning|warnings' },
  info: { nl: 'opmerking|opmerkingen', en: 'note|notes' },
  noProblems: { nl: 'geen problemen', en: 'no problems' },
  general: { nl: 'Algemeen', en: 'General' },
  caseRegister: {
    nl: 'Dossierbestand: niet gecontroleerd. Deze pagina controleert alleen de uitvraag; het ministerie controleert dossierbestanden met jbmonitor.',
    en: 'Case-level register: not checked. This page checks the uitvraag only; the ministry checks case-level registers with jbmonitor.',
  },
  figuresTitle: { nl: 'Gelezen cijfers: {gi}, peildatum {date}', en: 'Figures read: {gi}, reference date {date}' },
  figure: { nl: 'Cijfer', en: 'Figure' },
  seen: { nl: 'In het bestand', en: 'In the file' },
  counted: { nl: 'Telt als', en: 'Counted as' },
  notDelivered: { nl: 'niet geleverd', en: 'not delivered' },
  derived: { nl: '(berekend)', en: '(derived)' },
  readAs: { nl: '{seen} gelezen als {counted}', en: '{seen} read as {counted}' },
  failed: { nl: 'De controle liep vast: {message}. Meld dit aan het ministerie.', en: 'The check failed: {message}. Please tell the ministry.' },
  noScript: { nl: 'Deze pagina heeft JavaScript nodig.', en: 'This page needs JavaScript.' },
  footer: { nl: 'jbmonitor {version} · controlepagina', en: 'jbmonitor {version} · check page' },
} as const satisfies Record<string, Labels>;

export type PageText = keyof typeof PAGE_TEXTS;
