import type { Lang, RegisterEntry } from '../domain/model.js';

/** Where the built page (scripts/build-checker.mjs) takes what `jbmonitor checker` builds in. */
export const CHECKER_PLACEHOLDERS = { config: '__JBMONITOR_CONFIG__', lang: '__JBMONITOR_LANG__' } as const;

export interface CheckerConfig {
  lang: Lang;
  version: string;
  /** The fallback for tables without a peildatum, as --peildatum gives it to validate. */
  peildatum: string | null;
  register: readonly RegisterEntry[];
}

/**
 * JSON that can stand inside a <script> element whatever the register's names hold: no `<` (so
 * no `</script>` or `<!--`), no line separators that older parsers choke on.
 */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</gu, '\\u003c').replace(/\u2028/gu, '\\u2028').replace(/\u2029/gu, '\\u2029');
}

/** The check page: the built template with the config filled in (each placeholder exactly once). */
export function renderCheckerPage(template: string, config: CheckerConfig): string {
  let html = template;
  const fill: [string, string][] = [[CHECKER_PLACEHOLDERS.config, scriptJson(config)], [CHECKER_PLACEHOLDERS.lang, config.lang]];
  for (const [placeholder, value] of fill) {
    if (html.split(placeholder).length !== 2) throw new Error(`the built check page must hold ${placeholder} exactly once`);
    html = html.replace(placeholder, () => value);
  }
  return html;
}
