import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/read/csv.js';
import { FIXTURES, runCli } from '../helpers.js';

/**
 * The notation of hand-written numbers, decided per file: an unambiguous number decides it, and so
 * does a count whose other reading would be a fraction ("1.765" children can only be 1765). With
 * nothing deciding, an ambiguous number is an error until --decimal says which notation holds.
 */
interface Case {
  what: string;
  folder: string;
  args?: string[];
  exit: 0 | 1;
  /** National figures expected on the round's peildatum (exit 0). */
  figures?: Record<string, number>;
  peildatum?: string;
  /** Issue types expected (exit 1). */
  errors?: string[];
}

const CASES: Case[] = [
  {
    what: 'a Windows-1252 CSV of client counts only: "1.765" can only be 1765', folder: 'input-counts-windows-1252',
    exit: 0, peildatum: '2024-01-01', figures: { maatregelen_totaal: 1765 },
  },
  {
    what: '--decimal point overrides the counts: 1,765 children are refused', folder: 'input-counts-windows-1252', args: ['--decimal', 'point'],
    exit: 1, errors: ['cell/fractional-count'],
  },
  {
    what: 'fte only ("1.274"): nothing decides, refused', folder: 'input-decimal-ambiguous',
    exit: 1, errors: ['cell/ambiguous-number', 'cell/ambiguous-number'],
  },
  {
    what: '--decimal comma reads "1.274" fte as 1274', folder: 'input-decimal-ambiguous', args: ['--decimal', 'comma'],
    exit: 0, peildatum: '2022-12-01', figures: { formatie_fte: 1274, beschikbare_fte: 1013 },
  },
  {
    what: '--decimal point reads "1.274" fte as 1,274', folder: 'input-decimal-ambiguous', args: ['--decimal', 'point'],
    exit: 0, peildatum: '2022-12-01', figures: { formatie_fte: 1.274, beschikbare_fte: 1.013 },
  },
];

interface Json {
  rounds?: { peildatum: string; national: Record<string, { value: number | null } | undefined> }[];
  issues: { type: string; severity: string }[];
}

describe('the file notation: decided by unambiguous numbers and by counts', () => {
  for (const c of CASES) {
    it(c.what, async () => {
      const args = [`fixtures/${c.folder}`, ...(c.args ?? []), '--format', 'json'];
      if (c.exit === 0) {
        const r = await runCli(['compute', ...args]);
        expect(r.exitCode, r.stderr).toBe(0);
        const report = JSON.parse(r.stdout) as Json;
        const round = report.rounds?.[0];
        expect(round?.peildatum).toBe(c.peildatum);
        for (const [key, value] of Object.entries(c.figures ?? {})) expect([key, round?.national[key]?.value]).toEqual([key, value]);
        expect(report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
      } else {
        const r = await runCli(['validate', ...args]);
        expect(r.exitCode).toBe(1);
        const report = JSON.parse(r.stdout) as Json;
        expect(report.issues.filter((i) => i.severity === 'error').map((i) => i.type)).toEqual(c.errors);
      }
    });
  }
  it('the counts file is really Windows-1252, as Dutch Excel saves it', () => {
    const { text, encoding } = decodeText(readFileSync(path.join(FIXTURES, 'input-counts-windows-1252', 'clienten.csv')));
    expect(encoding).toBe('windows-1252');
    expect(text).toContain('Cliënten per GI');
    expect(text).toContain('Jeugdbescherming Noord;1-1-2024;1.765');
  });
});
