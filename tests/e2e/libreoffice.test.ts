import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { Report } from '../../src/domain/model.js';
import { INDICATORS } from '../../src/domain/indicators.js';
import { labelOf } from '../../src/render/labels.js';
import { PER_GI_DEFS } from '../../src/render/report-rows.js';
import { runCli } from '../helpers.js';
import { describeWithClient, findBinary } from './clients.js';
import { readFods, type FodsCell } from './fods.js';

/**
 * LibreOffice opens the xlsx and the csv: the raw cell values it reads back are numbers (not
 * text) and equal the JSON's values (the csv to the precision written: 15 significant digits).
 */
const SOFFICE = findBinary(['soffice', 'libreoffice']);
const SCENARIOS = ['fixtures/nulmeting-2022-12-01', 'fixtures/twee-peildata'];

function convert(soffice: string, file: string, outDir: string, filter?: string): FodsCell[][][] & { sheets: Map<string, FodsCell[][]> } {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'jbmonitor-lo-'));
  try {
    // A private profile per run: two soffice processes never share (and lock) one.
    execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', ...(filter ? [`--infilter=${filter}`] : []), '--convert-to', 'fods', '--outdir', outDir, file], { stdio: 'pipe', timeout: 120_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const fods = path.join(outDir, `${path.basename(file, path.extname(file))}.fods`);
  const sheets = readFods(readFileSync(fods, 'utf8'));
  return Object.assign([...sheets.values()], { sheets });
}

function expectNumber(cell: FodsCell | undefined, expected: number | null, where: string, relative: number): void {
  if (expected === null) {
    expect(cell?.type ?? null, `${where}: empty`).toBeNull();
    return;
  }
  expect(cell?.type, `${where}: a number, not text (${cell?.text ?? ''})`).toMatch(/^(float|percentage)$/u);
  const got = Number(cell?.value);
  expect(Math.abs(got - expected), `${where}: ${got} ≠ ${expected}`).toBeLessThanOrEqual(Math.abs(expected) * relative + 1e-12);
}

describeWithClient('LibreOffice reads the xlsx and csv reports', SOFFICE, 'apt-get install -y libreoffice-calc-nogui', (soffice) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jbmonitor-e2e-'));
  const reports = new Map<string, Report>();

  beforeAll(async () => {
    for (const [n, scenario] of SCENARIOS.entries()) {
      for (const lang of ['nl', 'en'] as const) {
        const base = path.join(dir, `${n}-${lang}`);
        mkdirSync(base, { recursive: true });
        for (const ext of ['json', 'xlsx', 'csv']) {
          const r = await runCli(['compute', scenario, '--lang', lang, '--out', path.join(base, `report.${ext}`)]);
          expect(r.exitCode, r.stderr).toBe(0);
        }
        reports.set(`${n}-${lang}`, JSON.parse(readFileSync(path.join(base, 'report.json'), 'utf8')) as Report);
      }
    }
  });

  for (const [n, scenario] of SCENARIOS.entries()) {
    for (const lang of ['nl', 'en'] as const) {
      it(`${scenario} xlsx (${lang}): every national and per-GI figure is a number equal to the JSON`, () => {
        const report = reports.get(`${n}-${lang}`);
        if (!report) throw new Error('no report');
        const { sheets } = convert(soffice, path.join(dir, `${n}-${lang}`, 'report.xlsx'), path.join(dir, `${n}-${lang}`, 'xlsx'));
        const national = sheets.get(lang === 'nl' ? 'Landelijk' : 'National') ?? [];
        let checked = 0;
        for (const round of report.rounds) {
          for (const def of INDICATORS) {
            const row = national.find((r) => rowDate(r[0]) === round.peildatum && r[1]?.text === labelOf(def, lang));
            // The peildatum is a real date cell, shown in words.
            expect(row?.[0]?.date?.slice(0, 10), `${round.peildatum} is a date cell`).toBe(round.peildatum);
            expect(row, `${round.peildatum} ${def.id} row`).toBeDefined();
            const v = round.national[def.id];
            expectNumber(row?.[2], v?.value ?? null, `${round.peildatum} ${def.id}`, 1e-14);
            // A lower bound is marked by the number format only: the cell stays a number.
            if (v?.value != null) expect(row?.[2]?.text.startsWith(lang === 'nl' ? 'ten minste ' : 'at least '), `${def.id}: ${row?.[2]?.text ?? ''}`).toBe(v.lower_bound);
            checked++;
          }
          const perGi = sheets.get('Per GI') ?? [];
          for (const g of round.gis) {
            const row = perGi.find((r) => rowDate(r[0]) === round.peildatum && r[1]?.text === g.gi);
            PER_GI_DEFS.forEach((def, i) => expectNumber(row?.[i + 2], g.indicators[def.id]?.value ?? null, `${g.gi} ${def.id}`, 1e-14));
          }
        }
        expect(checked).toBeGreaterThan(20);
        expect(sheets.has(lang === 'nl' ? 'Bronnen' : 'Sources')).toBe(true);
        expect(sheets.has('Trend')).toBe(report.rounds.length > 1);
      });

      it(`${scenario} csv (${lang}): the national rows arrive as numbers equal to the JSON (15 significant digits)`, () => {
        const report = reports.get(`${n}-${lang}`);
        if (!report) throw new Error('no report');
        // LibreOffice's CSV filter: separator, quote, UTF-8 (76), first line, column types, locale (nl-NL / en-GB).
        const filter = lang === 'nl' ? 'CSV:59,34,76,1,,1043' : 'CSV:44,34,76,1,,2057';
        const [rows = []] = convert(soffice, path.join(dir, `${n}-${lang}`, 'report.csv'), path.join(dir, `${n}-${lang}`, 'csv'), filter);
        for (const round of report.rounds) {
          const row = rows.find((r) => r[1]?.text === (lang === 'nl' ? 'landelijk' : 'national') && rowDate(r[0]) === round.peildatum);
          expect(row, `national row ${round.peildatum}`).toBeDefined();
          INDICATORS.forEach((def, i) => expectNumber(row?.[i + 3], round.national[def.id]?.value ?? null, `${round.peildatum} ${def.id}`, 1e-13));
        }
      });
    }
  }
});

/** The peildatum column: LibreOffice may read 2022-12-01 as a date (value 2022-12-01) or keep it as text. */
function rowDate(cell: FodsCell | undefined): string {
  return (cell?.date ?? cell?.text ?? '').slice(0, 10);
}

