import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

/**
 * `jbmonitor --help` must start about as fast as `node -e 0`: the CLI surface and the registries
 * load no zod, exceljs or csv-parse (commands import them lazily). Follows static value imports
 * (not `import type`, not `import()`) from each entry point through src/.
 */
const HEAVY = ['zod', 'exceljs', 'csv-parse', 'csv-stringify'];

function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^'";]*?from\s+'([^']+)'/gmu)) out.push(m[1] ?? '');
  for (const m of text.matchAll(/^import\s+'([^']+)'/gmu)) out.push(m[1] ?? '');
  return out;
}

function packagesReachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of staticImports(file)) {
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec.replace(/\.js$/u, '.ts')));
      else if (!spec.startsWith('node:')) packages.add(spec.split('/')[0] ?? spec);
    }
  };
  visit(path.join(ROOT, 'src', entry));
  return packages;
}

describe('the --help import graph', () => {
  for (const entry of ['main.ts', 'cli.ts', 'domain/indicators.ts', 'render/formats.ts', 'domain/fields.ts', 'domain/case-fields.ts', 'domain/waiting-rule.ts']) {
    it(`${entry} loads no zod, exceljs or csv-parse`, () => {
      const reached = [...packagesReachable(entry)];
      for (const heavy of HEAVY) expect(reached).not.toContain(heavy);
    });
  }
  it('the walker does see heavy imports where they are (control)', () => {
    expect([...packagesReachable('cases/schema.ts')]).toContain('zod');
    expect([...packagesReachable('commands/compute.ts')]).toContain('zod');
  });
});
