import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Issue, Report } from '../../src/domain/model.js';
import { runCli } from '../helpers.js';
import { FORBIDDEN_TEXT, invariantViolations } from './invariants.js';
import { COUNT_KEYS, giRowsOf, layoutArb, NIDOS, placeOf, render, totalsOf, TWIN_FOLDER, unregisteredName, type Layout } from './layout-mutations.js';

/**
 * Layout mutations of one table (the nulmeting's thirteen GIs, fixtures/layout-clean): a total
 * under any total label at any position, section and blank rows, footnotes, a notes column, Nidos,
 * the GIs over several sheets in any order. Each is either accepted with exactly the twin's figures
 * or — with a total one off or a name the register does not know — refused with the error on that
 * row. Seeded like the other fuzz suite: FUZZ_SEED / FUZZ_RUNS reproduce; `npm run fuzz` runs more.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const SEED = Number(process.env.FUZZ_SEED ?? 20221201);
const TIMEOUT = Math.max(60_000, RUNS * 300);
const params = { numRuns: RUNS, seed: SEED, endOnFailure: true };

type ReportIssue = Issue & { message: string };

async function run(layout: Layout, lang = 'nl'): Promise<{ exitCode: number; report: Report; stderr: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'jbm-layout-'));
  try {
    const file = await render(layout);
    writeFileSync(path.join(dir, file.name), file.bytes);
    const r = await runCli(['compute', dir, '--format', 'json', '--lang', lang]);
    expect(r.stderr, 'a stack trace').not.toMatch(/\n\s+at .+:\d+:\d+/u);
    return { exitCode: r.exitCode, report: JSON.parse(r.stdout) as Report, stderr: r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What must equal the twin's: national figures, monitor GIs, aanleverstatus; no paths; 12 digits. */
function comparable(report: Report): unknown {
  const rounds = report.rounds.map((r) => ({ peildatum: r.peildatum, expected: r.expected, national: r.national, gis: r.gis.filter((g) => !g.outside_national), aanleverstatus: r.aanleverstatus }));
  return JSON.parse(JSON.stringify(rounds, (key, value: unknown) => {
    if (key === 'source') return undefined;
    if (typeof value === 'number' && !Number.isInteger(value)) return Number(value.toPrecision(12));
    return value;
  }));
}

function noForbiddenText(issues: readonly ReportIssue[], stderr: string): void {
  for (const bad of [...FORBIDDEN_TEXT, 'null']) {
    for (const i of issues) expect(i.message, `${bad} in ${i.type}`).not.toContain(bad);
    expect(stderr).not.toContain(bad);
  }
}

/** A copy to change: rows are fresh objects, the GIs they point at stay shared (Nidos by identity). */
const copy = (layout: Layout): Layout => ({ ...layout, sheets: layout.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => ({ ...r })) })) });

const errorsOf = (report: Report) => (report.issues as ReportIssue[]).filter((i) => i.severity === 'error');

let twin: unknown;
beforeAll(async () => {
  const r = await runCli(['compute', `fixtures/${TWIN_FOLDER}`, '--format', 'json']);
  expect(r.exitCode, r.stderr).toBe(0);
  twin = comparable(JSON.parse(r.stdout) as Report);
});

describe('fuzz: table layouts are accepted with the twin\'s figures, or refused on the row', () => {
  it('totals under any label at any position, sections, blanks, footnotes, notes, Nidos, shuffled sheets: the same figures', async () => {
    await fc.assert(fc.asyncProperty(layoutArb, fc.constantFrom('nl', 'en'), async (layout, lang) => {
      const { exitCode, report, stderr } = await run(layout, lang);
      expect(errorsOf(report), stderr).toEqual([]);
      expect(exitCode).toBe(0);
      expect(comparable(report)).toEqual(twin);
      expect(invariantViolations(report)).toEqual([]);
      const nidos = layout.sheets.some((s) => s.rows.some((r) => r.kind === 'gi' && r.gi === NIDOS));
      expect(report.rounds[0]?.gis.filter((g) => g.outside_national).map((g) => g.gi)).toEqual(nidos ? ['Nidos'] : []);
      // Every total was checked (by its label or its sums), never counted.
      const noted = report.issues.filter((i) => i.type === 'row/total-checked' || i.type === 'row/total-by-sums');
      expect(noted).toHaveLength(totalsOf(layout).length);
      noForbiddenText(report.issues as ReportIssue[], stderr);
    }), params);
  }, TIMEOUT);

  it('a total one off in a count column: refused with the error on that cell', async () => {
    const arb = fc.tuple(layoutArb, fc.nat(), fc.nat()).filter(([layout, pick, col]) => {
      const totals = totalsOf(layout);
      const t = totals[pick % Math.max(1, totals.length)];
      return t !== undefined && COUNT_KEYS.some((_, i) => t.row.values[COUNT_KEYS[(col + i) % COUNT_KEYS.length] ?? 'ots'] !== null);
    });
    await fc.assert(fc.asyncProperty(arb, async ([generated, pick, col]) => {
      const layout = copy(generated);
      const totals = totalsOf(layout);
      const t = totals[pick % totals.length];
      if (!t) return;
      const key = [...COUNT_KEYS.keys()].map((i) => COUNT_KEYS[(col + i) % COUNT_KEYS.length] ?? 'ots').find((k) => t.row.values[k] !== null) ?? 'ots';
      // A total by its sums that is one off is no total: then it is an unknown name on that row.
      t.row.values = { ...t.row.values, [key]: (t.row.values[key] ?? 0) + 1 };
      const { exitCode, report, stderr } = await run(layout);
      expect(exitCode, stderr).toBe(1);
      const place = placeOf(layout, t.sheet, t.index);
      const errors = errorsOf(report);
      expect(errors.length, stderr).toBeGreaterThan(0);
      for (const e of errors) {
        expect({ sheet: e.sheet, row: e.row }, stderr).toEqual(place);
        expect(['row/total-mismatch', 'gi/unknown']).toContain(e.type);
      }
      expect(errors.some((e) => (e.type === 'row/total-mismatch' && e.field === key) || e.type === 'gi/unknown'), stderr).toBe(true);
      noForbiddenText(report.issues as ReportIssue[], stderr);
    }), { ...params, numRuns: Math.max(5, Math.round(RUNS / 2)) });
  }, TIMEOUT);

  it('a GI name the register does not know: refused as gi/unknown on that row, never a fourteenth GI', async () => {
    await fc.assert(fc.asyncProperty(layoutArb, fc.nat(), unregisteredName, async (generated, pick, name) => {
      const layout = copy(generated);
      const rows = giRowsOf(layout);
      const target = rows[pick % rows.length];
      if (!target) return;
      target.row.gi = { ...target.row.gi, gi: name };
      const { exitCode, report, stderr } = await run(layout);
      expect(exitCode, stderr).toBe(1);
      expect(errorsOf(report).map((e) => ({ type: e.type, value: e.value, sheet: e.sheet, row: e.row })), stderr)
        .toEqual([{ type: 'gi/unknown', value: name, ...placeOf(layout, target.sheet, target.index) }]);
      noForbiddenText(report.issues as ReportIssue[], stderr);
    }), { ...params, numRuns: Math.max(5, Math.round(RUNS / 2)) });
  }, TIMEOUT);
});
