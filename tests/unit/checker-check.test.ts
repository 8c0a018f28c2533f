import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles, type PageFile } from '../../src/browser/check.js';
import { inflateRawChunks } from '../../src/files/inflate.js';
import { sha256 } from '../../src/files/hash.js';
import { FIXTURES } from '../helpers.js';
import { FOLDER_OPTIONS, folderFiles, pageRegister, sameFields, validateJson } from '../support/checker-fixtures.js';

/**
 * The check page's run (browser/check.ts) in Node, with Node's inflate and hash: the same issues
 * as `jbmonitor validate --format json` in the folder of the files. The e2e test does every
 * fixture folder in Chromium; these few keep the shared path honest in `npm test`.
 */
const pageFiles = (folder: string): PageFile[] => folderFiles(folder).map((name) => {
  const bytes = readFileSync(path.join(FIXTURES, folder, name));
  return { name, size: bytes.length, bytes: () => Promise.resolve(bytes) };
});

const edge = { inflate: inflateRawChunks, sha256: (b: Uint8Array) => Promise.resolve(sha256(b)) };

describe('the check page runs the same checks as validate', () => {
  it.each([
    'input-clean', 'input-percent-bare', 'refuse-duplicate', 'refuse-legacy-xls', 'refuse-truncated-xlsx',
    'refuse-wrong-notation', 'input-peildatum-option', 'input-gi-register', 'input-decimal-ambiguous', 'layout-own-report', 'plausibility-change',
  ])('%s', async (folder) => {
    const options = FOLDER_OPTIONS[folder] ?? {};
    const extra = options.giRegister ? path.join(FIXTURES, folder, options.giRegister) : undefined;
    const page = await checkFiles(pageFiles(folder), { decimal: options.decimal ?? null, peildatum: options.peildatum ?? null, register: await pageRegister(extra) }, edge);
    for (const lang of ['nl', 'en'] as const) {
      const cli = await validateJson(folder, folderFiles(folder), lang, options);
      expect(sameFields(page.issues[lang])).toEqual(sameFields(cli.issues));
      expect(page.valid).toBe(cli.valid);
      expect(page.issues[lang].map((i) => i.message).join('\n')).not.toMatch(/--[a-z]/u);
    }
  });

  it('shows a bare percentage as it will be counted', async () => {
    const page = await checkFiles(pageFiles('input-percent-bare'), { decimal: null, peildatum: null, register: await pageRegister() }, edge);
    const rate = page.submissions[0]?.figures.find((f) => f.key === 'beschikbaarheid');
    expect(rate?.seen?.nl).toMatch(/^\d+(,\d+)?$/u);
    expect(rate?.counted?.nl).toBe(`${rate?.seen?.nl ?? ''}%`);
  });
});
