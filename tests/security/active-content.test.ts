import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/domain/model.js';
import { FIXTURES, runCli } from '../helpers.js';

/** The SVMN fixture with a macro project, an external link and an embedded object added. */
async function armedWorkbook(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(path.join(FIXTURES, 'nulmeting-2022-12-01', 'svmn.xlsx')));
  zip.file('xl/vbaProject.bin', Buffer.from('Attribute VB_Name = "Module1"\nSub Auto_Open(): Shell "calc": End Sub'));
  zip.file('xl/externalLinks/externalLink1.xml', '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></externalLink>');
  zip.file('xl/embeddings/oleObject1.bin', Buffer.alloc(64, 7));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('macros, external links and embedded objects', () => {
  it('reads the cell values only, says what was ignored, and gives the same figures', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jbm-active-'));
    writeFileSync(path.join(dir, 'svmn.xlsm'), await armedWorkbook());
    const armed = await runCli(['compute', dir, '--format', 'json']);
    const clean = await runCli(['compute', 'fixtures/nulmeting-2022-12-01/svmn.xlsx', '--format', 'json']);
    expect(armed.exitCode).toBe(0);
    const a = JSON.parse(armed.stdout) as Report;
    const c = JSON.parse(clean.stdout) as Report;
    expect(a.rounds[0]?.gis[0]?.indicators).toEqual(c.rounds[0]?.gis[0]?.indicators);
    const note = a.issues.find((i) => i.type === 'file/active-content-ignored');
    expect(note?.severity).toBe('info');
    expect(note?.message).toContain('xl/embeddings/oleObject1.bin, xl/externalLinks/externalLink1.xml, xl/vbaProject.bin');
  });
});
