import { terminalSafeJson } from './safe-text.js';
import type { Report } from '../domain/model.js';
import { publicationJson } from './publication.js';

export interface JsonOptions {
  /** --alleen-landelijk: no GI is named (see publicationJson). */
  nationalOnly?: boolean;
}

/** The Report value itself, serialised: the machine-readable contract (see README). */
export function renderJson(report: Report, options: JsonOptions = {}): string {
  const shown: Report = options.nationalOnly ? publicationJson(report) : report;
  return `${terminalSafeJson(shown)}\n`;
}
