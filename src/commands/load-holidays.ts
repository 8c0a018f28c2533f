import path from 'node:path';
import type { Issue } from '../domain/model.js';
import { ExitError, UsageError } from '../domain/errors.js';
import type { HolidaySources } from '../domain/holidays.js';
import { FileTooLargeError, isMissingPath, readBytes, readText } from '../files/disk.js';
import { openFailure } from '../files/regular-file.js';
import { decodeText } from '../read/csv.js';
import { parseDecreedDays, parseFeestdagen } from '../validate/holidays.js';

const BUNDLED = new URL('../../data/atw-gelijkgestelde-dagen.json', import.meta.url);
const SHOWN = 'data/atw-gelijkgestelde-dagen.json';
/** A list of days is a few lines; anything near this size is not one. */
const MAX_FEESTDAGEN_BYTES = 1024 * 1024;

async function readDecreed(): Promise<HolidaySources['decreed']> {
  let json: unknown;
  try {
    json = JSON.parse(await readText(BUNDLED));
  } catch (err) {
    throw new ExitError(1, `${SHOWN}: cannot be read (${(err as Error).message})`, `${SHOWN}: niet te lezen (${(err as Error).message})`);
  }
  const parsed = parseDecreedDays(json);
  if (!parsed.ok) throw new ExitError(1, `${SHOWN}: ${parsed.problems.join('; ')}`, `${SHOWN}: ${parsed.problems.join('; ')}`);
  return parsed.decreed;
}

/**
 * The holidays beyond the law's own for --werkdagen: the bundled decreed days, and the user's
 * --feestdagen file (a missing file is a usage error; one that is no regular file or cannot be read
 * is an error of that file; a bad line is an error issue on that line).
 */
export async function loadHolidaySources(feestdagen: string | null, cwd: string): Promise<{ sources: HolidaySources; issues: Issue[] }> {
  const decreed = await readDecreed();
  if (feestdagen === null) return { sources: { decreed, extra: null }, issues: [] };
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(path.resolve(cwd, feestdagen), MAX_FEESTDAGEN_BYTES);
  } catch (err) {
    if (isMissingPath(err)) throw new UsageError(`--feestdagen: file not found: ${feestdagen}`, `--feestdagen: bestand niet gevonden: ${feestdagen}`);
    if (err instanceof FileTooLargeError) {
      throw new ExitError(1, `--feestdagen ${feestdagen}: larger than 1 MB, not a list of days`, `--feestdagen ${feestdagen}: groter dan 1 MB, geen lijst met dagen`);
    }
    // A folder, a named pipe, a device or a file without read access: an error of that file.
    return { sources: { decreed, extra: null }, issues: [openFailure(feestdagen, err)] };
  }
  const { text } = decodeText(bytes);
  const parsed = parseFeestdagen(text, feestdagen);
  return { sources: { decreed, extra: parsed.extra }, issues: parsed.issues };
}
