#!/usr/bin/env node
// `npm test`: vitest, lint (type-checked) and typecheck side by side. The checks' output is held
// back and printed whole after the tests, one after the other. Arguments go to vitest
// (`npm test -- --reporter=json`), as with the former `… && vitest run`.
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

// All three at once: on two cores the checks fill the gaps the test workers leave (a test waiting
// for a child process, the last slow file), which saves more than it costs.
const [tests, ...checks] = await Promise.all([
  run('vitest', [bin('vitest', 'vitest.mjs'), 'run', ...process.argv.slice(2)], { buffered: false }),
  run('lint (eslint .)', [bin('eslint', 'bin/eslint.js'), '.'], { buffered: true }),
  run('typecheck (tsc -p tsconfig.json --noEmit)', [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.json', '--noEmit'], { buffered: true }),
]);
for (const check of checks) {
  process.stdout.write(`> ${check.name}: ${check.code === 0 ? 'ok' : 'FAILED'}\n${check.output}`);
}
process.exit(checks.some((c) => c.code !== 0) ? 1 : tests.code);
