import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';

/**
 * Golden tests: every report is regenerated from fixtures/ and compared byte for byte with the
 * committed expected file. After an intended change: UPDATE_GOLDEN=1 npx vitest run tests/golden
 */
const UPDATE = process.env.UPDATE_GOLDEN === '1';

export const GOLDEN_CASES: { name: string; args: string[] }[] = [
  { name: 'nulmeting-2022-12-01/table.nl.txt', args: ['compute', 'fixtures/nulmeting-2022-12-01'] },
  { name: 'nulmeting-2022-12-01/table.en.txt', args: ['compute', 'fixtures/nulmeting-2022-12-01', '--lang', 'en'] },
  { name: 'nulmeting-2022-12-01/report.json', args: ['compute', 'fixtures/nulmeting-2022-12-01', '--format', 'json'] },
  { name: 'nulmeting-2022-12-01/report.nl.csv', args: ['compute', 'fixtures/nulmeting-2022-12-01', '--format', 'csv'] },
  { name: 'nulmeting-2022-12-01/report.en.csv', args: ['compute', 'fixtures/nulmeting-2022-12-01', '--format', 'csv', '--lang', 'en'] },
];

describe('golden reports', () => {
  for (const c of GOLDEN_CASES) {
    it(`${c.name} matches jbmonitor ${c.args.join(' ')}`, async () => {
      const result = await runCli(c.args);
      expect(result.exitCode).toBe(0);
      const file = path.join(ROOT, 'tests', 'golden', c.name);
      if (UPDATE || !existsSync(file)) {
        if (!UPDATE) throw new Error(`golden file ${c.name} is missing; run UPDATE_GOLDEN=1 npx vitest run tests/golden`);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, result.stdoutBytes);
      }
      expect(result.stdoutBytes.equals(readFileSync(file))).toBe(true);
    });
  }
});
