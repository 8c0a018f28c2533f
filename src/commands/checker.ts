import path from 'node:path';
import { EXIT, ExitError, type ExitCode } from '../domain/errors.js';
import { readText } from '../files/disk.js';
import { renderCheckerPage } from '../render/checker-page.js';
import { writeOutput } from '../write/output.js';
import { loadRegister } from './load-register.js';
import { parseLang, parsePeildatumOption } from './options.js';
import type { RunContext } from './compute.js';

export interface CheckerFlags {
  out?: string;
  lang?: string;
  giRegister?: string;
  peildatum?: string;
}

/** The page as `npm run build` leaves it (scripts/build-checker.mjs); the same place from src/ and dist/. */
const BUILT = new URL('../../dist/checker/checker.html', import.meta.url);

/**
 * jbmonitor checker: the one self-contained html page the ministry sends with the uitvraag. It
 * runs `validate`'s reading and checks in the GI's browser, with the GI register (and
 * --gi-register) and --peildatum built in.
 */
export async function checker(flags: CheckerFlags, ctx: RunContext): Promise<ExitCode> {
  const lang = parseLang(flags.lang);
  const peildatum = parsePeildatumOption(flags.peildatum);
  const register = await loadRegister(flags.giRegister ?? null, ctx.io.cwd);
  let template: string;
  try {
    template = await readText(BUILT);
  } catch {
    throw new ExitError(EXIT.internal, 'the check page has not been built: run npm run build', 'de controlepagina is niet gebouwd: voer npm run build uit');
  }
  const html = renderCheckerPage(template, { lang, version: ctx.tool.version, peildatum, register: register.entries });
  const out = flags.out ?? 'controle.html';
  const toStdout = out === '-';
  await writeOutput(toStdout ? null : out, toStdout ? null : path.resolve(ctx.io.cwd, out), html, ctx.io.stdout);
  return EXIT.ok;
}
