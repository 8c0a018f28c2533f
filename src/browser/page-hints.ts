/**
 * The check page speaks the CLI's messages (domain/messages.ts), except where a hint names a
 * command-line option the page does not have: there it names what the page has instead (its
 * decimal-mark switch) or what the GI can do. Only the message changes; every other field of an
 * issue stays the CLI's.
 */
import type { Issue, Lang } from '../domain/model.js';
import type { IssueType } from '../domain/issue-kinds.js';
import { issueMessage } from '../domain/messages.js';

type Rewording = readonly (readonly [RegExp, string])[];

const SWITCH: Record<Lang, { name: string }> = {
  nl: { name: 'de schakelaar Decimaalteken op deze pagina' },
  en: { name: "this page's Decimal mark switch" },
};

/** The limits are fixed on the page: the option in brackets is left out. */
const LIMIT_OPTION: readonly [RegExp, string] = [/ \(--max-[a-z-]+\)/gu, ''];

/** Per issue kind and language: the hint as the CLI words it → as the page words it. */
export const PAGE_WORDING: { readonly [K in IssueType]?: Record<Lang, Rewording> } = {
  'cell/ambiguous-number': {
    nl: [[/Geef --decimal comma of --decimal point op\./gu, `Zet ${SWITCH.nl.name} op komma of punt.`]],
    en: [[/Pass --decimal comma or --decimal point\./gu, `Set ${SWITCH.en.name} to comma or point.`]],
  },
  'cell/wrong-notation': {
    nl: [[/of geef --decimal comma op\./gu, `of zet ${SWITCH.nl.name} op komma.`], [/of geef --decimal point op\./gu, `of zet ${SWITCH.nl.name} op punt.`]],
    en: [[/or set --decimal (comma|point)\./gu, `or set ${SWITCH.en.name} to $1.`]],
  },
  'file/mixed-notation': {
    nl: [[/of geef --decimal op\./gu, `of zet ${SWITCH.nl.name} op komma of punt.`]],
    en: [[/or pass --decimal\./gu, `or set ${SWITCH.en.name} to comma or point.`]],
  },
  'row/missing-peildatum': {
    nl: [[/, of geef --peildatum op \(bijv\. --peildatum [0-9-]+\)\./gu, '.']],
    en: [[/, or pass --peildatum \(e\.g\. --peildatum [0-9-]+\)\./gu, '.']],
  },
  'gi/unknown': {
    nl: [[/Voeg haar toe aan het register \(--gi-register\) als het een nieuwe GI is\./gu, 'Is het een nieuwe GI, vraag het ministerie dan om een controlepagina waarin zij staat.']],
    en: [[/Add it to the register \(--gi-register\) if it is a new GI\./gu, 'If it is a new GI, ask the ministry for a check page that includes it.']],
  },
  'limit/file-size': { nl: [LIMIT_OPTION], en: [LIMIT_OPTION] },
  'limit/unzipped-size': { nl: [LIMIT_OPTION], en: [LIMIT_OPTION] },
  'limit/compression-ratio': { nl: [LIMIT_OPTION], en: [LIMIT_OPTION] },
  'limit/csv-line': { nl: [LIMIT_OPTION], en: [LIMIT_OPTION] },
  'limit/rows': {
    nl: [LIMIT_OPTION, [/ Verwijder ze in Excel of verhoog de grens\./gu, ' Verwijder ze in Excel.']],
    en: [LIMIT_OPTION, [/ Delete them in Excel or raise the limit\./gu, ' Delete them in Excel.']],
  },
  'limit/cells': {
    nl: [[/ \(100 per rij van --max-rows\)/gu, ''], [/ of verhoog --max-rows\./gu, '.']],
    en: [[/ \(100 per row of --max-rows\)/gu, ''], [/ or raise --max-rows\./gu, '.']],
  },
  'limit/csv-rows': {
    nl: [LIMIT_OPTION, [/ of verhoog de grens\./gu, '.']],
    en: [LIMIT_OPTION, [/ or raise the limit\./gu, '.']],
  },
  'sheet/hidden-read': {
    nl: [[/ of laat het weg met --skip-sheet ".*"\./gu, '.']],
    en: [[/ or leave it out with --skip-sheet ".*"\./gu, '.']],
  },
  'revision/hint': {
    nl: [[/met --revisions latest vervangt zij de eerdere\./gu, 'het ministerie kan haar de eerdere laten vervangen.']],
    en: [[/with --revisions latest it replaces the earlier one\./gu, 'the ministry can let it replace the earlier one.']],
  },
};

/**
 * Kinds whose CLI message names an option but that cannot occur on the page: it has no
 * --skip-sheet. (Nor do the case route's kinds, case/ and workdays/: the page checks no case-level registers.)
 */
export const NOT_ON_PAGE: readonly IssueType[] = ['sheet/skipped-by-option', 'option/skip-sheet-unmatched'];

/** The issue's message as the page shows it. */
export function pageMessage(issue: Issue, lang: Lang): string {
  let text = issueMessage(issue, lang);
  for (const [pattern, replacement] of PAGE_WORDING[issue.type]?.[lang] ?? []) text = text.replace(pattern, replacement);
  return text;
}
