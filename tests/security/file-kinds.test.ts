import { execFileSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseValue } from '../../src/domain/case-rows.js';
import { readInputs } from '../../src/files/inputs.js';
import { NotRegularFileError, openRegular } from '../../src/files/regular-file.js';
import { streamCsv } from '../../src/files/stream-csv.js';
import { streamXlsx } from '../../src/files/stream-xlsx.js';
import { FIXTURES, runCli } from '../helpers.js';
import { runWithResources } from '../support/resource-run.js';

/**
 * Only regular files are read: a named pipe would block or never end, a device never ends, and a
 * file is read no further than the size it had when the run first saw it.
 */
const tmp = () => mkdtempSync(path.join(tmpdir(), 'jbm-kinds-'));
const NULMETING = path.join(FIXTURES, 'nulmeting-2022-12-01');
/** Small inputs, so that each run is quick: one aggregate table, and a case register of three rows. */
const TABLE = path.join(NULMETING, 'landelijke-gis.csv');
function caseRegister(): string {
  const file = path.join(tmp(), 'dossiers.csv');
  writeFileSync(file, 'gi,client_id,maatregel,startdatum\nJeugdbescherming Noord,C1,OTS,2022-01-01\nJeugdbescherming Noord,C2,JR,2022-02-01\n');
  return file;
}

function fifo(dir: string, name: string): string {
  const file = path.join(dir, name);
  execFileSync('mkfifo', [file]);
  return file;
}

describe('a path that is no regular file, in the real process (a regression would hang or grow)', () => {
  it.each([
    ['compute', 'a named pipe', (dir: string) => [fifo(dir, 'aanlevering.csv')]],
    ['validate', 'a named pipe', (dir: string) => [fifo(dir, 'aanlevering.csv')]],
    ['compute', 'a named pipe in a folder, beside a real submission', (dir: string) => {
      fifo(dir, 'pijp.csv');
      copyFileSync(TABLE, path.join(dir, 'gis.csv'));
      return [dir];
    }],
    // Passed as it is: refused by what it is, before a byte is read.
    ['validate', '/dev/zero', () => ['/dev/zero']],
    ['compute', '/dev/zero', () => ['/dev/zero', '--format', 'json']],
  ])('%s with %s: exit 1 within seconds, naming the path', async (command, _what, make) => {
    const dir = tmp();
    const args = make(dir);
    const r = await runWithResources([command, ...args], { timeoutMs: 20_000 });
    expect(r.signal, r.stderr).toBeNull();
    expect(r.exitCode, r.stderr).toBe(1);
    const named = args[0] === dir ? path.join(dir, 'pijp.csv') : args[0] ?? '';
    expect(`${r.stdout}${r.stderr}`).toContain(named);
    expect(`${r.stdout}${r.stderr}`).toContain('Dit is geen gewoon bestand maar een');
    expect(r.peakMb).not.toBeNull();
    expect(r.peakMb ?? Infinity).toBeLessThan(400);
    expect(r.ms).toBeLessThan(15_000);
  }, 30_000);

  it.each([
    ['--gi-register', () => ['compute', TABLE]],
    ['--compare', () => ['compute', TABLE]],
    ['--feestdagen', () => ['validate', caseRegister(), '--peildatum', '2022-12-01', '--werkdagen']],
  ])('%s naming a named pipe: exit 1 naming it', async (option, args) => {
    const pipe = fifo(tmp(), 'bestand');
    const r = await runWithResources([...args(), option, pipe], { timeoutMs: 20_000 });
    expect(r.exitCode, r.stderr).toBe(1);
    expect(`${r.stdout}${r.stderr}`).toContain(`${pipe}: Dit is geen gewoon bestand maar een named pipe (FIFO)`);
  }, 30_000);
});

describe('a path that is no regular file, in-process', () => {
  it.each([
    ['--gi-register', () => ['compute', TABLE]],
    ['--compare', () => ['compute', TABLE]],
    ['--feestdagen', () => ['compute', caseRegister(), '--peildatum', '2022-12-01', '--werkdagen']],
  ])('%s naming a folder: exit 1 naming it, in English too', async (option, args) => {
    const dir = tmp();
    const r = await runCli([...args(), option, dir, '--lang', 'en']);
    expect(r.exitCode, r.stderr).toBe(1);
    expect(r.stderr).toContain(`${dir}: This is not a regular file but a folder; jbmonitor reads regular files only.`);
  });

  it('openRegular refuses a named pipe without waiting for a writer', async () => {
    const pipe = fifo(tmp(), 'p');
    const refused = await openRegular(pipe).then(() => null, (err: unknown) => err);
    expect(refused).toBeInstanceOf(NotRegularFileError);
    expect(refused).toMatchObject({ kind: 'fifo' });
  });

  it('validate lists a refused file under its own name, with the other problems of the run', async () => {
    const dir = tmp();
    fifo(dir, 'pijp.csv');
    writeFileSync(path.join(dir, 'leeg.csv'), '');
    const r = await runCli(['validate', dir, '--format', 'json']);
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(r.stdout) as { files: string[]; issues: { type: string; file: string }[] };
    expect(report.files).toEqual([path.join(dir, 'leeg.csv'), path.join(dir, 'pijp.csv')]);
    expect(report.issues.map((i) => [i.type, path.basename(i.file)])).toEqual(expect.arrayContaining([['file/empty', 'leeg.csv'], ['file/not-regular', 'pijp.csv']]));
  });
});

describe('a file read no further than the size first seen', () => {
  const header = 'gi,client_id,maatregel,startdatum\n';
  const row = (i: number) => `Jeugdbescherming Noord,C${i},OTS,2022-01-01\n`;

  async function streamRows(file: string, size: number, onRow?: () => void): Promise<CaseValue[][]> {
    const rows: CaseValue[][] = [];
    await streamCsv(file, { sheet: () => undefined, row: (values) => { rows.push(values); onRow?.(); } }, undefined, size);
    return rows;
  }

  it('a case CSV that grows after it was first seen is streamed up to that size', async () => {
    const file = path.join(tmp(), 'dossiers.csv');
    writeFileSync(file, header + row(1) + row(2));
    const seen = statSync(file).size;
    appendFileSync(file, row(3) + row(4));
    expect((await streamRows(file, seen)).map((r) => r[1])).toEqual(['client_id', 'C1', 'C2']);
  });

  it('a case CSV that grows while it is streamed stops at the size it had at the start', async () => {
    const file = path.join(tmp(), 'dossiers.csv');
    // More than one 1 MB chunk, so the stream is still reading when rows are appended.
    const rows = Array.from({ length: 40_000 }, (_, i) => row(i)).join('');
    writeFileSync(file, header + rows);
    const seen = statSync(file).size;
    let appended = false;
    const read = await streamRows(file, seen, () => {
      if (!appended) appendFileSync(file, row(99_999).repeat(50_000));
      appended = true;
    });
    expect(appended).toBe(true);
    expect(read).toHaveLength(40_001);
    expect(read.at(-1)?.[1]).toBe('C39999');
  });

  it('a case workbook is streamed no further than the size first seen', async () => {
    const file = path.join(tmp(), 'dossiers.xlsx');
    const bytes = readFileSync(path.join(FIXTURES, 'cases-2022-12-01', 'leger-des-heils.xlsx'));
    writeFileSync(file, bytes);
    let rows = 0;
    const sink = { sheet: () => undefined, row: () => { rows++; } };
    const whole = await streamXlsx(file, sink, undefined, undefined, bytes.length);
    expect(rows).toBeGreaterThan(1);
    appendFileSync(file, Buffer.alloc(4096, 0x41));
    rows = 0;
    const again = await streamXlsx(file, sink, undefined, undefined, bytes.length);
    expect(again.sha256).toBe(whole.sha256);
  });

  it('a submission is read no further than the size first seen', async () => {
    const dir = tmp();
    const file = path.join(dir, 'gis.csv');
    copyFileSync(path.join(NULMETING, 'landelijke-gis.csv'), file);
    const seen = statSync(file).size;
    const before = await readInputs([{ path: 'gis.csv', absolute: file, size: seen }]);
    appendFileSync(file, 'Jeugdbescherming Limburg;1;2;3\n');
    const after = await readInputs([{ path: 'gis.csv', absolute: file, size: seen }]);
    expect(after.inputs).toEqual(before.inputs);
    expect(after.files[0]?.sheets[0]?.rows).toEqual(before.files[0]?.sheets[0]?.rows);
  });
});
