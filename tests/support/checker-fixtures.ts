import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { RegisterEntry, ReportIssue } from '../../src/domain/model.js';
import { loadRegister } from '../../src/commands/load-register.js';
import { FIXTURES, ROOT, runCli } from '../helpers.js';

/** The fields of an issue that the check page reports exactly as `jbmonitor validate --format json`. */
export const SAME_FIELDS = ['severity', 'type', 'file', 'sheet', 'cell', 'row', 'column', 'field', 'value', 'expected'] as const;

export const sameFields = (issues: readonly ReportIssue[]): Record<string, unknown>[] =>
  issues.map((i) => Object.fromEntries(SAME_FIELDS.map((k) => [k, i[k]])));

/**
 * Every fixture folder `validate` is tested on: the clean inputs and their twins, every refusal,
 * every plausibility case and the layouts corpus. (Case-level registers are out of the page's scope.)
 */
export function checkerFolders(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^(input-|refuse-|plausibility-|layout-)/u.test(e.name))
    .map((e) => e.name)
    .sort();
}

/** The files `validate <folder>` reads, as names within the folder (the walker's extensions). */
export function folderFiles(folder: string): string[] {
  const dir = path.join(FIXTURES, folder);
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.') && !e.name.startsWith('~$') && /\.(xlsx|xlsm|csv|xls)$/iu.test(e.name))
    .map((e) => e.name)
    .sort();
}

/** Options a folder is validated with elsewhere, which the page has too (built in, or its switch). */
export const FOLDER_OPTIONS: Readonly<Record<string, { peildatum?: string; giRegister?: string; decimal?: 'comma' | 'point' }>> = {
  'input-peildatum-option': { peildatum: '2022-12-01' },
  'input-gi-register': { giRegister: 'extra-register.json' },
  'input-decimal-ambiguous': { decimal: 'comma' },
};

/** The register a page built with `checker [--gi-register extra]` carries. */
export async function pageRegister(extra?: string): Promise<RegisterEntry[]> {
  return (await loadRegister(extra ?? null, ROOT)).entries.map((e) => ({ ...e }));
}

/** `jbmonitor validate <files> --format json` run in the folder of the files. */
export async function validateJson(folder: string, files: readonly string[], lang: 'nl' | 'en', options: { peildatum?: string; giRegister?: string; decimal?: string } = {}): Promise<{ valid: boolean; issues: ReportIssue[] }> {
  const args = ['validate', ...files, '--format', 'json', '--lang', lang];
  if (options.peildatum) args.push('--peildatum', options.peildatum);
  if (options.giRegister) args.push('--gi-register', options.giRegister);
  if (options.decimal) args.push('--decimal', options.decimal);
  const r = await runCli(args, { cwd: path.join(FIXTURES, folder) });
  return JSON.parse(r.stdout) as { valid: boolean; issues: ReportIssue[] };
}
