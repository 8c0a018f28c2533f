// Renders the html report of the nulmeting fixtures and photographs it with headless Chromium
// for docs/reports.md: docs/html-report.png (the top of the page) and docs/html-chart.png (the
// workload chart with its data table). Needs `npm run build` and /usr/bin/chromium.
//   node scripts/screenshot-html.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const html = path.join(mkdtempSync(path.join(os.tmpdir(), 'jbmonitor-shot-')), 'rapport.html');
execFileSync(process.execPath, [path.join(root, 'bin/jbmonitor.js'), 'compute', 'fixtures/nulmeting-2022-12-01', '--out', html], { cwd: root, stdio: ['ignore', 'ignore', 'ignore'] });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 1100 } });
await page.goto(pathToFileURL(html).href);
await page.screenshot({ path: path.join(root, 'docs/html-report.png') });
await page.locator('.chart').first().screenshot({ path: path.join(root, 'docs/html-chart.png') });
await browser.close();
