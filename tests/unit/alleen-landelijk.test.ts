import { reportText } from './render-helpers.js';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/domain/model.js';
import { FORMATS } from '../../src/render/formats.js';
import { runCli } from '../helpers.js';

/**
 * --alleen-landelijk leaves out every per-GI part in every format. Samen Veilig Midden-Nederland
 * delivered every figure, so it never appears in a national "missing" list either: its name
 * must not appear at all.
 */
const GI = 'Samen Veilig Midden-Nederland';


describe('--alleen-landelijk', () => {
  for (const format of FORMATS) {
    it(`${format.id}: no per-GI part`, async () => {
      const full = await runCli(['compute', 'fixtures/nulmeting-2022-12-01', '--format', format.id]);
      const national = await runCli(['compute', 'fixtures/nulmeting-2022-12-01', '--format', format.id, '--alleen-landelijk']);
      expect(national.exitCode, national.stderr).toBe(0);
      // tekst names only the GIs that missed something; SVMN missed nothing.
      if (format.id !== 'tekst') expect(await reportText(full.stdoutBytes, Boolean(format.binary))).toContain(GI);
      if (format.id === 'json') {
        // The JSON keeps `expected` (the national denominator); the per-GI parts are empty.
        const report = JSON.parse(national.stdout) as Report;
        expect(report.rounds.every((r) => r.gis.length === 0 && r.aanleverstatus.length === 0)).toBe(true);
        expect(report.issues).toEqual([]);
        expect(report.options.alleen_landelijk).toBe(true);
        return;
      }
      const text = await reportText(national.stdoutBytes, Boolean(format.binary));
      expect(text).not.toContain(GI);
      expect(text).toMatch(/33\.?859/u);
    });
  }
});
