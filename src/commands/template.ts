import path from 'node:path';
import { EXIT, type ExitCode, UsageError } from '../domain/errors.js';
import { loadRegister } from './load-register.js';
import { writeOutput } from '../write/output.js';
import { optionFiles, parseLang, parsePeildatumOption, refuseOutOverInputs } from './options.js';
import type { RunContext } from './compute.js';

export interface TemplateFlags {
  out?: string;
  format?: string;
  gi?: string;
  peildatum?: string;
  lang?: string;
  giRegister?: string;
}

type TemplateFormat = 'xlsx' | 'csv';

function chooseFormat(format: string | undefined, out: string | undefined): TemplateFormat {
  const ext = out && out !== '-' ? path.extname(out).toLowerCase() : '';
  const byExt = ext === '.xlsx' ? 'xlsx' : ext === '.csv' ? 'csv' : null;
  if (format !== undefined && format !== 'xlsx' && format !== 'csv') {
    throw new UsageError(`template --format must be xlsx or csv, not "${format}"`, `template --format moet xlsx of csv zijn, niet "${format}"`);
  }
  if (ext && !byExt) throw new UsageError(`--out ${out ?? ''}: use the extension .xlsx or .csv`, `--out ${out ?? ''}: gebruik de extensie .xlsx of .csv`);
  if (format && byExt && format !== byExt) throw new UsageError(`--format ${format} contradicts the extension of --out ${out ?? ''}`, `--format ${format} spreekt de extensie van --out ${out ?? ''} tegen`);
  return format ?? byExt ?? 'xlsx';
}

/**
 * jbmonitor template: the uitvraag GIs fill in, derived from the field registry. An xlsx workbook
 * is never written to a terminal (it would only garble it): give --out, or redirect stdout.
 */
export async function template(flags: TemplateFlags, ctx: RunContext): Promise<ExitCode> {
  const lang = parseLang(flags.lang);
  const format = chooseFormat(flags.format, flags.out);
  const peildatum = parsePeildatumOption(flags.peildatum);
  const toStdout = flags.out === undefined || flags.out === '-';
  if (toStdout && format === 'xlsx' && ctx.io.stdout.isTTY) {
    throw new UsageError(
      'an xlsx workbook is not written to a terminal: give --out uitvraag.xlsx, redirect (> uitvraag.xlsx), or use --format csv',
      'een xlsx-werkmap wordt niet naar de terminal geschreven: geef --out uitvraag.xlsx, stuur de uitvoer door (> uitvraag.xlsx), of gebruik --format csv',
    );
  }
  if (!toStdout && flags.out !== undefined) await refuseOutOverInputs(flags.out, ctx.io.cwd, [], optionFiles({ '--gi-register': flags.giRegister }));
  const register = await loadRegister(flags.giRegister ?? null, ctx.io.cwd);
  let gi: string | null = null;
  if (flags.gi !== undefined) {
    const match = register.match(flags.gi);
    if (!match.known) {
      const hint = match.nearest ? { en: `; did you mean "${match.nearest}"?`, nl: `; bedoelt u "${match.nearest}"?` } : { en: '', nl: '' };
      throw new UsageError(`--gi: unknown GI "${flags.gi}"${hint.en} (extend the register with --gi-register)`, `--gi: onbekende GI "${flags.gi}"${hint.nl} (vul het register aan met --gi-register)`);
    }
    gi = match.entry.name;
  }
  const options = { lang, gi, peildatum, giNames: register.entries.map((e) => e.name) };
  const content = format === 'xlsx'
    ? await (await import('../render/template-xlsx.js')).renderTemplateXlsx(options)
    : (await import('../render/template-csv.js')).renderTemplateCsv(options);
  await writeOutput(toStdout ? null : flags.out ?? null, toStdout ? null : path.resolve(ctx.io.cwd, flags.out ?? ''), content, ctx.io.stdout);
  return EXIT.ok;
}
