import { EXIT, UsageError, type ExitCode } from '../domain/errors.js';
import { INDICATORS, INDICATOR_BY_ID } from '../domain/indicators.js';
import { renderExplain } from '../render/explain.js';
import { parseLang } from './options.js';
import type { RunContext } from './compute.js';

/** jbmonitor explain [indicator]: the registry's definitions, for one indicator or all. */
export function explain(id: string | undefined, flags: { lang?: string }, ctx: RunContext): ExitCode {
  const lang = parseLang(flags.lang);
  if (id !== undefined && !INDICATOR_BY_ID.has(id)) {
    const ids = INDICATORS.map((d) => d.id).join(', ');
    throw new UsageError(`unknown indicator "${id}"; choose from: ${ids}`, `onbekende indicator "${id}"; kies uit: ${ids}`);
  }
  const def = id === undefined ? undefined : INDICATOR_BY_ID.get(id);
  ctx.io.stdout.write(renderExplain(def ? [def] : INDICATORS, lang));
  return EXIT.ok;
}
