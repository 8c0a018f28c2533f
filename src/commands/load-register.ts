import path from 'node:path';
import type { RegisterEntry } from '../domain/model.js';
import { ExitError, UsageError } from '../domain/errors.js';
import { GiRegister, mergeRegisters } from '../domain/gi-register.js';
import { isMissingPath, readText } from '../files/disk.js';
import { openFailure } from '../files/regular-file.js';
import { issueMessage } from '../domain/messages.js';
import { parseRegister } from '../validate/schema.js';

const BUNDLED = new URL('../../data/gi-register.json', import.meta.url);

async function readRegisterFile(file: string | URL, shown: string): Promise<RegisterEntry[]> {
  let text: string;
  try {
    text = await readText(file);
  } catch (err) {
    if (isMissingPath(err)) throw new UsageError(`GI register not found: ${shown}`, `GI-register niet gevonden: ${shown}`);
    // A folder, a named pipe, a device or a file without read access: an error of that file.
    const issue = openFailure(shown, err);
    throw new ExitError(1, `${shown}: ${issueMessage(issue, 'en')}`, `${shown}: ${issueMessage(issue, 'nl')}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ExitError(1, `${shown}: not valid JSON (${(err as Error).message})`, `${shown}: geen geldige JSON (${(err as Error).message})`);
  }
  const parsed = parseRegister(json);
  if (!parsed.ok) throw new ExitError(1, `${shown}: ${parsed.problems.join('; ')}`, `${shown}: ${parsed.problems.join('; ')}`);
  return parsed.entries;
}

/** The bundled GI register, extended or overridden by the user's --gi-register file. */
export async function loadRegister(extra: string | null, cwd: string): Promise<GiRegister> {
  const base = await readRegisterFile(BUNDLED, 'data/gi-register.json');
  if (!extra) return new GiRegister(base);
  return new GiRegister(mergeRegisters(base, await readRegisterFile(path.resolve(cwd, extra), extra)));
}
