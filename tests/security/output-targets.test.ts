import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { closeSync, copyFileSync, lstatSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { writeOutput } from '../../src/write/output.js';
import { FIXTURES, ROOT, runCli } from '../helpers.js';
import { runWithResources } from '../support/resource-run.js';

/**
 * Outputs: a report that cannot be written is exit 3 with a message, never a silent 0; a named pipe
 * or device named by --out is written into, never replaced; and --out never names a file the run reads.
 */
const tmp = () => mkdtempSync(path.join(tmpdir(), 'jbm-outputs-'));
const TABLE = path.join(FIXTURES, 'nulmeting-2022-12-01', 'landelijke-gis.csv');

/** A stdout that takes every chunk and then reports `code` as its write error (as a full disk would). */
function failingStdout(code: string) {
  const chunks: string[] = [];
  return {
    chunks,
    write(chunk: string | Uint8Array, callback?: (err?: Error | null) => void): boolean {
      chunks.push(String(chunk));
      setImmediate(() => callback?.(Object.assign(new Error(`write ${code}`), { code })));
      return false;
    },
  };
}

async function runWithStdout(args: string[], stdout: ReturnType<typeof failingStdout>) {
  let stderr = '';
  const exitCode = await main(args, { stdout, stderr: { write: (s: string | Uint8Array) => { stderr += String(s); return true; } }, env: {}, cwd: ROOT });
  return { exitCode, stderr };
}

const COMMANDS: [string, string[]][] = [
  ['compute (table)', ['compute', TABLE]],
  ['compute --format json', ['compute', TABLE, '--format', 'json']],
  ['compute --format xlsx', ['compute', TABLE, '--format', 'xlsx']],
  ['validate', ['validate', TABLE]],
  ['validate --format json', ['validate', TABLE, '--format', 'json']],
  ['template', ['template']],
  ['template --format csv', ['template', '--format', 'csv']],
  ['explain', ['explain']],
  ['--help', ['--help']],
];

describe('a write to stdout that fails', () => {
  it.each(COMMANDS)('%s: exit 3 with a message on stderr', async (_name, args) => {
    const r = await runWithStdout(args, failingStdout('ENOSPC'));
    expect(r.exitCode).toBe(3);
    expect(r.stderr).toContain('jbmonitor: fout: kan niet naar stdout schrijven (ENOSPC)');
  });

  it('in English with --lang en', async () => {
    const r = await runWithStdout(['compute', TABLE, '--lang', 'en'], failingStdout('EIO'));
    expect(r.exitCode).toBe(3);
    expect(r.stderr).toContain('jbmonitor: error: cannot write to stdout (EIO)');
  });

  it.each(COMMANDS)('%s: a reader that leaves early (EPIPE) is no failure', async (_name, args) => {
    const r = await runWithStdout(args, failingStdout('EPIPE'));
    expect(r.exitCode).not.toBe(3);
    expect(r.stderr).not.toContain('stdout');
  });

  it.each([
    ['compute --format json', ['compute', TABLE, '--format', 'json']],
    ['validate', ['validate', TABLE]],
    ['template', ['template', '--format', 'csv']],
  ])('the real process, stdout on /dev/full: %s exits 3', async (_name, args) => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = await runWithResources(args, { stdoutFd: full });
      expect(r.exitCode, r.stderr).toBe(3);
      expect(r.stderr).toContain('kan niet naar stdout schrijven (ENOSPC)');
    } finally {
      closeSync(full);
    }
  }, 30_000);
});

describe('--out naming something other than a regular file', () => {
  it('a named pipe is written into (its reader gets the report) and stays a pipe', async () => {
    const dir = tmp();
    const pipe = path.join(dir, 'rapport.json');
    execFileSync('mkfifo', [pipe]);
    const reader = spawn('cat', [pipe], { stdio: ['ignore', 'pipe', 'inherit'] });
    let received = '';
    reader.stdout.setEncoding('utf8').on('data', (s: string) => { received += s; });
    const done = new Promise((resolve) => reader.on('close', resolve));
    const r = await runCli(['compute', TABLE, '--out', pipe]);
    await done;
    expect(r.exitCode, r.stderr).toBe(0);
    expect(lstatSync(pipe).isFIFO()).toBe(true);
    expect(JSON.parse(received)).toMatchObject({ tool: { name: 'jbmonitor' } });
  }, 20_000);

  it('waits for a late reader, and writes more than a pipe holds to a reader that is behind', async () => {
    const pipe = path.join(tmp(), 'rapport.csv');
    execFileSync('mkfifo', [pipe]);
    const content = 'x'.repeat(1 << 20);
    const reader = spawn('sh', ['-c', 'sleep 0.5; exec cat "$0"', pipe], { stdio: ['ignore', 'pipe', 'inherit'] });
    let received = 0;
    reader.stdout.on('data', (b: Buffer) => { received += b.length; });
    const done = new Promise((resolve) => reader.on('close', resolve));
    await writeOutput(pipe, pipe, content, { write: () => true });
    await done;
    expect(received).toBe(content.length);
    expect(lstatSync(pipe).isFIFO()).toBe(true);
  }, 20_000);

  it('the real process waiting for a reader that never comes still ends on SIGTERM (130)', async () => {
    const pipe = path.join(tmp(), 'rapport.json');
    execFileSync('mkfifo', [pipe]);
    const r = await runWithResources(['compute', TABLE, '--out', pipe], { signal: { name: 'SIGTERM', afterMs: 2500 }, timeoutMs: 25_000 });
    expect(r.signal).toBeNull();
    expect(r.exitCode).toBe(130);
    expect(lstatSync(pipe).isFIFO()).toBe(true);
  }, 30_000);
});

describe('--out naming a file the run reads: wrong usage (exit 2), the file untouched', () => {
  function copies(): Record<string, string> {
    const dir = tmp();
    const files = {
      register: path.join(dir, 'register.json'),
      compare: path.join(dir, 'gepubliceerd.csv'),
      feestdagen: path.join(dir, 'feestdagen.csv'),
      cases: path.join(dir, 'dossiers.csv'),
    };
    copyFileSync(path.join(ROOT, 'data', 'gi-register.json'), files.register);
    copyFileSync(path.join(ROOT, 'data', 'published.csv'), files.compare);
    writeFileSync(files.feestdagen, '2022-06-03\n');
    writeFileSync(files.cases, 'gi,client_id,maatregel,startdatum\nJeugdbescherming Noord,C1,OTS,2022-01-01\n');
    return files;
  }

  it.each([
    ['--gi-register', (f: Record<string, string>) => ['compute', TABLE, '--gi-register', f.register ?? '', '--out', f.register ?? '', '--format', 'json'], 'register'],
    ['--compare', (f: Record<string, string>) => ['compute', TABLE, '--compare', f.compare ?? '', '--out', f.compare ?? ''], 'compare'],
    ['--feestdagen', (f: Record<string, string>) => ['compute', f.cases ?? '', '--peildatum', '2022-12-01', '--werkdagen', '--feestdagen', f.feestdagen ?? '', '--out', f.feestdagen ?? ''], 'feestdagen'],
    ['template --gi-register', (f: Record<string, string>) => {
      const csv = (f.register ?? '').replace(/\.json$/u, '.csv');
      copyFileSync(f.register ?? '', csv);
      f.register = csv;
      return ['template', '--gi-register', csv, '--out', csv];
    }, 'register'],
  ])('%s', async (option, make, key) => {
    const files = copies();
    const args = make(files);
    const target = files[key] ?? '';
    const before = readFileSync(target);
    const r = await runCli(args);
    expect(r.exitCode, r.stderr).toBe(2);
    expect(r.stderr).toContain(`--out ${target} is het bestand van ${option.replace('template ', '')}, dat deze run leest; kies een ander bestand`);
    expect(readFileSync(target)).toEqual(before);
  });
});
