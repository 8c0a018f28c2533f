import type { Report } from '../model.js';

/** The Report value itself, serialised: the machine-readable contract (see README). */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
