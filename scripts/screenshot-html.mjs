// Renders html reports of the fixtures and photographs them with headless Chromium for
// docs/reports.md and the README: docs/html-report.png (the top of the nulmeting page),
// docs/html-chart.png (its workload chart with its data table) and docs/html-trend-chart.png
// (the first trend chart of the four-round run, with its table). Needs `npm run build` and
// /usr/bin/chromium.
//   node scripts/screenshot-html.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'jbmonitor-shot-'));

function report(name, args) {
  const html = path.join(dir, `${name}.html`);
  execFileSync(process.execPath, [path.join(root, 'bin/jbmonitor.js'), 'compute', ...args, '--out', html], { cwd: root, stdio: ['ignore', 'ignore', 'ignore'] });
  return pathToFileURL(html).href;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 1100 } });
await page.goto(report('nulmeting', ['fixtures/nulmeting-2022-12-01']));
await page.screenshot({ path: path.join(root, 'docs/html-report.png') });
await page.locator('.chart').first().screenshot({ path: path.join(root, 'docs/html-chart.png') });
await page.goto(report('vier-rondes', ['fixtures/nulmeting-2022-12-01', 'fixtures/rondes-2023-2024']));
// The chart and its table only, without the empty rest of the row.
const trend = page.locator('.chart', { has: page.locator('svg[aria-labelledby^="trend-"]') }).first();
await trend.scrollIntoViewIfNeeded();
const box = await trend.boundingBox();
const table = await trend.locator('table').boundingBox();
if (!box || !table) throw new Error('no trend chart in the four-round report');
await page.screenshot({ path: path.join(root, 'docs/html-trend-chart.png'), clip: { x: box.x, y: box.y, width: table.x + table.width - box.x + 8, height: box.height } });
await browser.close();
