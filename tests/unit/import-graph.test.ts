import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
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

/**
 * The layers: each folder of src/ imports only from the folders listed for it (value and type
 * imports, static and dynamic alike). domain/ at the bottom; read/ parses bytes; validate/ turns
 * cells into submissions; cases/ (the case-level route) sits beside validate/ and only commands/
 * imports it, through cases/index.ts; files/ is the edge to the disk, zlib and hashing, and only
 * commands/ (and the entry points) import it. browser/ is the check page's edge (bundled for a
 * browser, imported by nothing in src/), so it imports no Node built-in either. `root` is src/main.ts and src/cli.ts.
 */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  domain: [],
  read: ['domain'],
  validate: ['domain', 'read'],
  cases: ['domain', 'read', 'validate'],
  compute: ['domain', 'read', 'validate'],
  render: ['domain', 'read', 'validate', 'compute'],
  write: ['domain', 'read', 'validate', 'compute', 'render'],
  files: ['domain', 'read'],
  browser: ['domain', 'read', 'validate', 'cases'],
  commands: ['domain', 'read', 'validate', 'cases', 'compute', 'render', 'write', 'files'],
  root: ['domain', 'read', 'validate', 'cases', 'compute', 'render', 'write', 'files', 'commands'],
};

/** Folders that parse bytes and must run anywhere: no Node built-in (node:zlib, fs, crypto, …). */
const NO_NODE = new Set(['domain', 'read', 'validate', 'cases', 'browser']);
/** The one module of cases/ that other folders may import. */
const CASES_ENTRY = 'cases/index.ts';

interface Edge { file: string; spec: string }

/** Every import of a source text: static, re-exports, side-effect and dynamic; `import type` included. */
function importsOf(text: string): string[] {
  const specs: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gmu)) specs.push(m[1] ?? '');
  for (const m of text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gmu)) specs.push(m[1] ?? '');
  for (const m of text.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/gu)) specs.push(m[1] ?? '');
  return specs;
}

/** The layer of a file given relative to src/ (posix): its first folder, or root. */
const layerOf = (file: string): string => (file.includes('/') ? file.slice(0, file.indexOf('/')) : 'root');

const isNodeBuiltin = (spec: string): boolean => spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0] ?? spec);

/** A cycle among the folders of `graph`, as the folders on it, or null. */
function folderCycle(graph: ReadonlyMap<string, ReadonlySet<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of [...(graph.get(node) ?? [])].sort()) {
      const found = visit(next);
      if (found) return found;
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of [...graph.keys()].sort()) {
    const found = visit(node);
    if (found) return found;
  }
  return null;
}

/** Every breach of the layers among `edges` (files relative to src/, posix); [] when there is none. */
function layerViolations(edges: readonly Edge[], allowed: Readonly<Record<string, readonly string[]>> = ALLOWED): string[] {
  const out: string[] = [];
  const graph = new Map<string, Set<string>>();
  for (const { file, spec } of edges) {
    const from = layerOf(file);
    if (!(from in allowed)) {
      out.push(`${file}: folder ${from}/ is not in the table of layers`);
      continue;
    }
    if (!spec.startsWith('.')) {
      if (NO_NODE.has(from) && isNodeBuiltin(spec)) out.push(`${file}: imports ${spec}; ${from}/ parses bytes and imports no Node built-in (use files/)`);
      continue;
    }
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)).replace(/\.js$/u, '.ts');
    const to = layerOf(target);
    if (to === from) continue;
    if (!graph.has(from)) graph.set(from, new Set());
    graph.get(from)?.add(to);
    if (!(allowed[from] ?? []).includes(to)) out.push(`${file}: imports ${spec}, but ${from}/ may import only ${(allowed[from] ?? []).join(', ') || 'nothing outside itself'}`);
    else if (to === 'cases' && target !== CASES_ENTRY) out.push(`${file}: imports ${spec}; the case route is entered through ${CASES_ENTRY} only`);
  }
  const cycle = folderCycle(graph);
  if (cycle) out.push(`folder cycle: ${cycle.join(' → ')}`);
  return out;
}

function sourceFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) return sourceFiles(dir, rel);
    return e.name.endsWith('.ts') ? [rel] : [];
  });
}

describe('the layers of src/', () => {
  const src = path.join(ROOT, 'src');
  const edges = sourceFiles(src).flatMap((file) => importsOf(readFileSync(path.join(src, file), 'utf8')).map((spec) => ({ file, spec })));

  it('the walker finds the imports (type, multi-line and dynamic ones too)', () => {
    expect(edges.length).toBeGreaterThan(300);
    expect(importsOf("import type {\n  A,\n  B,\n} from '../domain/model.js';\nconst x = await import('./y.js');\nimport './z.js';"))
      .toEqual(['../domain/model.js', './z.js', './y.js']);
  });
  it('no folder imports upward, no folder cycle, no Node built-in in domain/, read/, validate/ or cases/', () => {
    expect(layerViolations(edges)).toEqual([]);
  });
  it('the table of layers itself has no cycle', () => {
    expect(folderCycle(new Map(Object.entries(ALLOWED).map(([k, v]) => [k, new Set(v)])))).toBeNull();
  });
  it.each([
    ['an upward import', [{ file: 'read/holidays.ts', spec: '../validate/holidays.js' }], /read\/ may import only domain/u],
    ['a type import from a stage above', [{ file: 'domain/model.ts', spec: '../compute/rounds.js' }], /domain\/ may import only nothing/u],
    ['node:zlib in read/', [{ file: 'read/zip-guard.ts', spec: 'node:zlib' }], /imports no Node built-in/u],
    ['a bare fs in validate/', [{ file: 'validate/x.ts', spec: 'fs/promises' }], /imports no Node built-in/u],
    ['files/ from a stage', [{ file: 'compute/x.ts', spec: '../files/disk.js' }], /compute\/ may import only/u],
    ['cases/ past its entry point', [{ file: 'commands/load.ts', spec: '../cases/sink.js' }], /cases\/index\.ts only/u],
    ['a folder missing from the table', [{ file: 'extra/x.ts', spec: '../domain/model.js' }], /not in the table/u],
  ])('the check fails on %s (control)', (_, fake, message) => {
    const found = layerViolations(fake);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });
  it('the check finds a folder cycle (control)', () => {
    const both = { a: ['b'], b: ['a'] };
    expect(layerViolations([{ file: 'a/x.ts', spec: '../b/y.js' }, { file: 'b/y.ts', spec: '../a/x.js' }], both)).toEqual(['folder cycle: a → b → a']);
  });
  it('the check passes clean fake edges (control)', () => {
    expect(layerViolations([{ file: 'commands/load.ts', spec: '../cases/index.js' }, { file: 'read/x.ts', spec: 'exceljs' }, { file: 'files/x.ts', spec: 'node:fs' }])).toEqual([]);
  });
});
