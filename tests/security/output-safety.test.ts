import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { FORMATS } from '../../src/render/formats.js';
import { runCli } from '../helpers.js';
import JSZip from 'jszip';
import { decodeDocx } from '../golden/decode-docx.js';

/**
 * Hostile GI names and free-text columns through every format in the registry: formulas are
 * neutralised in spreadsheets, HTML is escaped and loads nothing from outside, and free text and
 * client numbers never reach any output.
 */
const INPUT = 'fixtures/vijandige-namen';
/** The hostile names are registered: an unregistered name is an error, never a GI. */
const REGISTER = ['--gi-register', 'fixtures/vijandige-namen/vijandige-register.json'];
const LEAKS = ['111222333', 'Jan Jansen', 'C-12345', 'C-67890', '0612345678'];
const FORMULA_START = /^[=+\-@]/u;

async function xlsxCells(bytes: Buffer): Promise<{ text: string[]; formulas: number }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const text: string[] = [];
  let formulas = 0;
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
    if (cell.formula) formulas++;
    if (typeof cell.value === 'string') text.push(cell.value);
    else if (cell.value && typeof cell.value === 'object' && 'richText' in cell.value) text.push(cell.value.richText.map((r) => r.text).join(''));
  })));
  return { text, formulas };
}

/** A Word report: its text, its fields and links, and the formulas of its charts' workbooks. */
async function docxParts(bytes: Buffer): Promise<{ text: string; fieldsOrLinks: string[]; formulas: number }> {
  const zip = await JSZip.loadAsync(bytes);
  const fieldsOrLinks: string[] = [];
  let formulas = 0;
  for (const name of Object.keys(zip.files)) {
    const entry = zip.file(name);
    if (!entry) continue;
    if (/^word\/(document|footnotes)\.xml$/u.test(name)) fieldsOrLinks.push(...((await entry.async('string')).match(/<w:hyperlink\b|<w:fldSimple\b|<w:fldChar\b|<w:instrText\b/gu) ?? []));
    if (name.endsWith('.xlsx')) {
      const inner = await JSZip.loadAsync(await entry.async('uint8array'));
      for (const sheet of Object.keys(inner.files).filter((n) => n.startsWith('xl/worksheets/'))) formulas += ((await inner.file(sheet)?.async('string')) ?? '').split('<f>').length - 1;
    }
  }
  return { text: await decodeDocx(bytes), fieldsOrLinks, formulas };
}

describe.each(FORMATS.map((f) => f.id))('format %s with hostile input', (format) => {
  it.each(['nl', 'en'])('neutralises, escapes and leaks nothing (%s)', async (lang) => {
    const r = await runCli(['compute', INPUT, ...REGISTER, '--format', format, '--lang', lang]);
    expect(r.exitCode, r.stderr).toBe(0);
    const isBinary = r.stdoutBytes.subarray(0, 2).toString('latin1') === 'PK';
    const docx = format === 'docx' ? await docxParts(r.stdoutBytes) : null;
    const text = docx ? docx.text : isBinary ? (await xlsxCells(r.stdoutBytes)).text.join('\n') : r.stdout;
    for (const leak of LEAKS) {
      expect(text, `${leak} leaked into ${format}`).not.toContain(leak);
      expect(r.stderr, `${leak} leaked into the messages`).not.toContain(leak);
    }
    for (const bad of ['NaN', 'Infinity', 'undefined']) expect(text).not.toContain(bad);

    if (docx) {
      // Word shows "=HYPERLINK(…)" as text: what matters is that no field, link or formula is made of it.
      expect(docx.fieldsOrLinks).toEqual([]);
      expect(docx.formulas).toBe(0);
      expect(text).toContain('=HYPERLINK("http://evil.example/x","klik")');
    } else if (isBinary) {
      const { text: cells, formulas } = await xlsxCells(r.stdoutBytes);
      expect(formulas).toBe(0);
      expect(cells.filter((c) => FORMULA_START.test(c))).toEqual([]);
      expect(cells.some((c) => c.startsWith("'=HYPERLINK"))).toBe(true);
    }
    if (format === 'csv' || format === 'tsv') {
      const delimiter = format === 'tsv' ? '\t' : lang === 'nl' ? ';' : ',';
      const rows: string[][] = parse(r.stdout, { delimiter, bom: true, relax_column_count: true });
      const names = rows.slice(1).map((row) => row[2] ?? '').filter((n) => n !== '');
      expect(names.filter((n) => FORMULA_START.test(n))).toEqual([]);
      expect(names).toContain("'=HYPERLINK(\"http://evil.example/x\",\"klik\")");
    }
    if (format === 'html') {
      expect(text).not.toMatch(/<script[\s>]/iu);
      expect(text).not.toMatch(/<img\b/iu);
      expect(text).toContain('&lt;script&gt;');
      // Self-contained: nothing is fetched from anywhere.
      expect(text).not.toMatch(/\b(?:src|href|action|poster|data)\s*=\s*["']?(?:https?:|\/\/|file:)/iu);
      expect(text).not.toMatch(/url\(\s*["']?(?:https?:|\/\/)/iu);
      expect(text).not.toMatch(/@import|<link\b|<iframe\b|<object\b|<embed\b/iu);
    }
    if (format === 'md') {
      // Markdown passes raw HTML through (pandoc renders it): every < of the data must be escaped.
      expect(text).not.toMatch(/(^|[^\\])<(script|img)\b/imu);
      expect(text).toContain('\\<script\\>');
    }
  });
});

describe('terminal safety', () => {
  it('never passes control characters from a file to the terminal', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dir = mkdtempSync(path.join(tmpdir(), 'jbm-esc-'));
    writeFileSync(path.join(dir, 'esc.csv'), 'Naam GI;Peildatum;Formatie jeugdbeschermers (fte)\r\nJB\u001b[2J Noord;1-12-2022;12\u001b[31m\r\n');
    const r = await runCli(['compute', dir]);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).toContain('\\u001b[31m');
  });
});
