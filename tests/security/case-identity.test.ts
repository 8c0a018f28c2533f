import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

/**
 * A file with a client-number column is a case-level register, whatever else its header says. Read
 * as an aggregate form instead (its OTS/voogdij cells look like labels), its client numbers would be
 * quoted as "not a number" — found by the fuzz suite.
 */
describe('a register whose header lost its startdatum', () => {
  it('is refused as a case file with a column error, and never quotes a client number', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jbm-case-id-'));
    writeFileSync(path.join(dir, 'dossiers.csv'), [
      'maatregel,client_id,gi,F}fN6a,einddatum,toewijzingsdatum,interne_wachtlijst_sinds,x',
      'OTS,KJB-0001,Jeugdbescherming Brabant,2022-11-01,,2022-11-03,,',
      'voogdij,KJB-0002,Jeugdbescherming Brabant,2022-11-20,,,,',
    ].join('\n'));
    const r = await runCli(['compute', dir, '--peildatum', '2022-12-01', '--format', 'json']);
    expect(r.exitCode).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(/KJB-000/u);
    expect(r.stdout).toContain('"type": "case/missing-column"');
    expect(r.stdout).toContain('De kolom Startdatum ontbreekt in dit dossierbestand.');
  });
});
