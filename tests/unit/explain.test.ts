import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../src/domain/indicators.js';
import { runCli } from '../helpers.js';

describe('jbmonitor explain', () => {
  it('explains every indicator of the registry, with a source', async () => {
    const result = await runCli(['explain']);
    expect(result.exitCode).toBe(0);
    for (const def of INDICATORS) {
      expect(result.stdout).toContain(`${def.id} — ${def.label.nl}`);
      expect(def.source, def.id).toBeDefined();
    }
  });

  it('explains one indicator, in English with --lang en', async () => {
    const result = await runCli(['explain', 'organisatieworkload', '--lang', 'en']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('organisatieworkload — Organisation workload');
    expect(result.stdout).toContain('Formula:    Σ measures / Σ available fte (GIs with both)');
    expect(result.stdout).toContain('Precision:  national 1 decimal, per GI 1 decimal');
    expect(result.stdout).not.toContain('formatie_fte');
  });

  it('refuses an unknown indicator with exit 2 and the list of ids', async () => {
    const result = await runCli(['explain', 'caseload']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('onbekende indicator "caseload"');
    expect(result.stderr).toContain('organisatieworkload');
  });
});

describe('--since / --until', () => {
  it('select the rounds of the report', async () => {
    const result = await runCli(['compute', 'fixtures/nulmeting-2022-12-01', 'fixtures/rondes-2023-2024', '--since', '2023-10-01', '--until', '2024-01-01', '--format', 'json']);
    expect(result.exitCode, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { rounds: { peildatum: string }[]; options: Record<string, unknown> };
    expect(report.rounds.map((r) => r.peildatum)).toEqual(['2023-10-01', '2024-01-01']);
    expect(report.options).toMatchObject({ since: '2023-10-01', until: '2024-01-01' });
  });

  it('refuse a bad date or an empty selection (exit 2)', async () => {
    expect((await runCli(['compute', 'fixtures/rondes-2023-2024', '--since', 'gisteren'])).exitCode).toBe(2);
    expect((await runCli(['compute', 'fixtures/rondes-2023-2024', '--since', '2025-01-01'])).exitCode).toBe(2);
    expect((await runCli(['compute', 'fixtures/rondes-2023-2024', '--since', '2024-04-01', '--until', '2023-10-01'])).exitCode).toBe(2);
  });
});
