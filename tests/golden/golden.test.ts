import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/render/formats.js';
import { ROOT, runCli } from '../helpers.js';
import { decodeXlsx } from './decode-xlsx.js';

/**
 * Golden tests: every report of every scenario, in every format and language, is regenerated
 * from fixtures/ and compared byte for byte with the committed file in tests/golden/<scenario>/.
 * A new format or scenario is covered by adding it to its registry or to SCENARIOS.
 * After an intended change: UPDATE_GOLDEN=1 npx vitest run tests/golden
 */
const UPDATE = process.env.UPDATE_GOLDEN === '1';

export const SCENARIOS: { name: string; args: string[] }[] = [
  { name: 'nulmeting-2022-12-01', args: ['fixtures/nulmeting-2022-12-01'] },
  // Four rounds (baseline + 1 Oct 2023, 1 Jan 2024, 1 Apr 2024), compared with the letters' figures.
  { name: 'vier-rondes-2022-2024', args: ['fixtures/nulmeting-2022-12-01', 'fixtures/rondes-2023-2024', '--compare', 'data/published.csv'] },
  // The baseline re-delivered in March 2024: the later published 17,1 and 2.072.
  { name: 'herlevering-2022-12-01', args: ['fixtures/herlevering-2022-12-01', '--revisions', 'latest', '--compare', 'data/published.csv'] },
  { name: 'twee-peildata', args: ['fixtures/twee-peildata'] },
  { name: 'cases-2022-12-01', args: ['fixtures/nulmeting-2022-12-01', 'fixtures/cases-2022-12-01'] },
];

const LANGS = ['nl', 'en'] as const;

describe('golden reports', () => {
  for (const scenario of SCENARIOS) {
    for (const format of FORMATS) {
      for (const lang of LANGS) {
        const name = `${scenario.name}/report.${lang}.${format.id}`;
        const args = ['compute', ...scenario.args, '--format', format.id, '--lang', lang];
        it(`${name} = jbmonitor ${args.join(' ')}`, async () => {
          const result = await runCli(args);
          expect(result.exitCode, result.stderr).toBe(0);
          const file = path.join(ROOT, 'tests', 'golden', name);
          if (UPDATE) {
            mkdirSync(path.dirname(file), { recursive: true });
            writeFileSync(file, result.stdoutBytes);
          }
          if (!existsSync(file)) throw new Error(`golden file ${name} is missing; run UPDATE_GOLDEN=1 npx vitest run tests/golden`);
          // Binary formats get a decoded companion (<name>.txt) so that a change can be reviewed.
          const decoded = format.binary ? await decodeXlsx(result.stdoutBytes) : null;
          if (decoded !== null && UPDATE) writeFileSync(`${file}.txt`, decoded);
          if (decoded !== null) expect(decoded).toBe(readFileSync(`${file}.txt`, 'utf8'));
          expect(result.stdoutBytes.equals(readFileSync(file)), `${name} differs from the golden file`).toBe(true);
        });
      }
    }
  }
});
