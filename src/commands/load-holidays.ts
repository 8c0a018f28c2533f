import path from 'node:path';
import type { Issue } from '../domain/model.js';
import { ExitError, UsageError } from '../domain/errors.js';
import type { HolidaySources } from '../domain/holidays.js';
import { fileInfo, readBytes, readText } from '../files/disk.js';
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
 * --feestdagen file (a missing file is a usage error; a bad line is an error issue on that line).
 */
export async function loadHolidaySources(feestdagen: string | null, cwd: string): Promise<{ sources: HolidaySources; issues: Issue[] }> {
  const decreed = await readDecreed();
  if (feestdagen === null) return { sources: { decreed, extra: null }, issues: [] };
  const absolute = path.resolve(cwd, feestdagen);
  const info = await fileInfo(absolute);
  if (!info?.isFile) throw new UsageError(`--feestdagen: file not found: ${feestdagen}`, `--feestdagen: bestand niet gevonden: ${feestdagen}`);
  if (info.size > MAX_FEESTDAGEN_BYTES) {
    throw new ExitError(1, `--feestdagen ${feestdagen}: larger than 1 MB, not a list of days`, `--feestdagen ${feestdagen}: groter dan 1 MB, geen lijst met dagen`);
  }
  const { text } = decodeText(await readBytes(absolute));
  const parsed = parseFeestdagen(text, feestdagen);
  return { sources: { decreed, extra: parsed.extra }, issues: parsed.issues };
}
