import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import type { Report } from '../../src/domain/model.js';
import { FIELDS } from '../../src/domain/fields.js';
import { runCli } from '../helpers.js';
import { describeWithClient, findBinary } from './clients.js';

/**
 * The uitvraag as a GI meets it: LibreOffice opens the template (with its input checks and the
 * GI dropdown), the GI's figures are filled in, LibreOffice saves it again, and jbmonitor reads the
 * re-saved workbook (written by another program than ours) to exactly those figures.
 */
const SOFFICE = findBinary(['soffice', 'libreoffice']);
const FILLED: Partial<Record<string, number>> = {
  formatie_fte: 154.6, beschikbaarheid: 0.812, ots: 1194, voogdij: 546, jr: 283, maatregelen_totaal: 2023,
  wachtlijst_start: 60, wachtdagen_start: 21, interne_wachtlijst: 90, personeelsverloop: 0.158,
};

function soffice(binary: string, args: string[]): void {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'jbmonitor-lo-'));
  try {
    execFileSync(binary, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', ...args], { stdio: 'pipe', timeout: 120_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

describeWithClient('the uitvraag template in LibreOffice', SOFFICE, 'apt-get install libreoffice-calc-nogui', (binary) => {
  it('keeps its input checks and dropdown, and computes to the figures filled in after a re-save', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'jbm-template-e2e-'));
    const made = await runCli(['template', '--out', path.join(dir, 'uitvraag.xlsx'), '--gi', 'JB Noord', '--peildatum', '2024-10-01']);
    expect(made.exitCode, made.stderr).toBe(0);

    soffice(binary, ['--convert-to', 'fods', '--outdir', dir, path.join(dir, 'uitvraag.xlsx')]);
    const fods = readFileSync(path.join(dir, 'uitvraag.fods'), 'utf8');
    expect(fods).toMatch(/<table:content-validation /u);
    expect(fods).toContain('Jeugdbescherming Noord');
    expect(fods).toContain('Formatie jeugdbeschermers (fte)');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'uitvraag.xlsx'));
    const form = wb.getWorksheet('Uitvraag');
    if (!form) throw new Error('the template has no Uitvraag sheet');
    FIELDS.forEach((def, i) => {
      const value = FILLED[def.key];
      if (value !== undefined) form.getCell(5 + i, 2).value = value;
    });
    await wb.xlsx.writeFile(path.join(dir, 'ingevuld.xlsx'));
    const resaved = path.join(dir, 'opgeslagen');
    mkdirSync(resaved);
    soffice(binary, ['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', resaved, path.join(dir, 'ingevuld.xlsx')]);

    const r = await runCli(['compute', resaved, '--format', 'json']);
    expect(r.exitCode, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    const round = report.rounds[0];
    expect(round?.peildatum).toBe('2024-10-01');
    const gi = round?.gis[0];
    expect(gi?.gi).toBe('Jeugdbescherming Noord');
    expect(gi?.indicators.formatie_fte?.value).toBe(154.6);
    expect(gi?.indicators.beschikbare_fte?.value).toBeCloseTo(154.6 * 0.812, 9);
    expect(gi?.indicators.maatregelen_totaal?.value).toBe(2023);
    expect(gi?.indicators.wachtlijst_start?.value).toBe(60);
    expect(gi?.indicators.personeelsverloop?.value).toBeCloseTo(0.158, 12);
    rmSync(dir, { recursive: true, force: true });
  });
});
