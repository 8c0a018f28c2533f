import { terminalSafeJson } from './safe-text.js';
import type { Report } from '../domain/model.js';

export interface JsonOptions {
  /** --alleen-landelijk: per-GI results, the aanleverstatus and the issues (which name GIs' files and cells) are emptied. */
  nationalOnly?: boolean;
}

/** The Report value itself, serialised: the machine-readable contract (see README). */
export function renderJson(report: Report, options: JsonOptions = {}): string {
  const shown: Report = options.nationalOnly
    ? { ...report, rounds: report.rounds.map((r) => ({ ...r, gis: [], aanleverstatus: [] })), issues: [] }
    : report;
  return `${terminalSafeJson(shown)}\n`;
}
