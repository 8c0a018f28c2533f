import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';
import { describeWithClient, findBinary } from './clients.js';

/** Headless Chromium opens the html report: no console errors, the charts render, a screenshot is kept. */
const CHROMIUM = findBinary(['chromium', 'chromium-browser', 'google-chrome']);
const ARTIFACTS = path.join(ROOT, 'test-artifacts');

describeWithClient('Chromium renders the html report', CHROMIUM, 'apt-get install -y chromium', (executablePath) => {
  let browser: Browser;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jbmonitor-html-'));

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser.close();
  });

  const cases = [
    { name: 'nulmeting-2022-12-01', args: ['fixtures/nulmeting-2022-12-01'], bars: 13, lines: 0 },
    { name: 'twee-peildata', args: ['fixtures/twee-peildata'], bars: 4, lines: 10 },
  ];
  for (const c of cases) {
    it(`${c.name}: loads without console errors or requests, and draws its charts`, async () => {
      const file = path.join(dir, `${c.name}.html`);
      const r = await runCli(['compute', ...c.args, '--out', file]);
      expect(r.exitCode, r.stderr).toBe(0);
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('request', (q) => { if (!q.url().startsWith('file:')) requests.push(q.url()); });
      await page.goto(pathToFileURL(file).href);
      expect(problems).toEqual([]);
      expect(requests, 'a self-contained page asks for nothing').toEqual([]);
      expect(await page.locator('svg rect.bar').count()).toBe(c.bars);
      expect(await page.locator('svg line.target').count()).toBeGreaterThan(0);
      expect(await page.locator('svg polyline.line').count()).toBeGreaterThanOrEqual(c.lines);
      const box = await page.locator('svg').first().boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(300);
      const bar = await page.locator('svg rect.bar').first().boundingBox();
      expect(bar?.width ?? 0).toBeGreaterThan(10);
      expect(await page.locator('svg title').count()).toBe(await page.locator('svg').count());
      await page.screenshot({ path: path.join(ARTIFACTS, `${c.name}.png`), fullPage: true });
      // Printing: the print stylesheet gives a PDF of A4 pages, kept beside the screenshot.
      const pdf = await page.pdf({ format: 'A4', path: path.join(ARTIFACTS, `${c.name}.pdf`) });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await page.close();
    });
  }
});
