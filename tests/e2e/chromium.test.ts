import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';
import { describeWithClient, findBinary } from './clients.js';
import { barChartSvg, lineChartSvg, type LinePoint } from '../../src/render/svg.js';

/** The little of the DOM the measurement uses (the project compiles without the DOM library). */
interface Box { left: number; right: number; top: number; bottom: number }
interface El {
  textContent: string | null;
  getBoundingClientRect(): Box;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<El>;
}
interface ChartMeasure { id: string; overlaps: string[]; outside: string[]; ticks: number }

/**
 * Per chart (svg) in the page: pairs of <text> whose boxes overlap, texts outside the chart, and
 * the number of axis ticks. Boxes are measured by the browser (getBoundingClientRect), so the
 * real font decides, not the estimate the layout used.
 */
async function measureCharts(page: Page): Promise<ChartMeasure[]> {
  return page.locator('svg').evaluateAll((nodes) => (nodes as unknown as El[]).map((svg, n): ChartMeasure => {
    const frame = svg.getBoundingClientRect();
    const texts = Array.from(svg.querySelectorAll('text')).map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }));
    const overlaps: string[] = [];
    const outside: string[] = [];
    texts.forEach((a, i) => {
      if (a.box.left < frame.left - 0.5 || a.box.right > frame.right + 0.5 || a.box.top < frame.top - 0.5 || a.box.bottom > frame.bottom + 0.5) outside.push(a.text);
      for (const b of texts.slice(i + 1)) {
        const w = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const h = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (w > 0.5 && h > 0.5) overlaps.push(`${a.text} × ${b.text}`);
      }
    });
    return { id: svg.getAttribute('aria-labelledby') ?? String(n), overlaps, outside, ticks: svg.querySelectorAll('text.tick').length };
  }));
}

function expectReadable(charts: readonly ChartMeasure[]): void {
  expect(charts.length).toBeGreaterThan(0);
  for (const c of charts) {
    expect(c.overlaps, `${c.id}: text boxes overlap`).toEqual([]);
    expect(c.outside, `${c.id}: text outside the chart`).toEqual([]);
    expect(c.ticks, `${c.id}: axis ticks`).toBeGreaterThanOrEqual(2);
  }
}

/** Rounds every `days` days from 1 December 2022, with one round without a figure. */
function rounds(count: number, days: number, value: (i: number) => number, shown: (v: number) => string): LinePoint[] {
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(2022, 11, 1) + i * days * 86_400_000).toISOString().slice(0, 10);
    const v = i === 2 ? null : value(i);
    return { date, label: date, value: v, shown: v === null ? '–' : shown(v) };
  });
}

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

  // The golden scenarios (tests/golden), the four-round one included.
  const cases = [
    { name: 'nulmeting-2022-12-01', args: ['fixtures/nulmeting-2022-12-01'], bars: 13, lines: 0, gaps: 0 },
    { name: 'twee-peildata', args: ['fixtures/twee-peildata'], bars: 4, lines: 10, gaps: 0 },
    { name: 'vier-rondes-2022-2024', args: ['fixtures/nulmeting-2022-12-01', 'fixtures/rondes-2023-2024', '--compare', 'data/published.csv'], bars: 39, lines: 20, gaps: 20 },
    { name: 'herlevering-2022-12-01', args: ['fixtures/herlevering-2022-12-01', '--revisions', 'latest', '--compare', 'data/published.csv'], bars: 13, lines: 0, gaps: 0 },
    { name: 'cases-2022-12-01', args: ['fixtures/nulmeting-2022-12-01', 'fixtures/cases-2022-12-01'], bars: 13, lines: 0, gaps: 0 },
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
      expect(await page.locator('svg line.gap').count()).toBeGreaterThanOrEqual(c.gaps);
      expectReadable(await measureCharts(page));
      const box = await page.locator('svg').first().boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(300);
      const bar = await page.locator('svg rect.bar').first().boundingBox();
      expect(bar?.width ?? 0).toBeGreaterThan(10);
      expect(await page.locator('svg > title').count()).toBe(await page.locator('svg').count());
      expect(await page.locator('svg > desc').count()).toBe(await page.locator('svg').count());
      await page.screenshot({ path: path.join(ARTIFACTS, `${c.name}.png`), fullPage: true });
      // Printing: the print stylesheet gives a PDF of A4 pages, kept beside the screenshot.
      const pdf = await page.pdf({ format: 'A4', path: path.join(ARTIFACTS, `${c.name}.pdf`) });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await page.close();
    });
  }

  it('charts with many or close rounds, long values and negative ones stay readable', async () => {
    const svgs = [
      // Monthly rounds: labels turn a quarter. Fortnightly: every k-th label. Yearly: horizontal.
      lineChartSvg({ id: 'monthly', title: 't', desc: 'd', lang: 'nl', gapLabel: 'geen cijfer', points: rounds(12, 30, (i) => 33_000 + i * 120, (v) => `ten minste ${v.toLocaleString('nl-NL')}`) }),
      lineChartSvg({ id: 'fortnightly', title: 't', desc: 'd', lang: 'en', gapLabel: 'no figure', points: rounds(30, 14, (i) => (i % 2 ? -1 : 1) * i, String) }),
      lineChartSvg({ id: 'yearly', title: 't', desc: 'd', lang: 'nl', percent: true, gapLabel: 'geen cijfer', points: rounds(5, 365, (i) => 0.02 + i * 0.001, (v) => `${(v * 100).toFixed(1)}%`) }),
      lineChartSvg({ id: 'top', title: 't', desc: 'd', lang: 'nl', gapLabel: 'geen cijfer', points: rounds(4, 120, (i) => 10 - i * 0.1, String) }),
      barChartSvg({ id: 'bars', title: 't', desc: 'd', lang: 'nl', target: { value: 12, label: 'Streefwaarde 12' }, items: [{ label: 'Leger des Heils Jeugdbescherming & Reclassering', value: 19.8, shown: '19,8' }, { label: 'Nidos', value: null, shown: '–' }, { label: 'W', value: -2, shown: '-2,0' }] }),
    ];
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.setContent(`<!DOCTYPE html><html><body style="font-family: Arial, Helvetica, sans-serif">${svgs.join('\n')}</body></html>`);
    expect(await page.locator('svg text.date[transform]').count(), 'monthly labels turn').toBe(12);
    expectReadable(await measureCharts(page));
    await page.screenshot({ path: path.join(ARTIFACTS, 'synthetic-charts.png'), fullPage: true });
    await page.close();
  });
});
