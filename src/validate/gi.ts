import type { Issue, Place } from '../domain/model.js';
import { makeIssue } from '../domain/issues.js';
import type { GiRegister } from '../domain/gi-register.js';

/** A GI name as given, read through the register. */
export interface ResolvedGi {
  /** The register's name; for a name outside the register, the name as given (trimmed). */
  name: string;
  /** In the register. Closed world: a name that is not is an error, never a new GI by accident. */
  registered: boolean;
  /** A registered GI of the monitor (false for Nidos and for unregistered names). */
  monitor: boolean;
  /** The unknown-GI error, the alias note, the outside-the-monitor note. */
  issues: Issue[];
}

/**
 * The one reading of a GI name, for aggregate submissions and case files alike: a registered
 * name, code or alias gives the register's name (an alias with a note); a GI outside the monitor
 * (Nidos) gets a note; a name not in the register is an error naming the nearest known GI.
 * `shown` is the value messages may repeat (null where it could be a BSN).
 */
export function resolveGi(given: string, at: Place, register: GiRegister, shown: string | null = given): ResolvedGi {
  const match = register.match(given);
  if (!match.known) {
    const unknown = makeIssue('error', 'gi/unknown', at, { field: 'gi', value: shown, expected: 'known-gi', params: match.nearest ? { nearest: match.nearest } : {} });
    return { name: given.trim(), registered: false, monitor: false, issues: [unknown] };
  }
  const { name, monitor } = match.entry;
  const issues: Issue[] = [];
  if (!match.exact) issues.push(makeIssue('info', 'gi/alias', at, { field: 'gi', value: given, params: { name } }));
  if (!monitor) issues.push(makeIssue('info', 'gi/outside-monitor', at, { field: 'gi', params: { gi: name } }));
  return { name, registered: true, monitor, issues };
}
