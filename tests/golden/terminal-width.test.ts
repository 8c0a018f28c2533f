import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';

/**
 * The table on a terminal of 80 and 120 columns (the width passed in as io.stdout.columns, as
 * Node sets it on a TTY): every line fits, no word is split. Piped output keeps the full layout
 * (the goldens of golden.test.ts). After an intended change: UPDATE_GOLDEN=1 npx vitest run tests/golden
 */
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const CASES: { name: string; args: string[] }[] = [
  { name: 'nulmeting-2022-12-01', args: ['fixtures/nulmeting-2022-12-01'] },
  { name: 'nulmeting-2022-12-01.en', args: ['fixtures/nulmeting-2022-12-01', '--lang', 'en'] },
  { name: 'vier-rondes-2022-2024', args: ['fixtures/nulmeting-2022-12-01', 'fixtures/rondes-2023-2024', '--compare', 'data/published.csv'] },
];

/** Every word of the full layout (split at spaces): on a terminal each must still appear whole. */
const wordsOf = (text: string): Set<string> => new Set(text.split(/\s+/u).filter((w) => w.length > 0));

describe('the table laid out to the terminal', () => {
  for (const c of CASES) {
    for (const columns of [80, 120]) {
      it(`${c.name} at ${columns} columns`, async () => {
        const run = await runCli(['compute', ...c.args], { tty: true, columns, env: { NO_COLOR: '1' } });
        expect(run.exitCode, run.stderr).toBe(0);
        for (const line of run.stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(columns);
        // No word split: every word on the terminal is a word of the full (piped) layout.
        const piped = await runCli(['compute', ...c.args]);
        const full = wordsOf(piped.stdout);
        const shortNames = wordsOf(await registryShortNames());
        for (const word of wordsOf(run.stdout)) {
          // A list beneath its row starts with its column's header and a colon ("Ontbreekt: …").
          const bare = word.replace(/:$/u, '');
          expect(full.has(word) || full.has(bare) || shortNames.has(word), word).toBe(true);
        }
        const file = path.join(ROOT, 'tests', 'golden', 'terminal', `${c.name}.${columns}.table`);
        if (UPDATE) {
          mkdirSync(path.dirname(file), { recursive: true });
          writeFileSync(file, run.stdout);
        }
        if (!existsSync(file)) throw new Error(`golden file ${file} is missing; run UPDATE_GOLDEN=1 npx vitest run tests/golden`);
        expect(run.stdout).toBe(readFileSync(file, 'utf8'));
      });
    }
  }

  it('piped output (not a terminal) keeps the full layout, whatever the width', async () => {
    const piped = await runCli(['compute', 'fixtures/nulmeting-2022-12-01']);
    const notTty = await runCli(['compute', 'fixtures/nulmeting-2022-12-01'], { tty: false, columns: 80 });
    expect(notTty.stdout).toBe(piped.stdout);
    expect(piped.stdout.split('\n').some((l) => l.length > 120)).toBe(true);
  });
});

/** The short labels and column abbreviations of the registry: the words a narrow terminal may use instead. */
async function registryShortNames(): Promise<string> {
  const { INDICATORS } = await import('../../src/domain/indicators.js');
  return INDICATORS.flatMap((d) => [d.short.nl, d.short.en, d.giAbbr?.nl ?? '', d.giAbbr?.en ?? '']).join(' ');
}
