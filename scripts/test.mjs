#!/usr/bin/env node
// `npm test`: lint (type-checked) and typecheck side by side, then vitest. The two checks are
// single-threaded and independent, so on a small machine running them together saves most of
// the shorter one; their output is held back and printed whole, one after the other. Arguments
// go to vitest (`npm test -- --reporter=json`), as with the former `… && vitest run`.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const bin = (pkg, file) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

function run(name, args, { buffered }) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    const chunks = [];
    if (buffered) {
      child.stdout.on('data', (d) => chunks.push(d));
      child.stderr.on('data', (d) => chunks.push(d));
    }
    child.on('close', (code, signal) => resolve({ name, code: code ?? (signal ? 1 : 0), output: Buffer.concat(chunks).toString() }));
  });
}

const checks = await Promise.all([
  run('lint (eslint .)', [bin('eslint', 'bin/eslint.js'), '.'], { buffered: true }),
  run('typecheck (tsc -p tsconfig.json --noEmit)', [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.json', '--noEmit'], { buffered: true }),
]);
for (const check of checks) {
  process.stdout.write(`> ${check.name}: ${check.code === 0 ? 'ok' : 'FAILED'}\n${check.output}`);
}
if (checks.some((c) => c.code !== 0)) process.exit(1);

const tests = await run('vitest', [bin('vitest', 'vitest.mjs'), 'run', ...process.argv.slice(2)], { buffered: false });
process.exit(tests.code);
