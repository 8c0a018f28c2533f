import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_IDS } from '../../src/render/formats.js';
import { runCli } from '../helpers.js';
import { decodeXlsx } from '../golden/decode-xlsx.js';
import { CASE_HEADER, tempDir, writeWorkbook } from '../support/workbooks.js';

/**
 * No BSN-like value reaches any output: a BSN as a file name, a sheet name, a column header or a
 * GI name of a case file, in any notation, is hidden as "(verborgen)" / "(hidden)" in every
 * report format, the messages on stderr and the validate summaries.
 */

const NOTATIONS = ['123456782', '123.456.782', '123 456 782', 'BSN111222333'];
/** Any of the BSNs used here, in any notation (and the bare digits of each). */
const LEAK = /123\D?456\D?782|111\D?222\D?333/u;

async function outputs(args: string[]): Promise<{ code: number; text: string }[]> {
  const runs: { code: number; text: string }[] = [];
  for (const format of FORMAT_IDS) {
    const r = await runCli(['compute', ...args, '--format', format]);
    const stdout = format === 'xlsx' && r.stdoutBytes.length > 0 ? await decodeXlsx(r.stdoutBytes) : r.stdout;
    runs.push({ code: r.exitCode, text: `${format}\n${stdout}\n${r.stderr}` });
  }
  for (const format of ['table', 'json']) {
    const r = await runCli(['validate', ...args, '--format', format]);
    runs.push({ code: r.exitCode, text: `validate ${format}\n${r.stdout}\n${r.stderr}` });
  }
  return runs;
}

const rows = (gi: string, n: number, from = 0) => Array.from({ length: n }, (_, i) => `${gi};K${from + i};OTS;1-3-2022;;2-3-2022;x`);

describe('a BSN in names and headers (a valid run): hidden in every format', () => {
  it('file name, sheet name and column header', async () => {
    const dir = tempDir('bsn-names');
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in', '123456782.csv'), [[...CASE_HEADER, '123.456.782'].join(';'), ...rows('Jeugdbescherming Noord', 3)].join('\n'));
    await writeWorkbook(path.join(dir, 'in', 'dossiers.xlsx'), [{
      name: 'BSN 111222333', rows: [[...CASE_HEADER, 'BSN111222333'], ['Jeugdbescherming Gelderland', 'K1', 'OTS', new Date(Date.UTC(2022, 2, 1)), null, null, 'x']],
    }]);
    const runs = await outputs([path.join(dir, 'in'), '--peildatum', '2022-12-01']);
    for (const run of runs) {
      expect(run.code, run.text.slice(0, 2000)).toBe(0);
      expect(run.text).not.toMatch(LEAK);
    }
    expect(runs.find((r) => r.text.startsWith('validate table'))?.text).toContain('in/(verborgen).csv');
    const en = await runCli(['validate', path.join(dir, 'in'), '--peildatum', '2022-12-01', '--lang', 'en']);
    expect(en.stdout).toContain('Column (hidden) is unknown and ignored.');
  });
});

describe('a BSN in a case file\'s GI column: refused, and never listed as a GI', () => {
  it.each(NOTATIONS)('%s', async (bsn) => {
    const dir = tempDir('bsn-gi');
    writeFileSync(path.join(dir, 'dossiers.csv'), [[...CASE_HEADER, 'Opmerking'].join(';'), ...rows(bsn, 2), ...rows('Jeugdbescherming Noord', 2, 2)].join('\n'));
    const runs = await outputs([dir, '--peildatum', '2022-12-01']);
    for (const run of runs) {
      expect(run.code).toBe(1);
      expect(run.text).not.toMatch(LEAK);
    }
    const validate = await runCli(['validate', dir, '--peildatum', '2022-12-01', '--format', 'json']);
    const report = JSON.parse(validate.stdout) as { submissions: { gi: string }[]; issues: { type: string; row: number; column: string }[] };
    expect(report.submissions.map((s) => s.gi)).toEqual(['Jeugdbescherming Noord']);
    expect(report.issues.filter((i) => i.type === 'case/bsn-value').map((i) => [i.row, i.column])).toEqual([[2, 'Naam GI'], [3, 'Naam GI']]);
  });
});

describe('the BSN guard finds a BSN column in every notation', () => {
  it.each(NOTATIONS.map((n) => [n]))('%s', async (notation) => {
    const dir = tempDir('bsn-column');
    // Twenty-five different BSNs, each written in the notation of the case.
    const bsns: string[] = [];
    for (let x = 100_000_000; bsns.length < 25; x++) {
      const d = String(x);
      let sum = 0;
      for (let i = 0; i < 8; i++) sum += (9 - i) * Number(d[i]);
      if ((sum - Number(d[8])) % 11 === 0) bsns.push(d);
    }
    const write = (d: string) => notation.startsWith('BSN') ? `BSN${d}` : notation.includes('.') ? `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}` : notation.includes(' ') ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` : d;
    writeFileSync(path.join(dir, 'dossiers.csv'), [['Naam GI', 'Cliëntnummer', 'Maatregel', 'Startdatum', 'Kenmerk'].join(';'), ...bsns.map((b, i) => `Jeugdbescherming Noord;K${i};OTS;1-3-2022;${write(b)}`)].join('\n'));
    const r = await runCli(['validate', dir, '--peildatum', '2022-12-01', '--format', 'json']);
    expect(r.exitCode).toBe(1);
    expect((JSON.parse(r.stdout) as { issues: { type: string; column: string }[] }).issues.filter((i) => i.type === 'case/bsn-column').map((i) => i.column)).toEqual(['Kenmerk']);
  });
});
