import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { Report } from '../../src/domain/model.js';
import { indicator } from '../../src/domain/indicators.js';
import { ROOT, runCli } from '../helpers.js';
import { describeWithClient, findBinary } from './clients.js';

/**
 * LibreOffice Writer turns the Word report into a PDF, and poppler reads it back: the national
 * figures, "ten minste" and its footnote are there; the four-round report fits in 12 pages with
 * every word inside the page's text area; the page images are kept in test-artifacts/docx/.
 */
const SOFFICE = findBinary(['soffice', 'libreoffice']);
const PDFTOTEXT = findBinary(['pdftotext']);
const PDFTOPPM = findBinary(['pdftoppm']);
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'docx');
/** The page margins of the report (2 cm) and the footer's distance from the edge (1 cm), in points; 1 pt of slack. */
const MARGIN = 56.7;
const FOOTER = 28.35;

const SCENARIOS = [
  { name: 'vier-rondes-nl', args: ['fixtures/nulmeting-2022-12-01', 'fixtures/rondes-2023-2024', '--compare', 'data/published.csv'], lang: 'nl' as const, maxPages: 12 },
  { name: 'vier-rondes-en', args: ['fixtures/nulmeting-2022-12-01', 'fixtures/rondes-2023-2024', '--compare', 'data/published.csv'], lang: 'en' as const, maxPages: 12 },
  { name: 'nulmeting-nl', args: ['fixtures/nulmeting-2022-12-01'], lang: 'nl' as const, maxPages: 12 },
];

function toPdf(soffice: string, file: string, outDir: string): string {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'jbmonitor-lo-'));
  try {
    // A private profile per run: two soffice processes never share (and lock) one.
    execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, file], { stdio: 'pipe', timeout: 170_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return path.join(outDir, `${path.basename(file, '.docx')}.pdf`);
}

interface Word { page: number; text: string; x0: number; y0: number; x1: number; y1: number; width: number; height: number }

/** Every word of the PDF with its box, from `pdftotext -bbox`. */
function words(pdf: string): { pages: number; words: Word[] } {
  const html = execFileSync(PDFTOTEXT as string, ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const out: Word[] = [];
  let page = 0;
  let size = { width: 0, height: 0 };
  for (const m of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/gu)) {
    if (m[1] !== undefined) {
      page += 1;
      size = { width: Number(m[1]), height: Number(m[2]) };
    } else {
      out.push({ page, text: m[7] ?? '', x0: Number(m[3]), y0: Number(m[4]), x1: Number(m[5]), y1: Number(m[6]), ...size });
    }
  }
  return { pages: page, words: out };
}

describeWithClient('LibreOffice Writer prints the docx report', SOFFICE && PDFTOTEXT && PDFTOPPM ? SOFFICE : null, 'apt-get install -y libreoffice-writer-nogui poppler-utils', (soffice) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jbmonitor-docx-'));
  const pdfs = new Map<string, string>();
  const reports = new Map<string, Report>();

  beforeAll(async () => {
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const s of SCENARIOS) {
      const docx = path.join(dir, `${s.name}.docx`);
      const json = await runCli(['compute', ...s.args, '--lang', s.lang, '--format', 'json']);
      expect(json.exitCode, json.stderr).toBe(0);
      reports.set(s.name, JSON.parse(json.stdout) as Report);
      const r = await runCli(['compute', ...s.args, '--lang', s.lang, '--out', docx]);
      expect(r.exitCode, r.stderr).toBe(0);
      const pdf = toPdf(soffice, docx, dir);
      pdfs.set(s.name, pdf);
      // The page images, kept by CI as artifacts.
      execFileSync(PDFTOPPM as string, ['-png', '-r', '60', pdf, path.join(ARTIFACTS, s.name)], { stdio: 'pipe' });
    }
  });

  it.each(SCENARIOS)('$name: the PDF shows the national figures, "ten minste" and its footnote', ({ name, lang }) => {
    const text = execFileSync(PDFTOTEXT as string, ['-layout', pdfs.get(name) as string, '-'], { encoding: 'utf8' }).replace(/\s+/gu, ' ');
    const report = reports.get(name) as Report;
    const first = report.rounds[0];
    if (!first) throw new Error('no round');
    const atLeast = lang === 'nl' ? 'ten minste' : 'at least';
    // 33.859 measures and 2.566 fte at the baseline, "ten minste 762" children waiting at the start.
    for (const figure of lang === 'nl' ? ['33.859', '2.566', 'ten minste 762', 'ten minste 1.210'] : ['33,859', '2,566', 'at least 762', 'at least 1,210']) {
      expect(text, figure).toContain(figure);
    }
    // The footnote of the start waiting list names the GIs that did not deliver it.
    const missing = first.national.wachtlijst_start?.missing ?? [];
    expect(missing.length).toBeGreaterThan(0);
    expect(text).toContain(`${indicator('wachtlijst_start').label[lang]}: ${atLeast} —`);
    for (const gi of missing) expect(text, gi).toContain(gi);
  });

  it.each(SCENARIOS)('$name: at most $maxPages pages, every word inside the text area', ({ name, maxPages }) => {
    const { pages, words: all } = words(pdfs.get(name) as string);
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(maxPages);
    const outside = all.filter((w) => w.x0 < MARGIN - 1 || w.x1 > w.width - MARGIN + 1 || w.y0 < FOOTER - 1 || w.y1 > w.height - FOOTER + 1);
    expect(outside.map((w) => `p${w.page} "${w.text}" x ${w.x0.toFixed(1)}–${w.x1.toFixed(1)} of ${w.width}, y ${w.y0.toFixed(1)}–${w.y1.toFixed(1)} of ${w.height}`)).toEqual([]);
    expect(readdirSync(ARTIFACTS).filter((f) => f.startsWith(name) && f.endsWith('.png'))).toHaveLength(pages);
  });
});
