import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ExitError, UsageError } from '../errors.js';
import { parsePublished, type PublishedFigure } from '../validate/published.js';
import { readCsv } from './csv.js';

/** Read the --compare file of published figures; a problem in it stops the run (exit 1). */
export async function loadPublished(file: string, cwd: string): Promise<{ figures: PublishedFigure[]; sha256: string }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path.resolve(cwd, file));
  } catch {
    throw new UsageError(`--compare: file not found: ${file}`, `--compare: bestand niet gevonden: ${file}`);
  }
  const sheet = await readCsv(bytes, file);
  const { figures, problems } = parsePublished(sheet);
  if (problems.length) throw new ExitError(1, `${file}: ${problems.join('; ')}`, `${file}: ${problems.join('; ')}`);
  return { figures, sha256: createHash('sha256').update(bytes).digest('hex') };
}
