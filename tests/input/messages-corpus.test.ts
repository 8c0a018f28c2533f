import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/domain/model.js';
import { FIXTURES, runCli } from '../helpers.js';
import { messageDefects } from '../support/message-defects.js';

/**
 * Every issue the fixture corpus produces, rendered in both languages: no message and no value
 * may show undefined, null, NaN, Infinity or float noise. Each fixture folder is validated on its
 * own (with the option it needs to be read at all), plus the runs that only a combination or an
 * option produces (re-deliveries, changes between rounds, case files beside submissions).
 */
const NEEDS: Record<string, string[]> = {
  'cases-2022-12-01': ['--peildatum', '2022-12-01'],
};

const FOLDERS = readdirSync(FIXTURES).filter((name) => statSync(path.join(FIXTURES, name)).isDirectory()).sort();

const RUNS: string[][] = [
  ...FOLDERS.map((name) => [`fixtures/${name}`, ...(NEEDS[name] ?? [])]),
  ['fixtures/herlevering-2022-12-01', '--revisions', 'latest'],
  ['fixtures/nulmeting-2022-12-01', 'fixtures/rondes-2023-2024'],
  ['fixtures/nulmeting-2022-12-01', 'fixtures/cases-2022-12-01'],
  ['fixtures/input-peildatum-option', '--peildatum', '1-12-2022'],
  ['fixtures/input-decimal-ambiguous', '--decimal', 'point'],
  ['fixtures/input-gi-register', '--gi-register', 'fixtures/input-gi-register/extra-register.json'],
];

interface Json { issues: { type: string; value: string | null; message: string }[] }

describe('every message the corpus produces reads well in both languages', () => {
  let seen = 0;
  for (const args of RUNS) {
    it(`validate ${args.join(' ')}`, async () => {
      for (const lang of ['nl', 'en'] as Lang[]) {
        const r = await runCli(['validate', ...args, '--format', 'json', '--lang', lang]);
        expect([0, 1], r.stderr).toContain(r.exitCode);
        const report = JSON.parse(r.stdout) as Json;
        for (const issue of report.issues) {
          expect(messageDefects(issue.message), `${issue.type} (${lang}): ${issue.message}`).toEqual([]);
          expect(messageDefects(issue.value ?? ''), `${issue.type} (${lang}) value: ${String(issue.value)}`).toEqual([]);
        }
        seen += report.issues.length;
      }
    });
  }
  it('looked at the corpus: every folder, many issues', () => {
    expect(FOLDERS.length).toBeGreaterThan(40);
    expect(seen).toBeGreaterThan(100);
  });
});
