import type { Submission } from '../domain/model.js';
import { UsageError } from '../domain/errors.js';
import { parseDateText } from '../validate/parse-value.js';
import type { RevisionMode } from '../validate/revisions.js';

/** The options of rounds over time (--since, --until, --revisions, --compare), as the compute command receives them. */
export interface OverTimeFlags {
  since?: string;
  until?: string;
  revisions?: string;
  compare?: string;
}

export interface OverTimeOptions {
  since: string | null;
  until: string | null;
  revisions: RevisionMode;
  compare: string | null;
}

function dateOption(name: string, value: string | undefined): string | null {
  if (value === undefined) return null;
  const d = parseDateText(value);
  if (!d.ok || d.fromSerial) throw new UsageError(`--${name} "${value}" is not a date (e.g. 2023-10-01)`, `--${name} "${value}" is geen datum (bijv. 2023-10-01)`);
  return d.iso;
}

export function parseOverTime(flags: OverTimeFlags): OverTimeOptions {
  const since = dateOption('since', flags.since);
  const until = dateOption('until', flags.until);
  if (since && until && since > until) throw new UsageError(`--since ${since} is after --until ${until}`, `--since ${since} ligt na --until ${until}`);
  const revisions = flags.revisions ?? 'error';
  if (revisions !== 'error' && revisions !== 'latest') {
    throw new UsageError(`--revisions must be error or latest, not "${revisions}"`, `--revisions moet error of latest zijn, niet "${revisions}"`);
  }
  return { since, until, revisions, compare: flags.compare ?? null };
}

/** --since / --until: keep the submissions of the selected rounds (ISO dates compare as text). */
export function selectRounds(submissions: readonly Submission[], o: OverTimeOptions): Submission[] {
  const selected = submissions.filter((s) => (o.since === null || s.peildatum >= o.since) && (o.until === null || s.peildatum <= o.until));
  if (submissions.length > 0 && selected.length === 0) {
    throw new UsageError(`no round between --since ${o.since ?? '…'} and --until ${o.until ?? '…'}`, `geen peildatum tussen --since ${o.since ?? '…'} en --until ${o.until ?? '…'}`);
  }
  return selected;
}
