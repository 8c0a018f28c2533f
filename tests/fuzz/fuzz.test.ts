import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/domain/model.js';
import { FORMATS } from '../../src/render/formats.js';
import { FIXTURES, runCli } from '../helpers.js';
import { FORBIDDEN_TEXT, invariantViolations } from './invariants.js';
import { applyBytes, applyOps, BASE_CASES, BASE_TABLE, byteOp, cellValue, tableOp, tableOpFor, toCsv } from './mutations.js';
import { applyXmlOps, xmlOp } from './xml-mutations.js';
import { workbookParts } from '../support/zip.js';

/**
 * Property tests on mutated submissions. Bounded in `npm test`; `npm run fuzz` runs 10,000+ cases.
 * Seeded: a failure prints its seed and path, and FUZZ_SEED / FUZZ_RUNS reproduce it.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const SEED = Number(process.env.FUZZ_SEED ?? 20221201);
const TIMEOUT = Math.max(60_000, RUNS * 400);
const FORMAT_IDS = FORMATS.map((f) => f.id);
const format = fc.constantFrom(...FORMAT_IDS);
const lang = fc.constantFrom('nl', 'en');

/**
 * Run compute on one file and check everything that must hold for any input. `typed` is the text
 * that went into the cells (echoed data such as a GI named "NaN" is not a computed NaN).
 */
async function checkRun(name: string, bytes: Buffer, fmt: string, language: string, typed = bytes.toString('latin1'), extra: string[] = []): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'jbm-fuzz-'));
  try {
    writeFileSync(path.join(dir, name), bytes);
    const r = await runCli(['compute', dir, '--format', fmt, '--lang', language, ...extra]);
    expect([0, 1, 2], r.stderr).toContain(r.exitCode);
    expect(r.stderr, 'a stack trace').not.toMatch(/\n\s+at .+:\d+:\d+/u);
    const input = typed.toLowerCase();
    const isBinary = r.stdoutBytes.subarray(0, 2).toString('latin1') === 'PK';
    for (const bad of FORBIDDEN_TEXT) {
      if (input.includes(bad.toLowerCase())) continue; // echoed data, e.g. a GI named "NaN"
      if (!isBinary) expect(r.stdout, `${bad} in ${fmt} output`).not.toContain(bad);
      expect(r.stderr, `${bad} in messages`).not.toContain(bad);
    }
    if (r.exitCode === 1) expect(r.stderr.length + r.stdout.length, 'exit 1 without a message').toBeGreaterThan(0);
    if (r.exitCode === 0) {
      const json = fmt === 'json' ? r : await runCli(['compute', dir, '--format', 'json', ...extra]);
      const report = JSON.parse(json.stdout) as Report;
      expect(invariantViolations(report)).toEqual([]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const params = { numRuns: RUNS, seed: SEED, endOnFailure: true };

describe('fuzz: mutated submissions never crash, leak or lie', () => {
  it('CSV tables with changed cells, rows and columns', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(tableOp, { minLength: 1, maxLength: 5 }), fc.constantFrom(';' as const, ',' as const), fc.boolean(), format, lang,
      async (ops, delimiter, latin1, fmt, language) => {
        const text = toCsv(applyOps(BASE_TABLE, ops), delimiter);
        await checkRun('gi.csv', latin1 ? Buffer.from(text, 'latin1') : Buffer.from(text, 'utf8'), fmt, language);
      }), params);
  }, TIMEOUT);

  it('case-level registers with changed cells, rows and columns, never echoing a client id', async () => {
    const ids = BASE_CASES.slice(1).map((r) => r[1] ?? '');
    await fc.assert(fc.asyncProperty(
      fc.array(tableOpFor(BASE_CASES.length, 8), { minLength: 1, maxLength: 5 }), fc.boolean(), format, lang,
      async (ops, werkdagen, fmt, language) => {
        const rows = applyOps(BASE_CASES, ops);
        const text = toCsv(rows, ',');
        const extra = ['--peildatum', '2022-12-01', ...(werkdagen ? ['--werkdagen'] : [])];
        await checkRun('dossiers.csv', Buffer.from(text, 'utf8'), fmt, language, text, extra);
        // While the header still declares the client-number column, no client id may appear in
        // any output. (With the header gone nothing marks them: they are then figure cells.)
        if (!rows.some((row) => row.includes('client_id'))) return;
        const dir = mkdtempSync(path.join(tmpdir(), 'jbm-fuzz-ids-'));
        try {
          writeFileSync(path.join(dir, 'dossiers.csv'), text);
          const r = await runCli(['compute', dir, '--format', 'json', ...extra]);
          for (const id of ids) if (rows.some((row) => row[1] === id)) expect(r.stdout + r.stderr, `client id ${id} leaked`).not.toContain(id);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }), params);
  }, TIMEOUT);

  it('truncated and bit-flipped CSV and xlsx bytes', async () => {
    const csv = Buffer.from(toCsv(BASE_TABLE, ';'), 'utf8');
    const xlsx = readFileSync(path.join(FIXTURES, 'nulmeting-2022-12-01', 'jb-noord.xlsx'));
    await fc.assert(fc.asyncProperty(
      fc.boolean(), fc.array(byteOp, { minLength: 1, maxLength: 4 }), format, lang,
      async (isXlsx, ops, fmt, language) => {
        await checkRun(isXlsx ? 'gi.xlsx' : 'gi.csv', applyBytes(isXlsx ? xlsx : csv, ops), fmt, language);
      }), params);
  }, TIMEOUT);

  it('xlsx forms with cells changed to text, huge or negative numbers, errors and formulas', async () => {
    const base = readFileSync(path.join(FIXTURES, 'nulmeting-2022-12-01', 'jb-noord.xlsx'));
    const xlsxValue = fc.oneof(
      cellValue,
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.constantFrom({ formula: '1/0', result: { error: '#DIV/0!' } }, { formula: 'B5*2' }, { richText: [{ text: '12' }, { text: '3' }] }, true, new Date(Date.UTC(2022, 11, 1)), null),
    );
    await fc.assert(fc.asyncProperty(
      fc.array(fc.record({ row: fc.integer({ min: 1, max: 20 }), col: fc.integer({ min: 1, max: 3 }), value: xlsxValue }), { minLength: 1, maxLength: 4 }), format, lang,
      async (changes, fmt, language) => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(base as unknown as ArrayBuffer);
        const ws = wb.worksheets[0];
        if (!ws) throw new Error('fixture has no sheet');
        for (const c of changes) ws.getCell(c.row, c.col).value = c.value as ExcelJS.CellValue;
        await checkRun('gi.xlsx', Buffer.from(await wb.xlsx.writeBuffer()), fmt, language, JSON.stringify(changes));
      }), { ...params, numRuns: Math.max(5, Math.round(RUNS / 3)) });
  }, TIMEOUT);

  it('xlsx forms with mutated XML and zip structure: the clean figures, or a refusal of that file', async () => {
    const base = readFileSync(path.join(FIXTURES, 'nulmeting-2022-12-01', 'jb-noord.xlsx'));
    const parts = await workbookParts(base);
    const figures = async (bytes: Buffer) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'jbm-fuzz-xml-'));
      try {
        writeFileSync(path.join(dir, 'gi.xlsx'), bytes);
        return await runCli(['compute', '.', '--format', 'json'], { cwd: dir });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
    const clean = await figures(base);
    const cleanRounds = (JSON.parse(clean.stdout) as Report).rounds;
    await fc.assert(fc.asyncProperty(fc.array(xmlOp, { minLength: 1, maxLength: 3 }), async (ops) => {
      const r = await figures(applyXmlOps(parts, ops));
      expect([0, 1], r.stderr).toContain(r.exitCode);
      expect(r.stderr, 'a stack trace').not.toMatch(/\n\s+at .+:\d+:\d+/u);
      const report = JSON.parse(r.stdout) as Report;
      if (r.exitCode === 0) expect(report.rounds, 'other figures').toEqual(cleanRounds);
      else expect(report.issues.some((i) => i.severity === 'error' && i.file === 'gi.xlsx'), 'an error located in the file').toBe(true);
    }), { ...params, numRuns: Math.max(10, Math.round(RUNS / 2)) });
  }, TIMEOUT);
});

