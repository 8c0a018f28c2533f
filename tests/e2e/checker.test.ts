import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ReportIssue } from '../../src/domain/model.js';
import { FIXTURES, ROOT, runCli } from '../helpers.js';
import { checkerFolders, FOLDER_OPTIONS, folderFiles, sameFields, validateJson } from '../support/checker-fixtures.js';
import { describeWithClient, findBinary } from './clients.js';

/**
 * The check page in real Chromium, offline: every fixture folder validate is tested on, fed to
 * one page, gives the issues `jbmonitor validate --format json` gives for the same files in their
 * folder, in both languages. Any page error, console error or request other than the page's own
 * file:, blob: and data: URLs fails the test.
 */
const CHROMIUM = findBinary(['chromium', 'chromium-browser']);
const ARTIFACTS = path.join(ROOT, 'test-artifacts');

interface PageResult { valid: boolean; lang: string; files: string[]; caseRegisters: string[]; issues: ReportIssue[] }

describeWithClient('the check page in Chromium', CHROMIUM, 'apt-get install -y chromium', (executablePath) => {
  let browser: Browser;
  let context: BrowserContext;
  const problems: string[] = [];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'jbmonitor-checker-'));

  beforeAll(async () => {
    // The page is built from the current source (a stale dist/ would test old code).
    await promisify(execFile)(process.execPath, [path.join(ROOT, 'scripts', 'build-checker.mjs')], { cwd: ROOT });
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    context = await browser.newContext({ offline: true, viewport: { width: 1100, height: 900 } });
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser.close();
  });

  async function openPage(name: string, args: string[]): Promise<Page> {
    const file = path.join(dir, `${name}.html`);
    const r = await runCli(['checker', '--out', file, ...args]);
    expect(r.exitCode, r.stderr).toBe(0);
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
    page.on('request', (q) => { if (!/^(file|blob|data):/u.test(q.url())) problems.push(`request: ${q.url()}`); });
    await page.goto(pathToFileURL(file).href);
    return page;
  }

  /** Do `action` and wait until the page has written the result of the check it starts. */
  async function check(page: Page, action: () => Promise<void>): Promise<PageResult> {
    const before = Number(await page.getAttribute('#jbmonitor-result', 'data-run'));
    await action();
    await page.waitForFunction((n) => Number(document.getElementById('jbmonitor-result')?.dataset.run) > n, before, { timeout: 120_000 });
    return JSON.parse(await page.textContent('#jbmonitor-result') ?? 'null') as PageResult;
  }

  async function result(page: Page): Promise<PageResult> {
    return JSON.parse(await page.textContent('#jbmonitor-result') ?? 'null') as PageResult;
  }

  async function compareFolder(page: Page, folder: string, cliOptions: { peildatum?: string; giRegister?: string; decimal?: string }): Promise<void> {
    const files = folderFiles(folder);
    const nl = await check(page, () => page.setInputFiles('#files', files.map((f) => path.join(FIXTURES, folder, f))));
    const cliNl = await validateJson(folder, files, 'nl', cliOptions);
    expect(nl.lang).toBe('nl');
    expect(sameFields(nl.issues), `${folder} (nl)`).toEqual(sameFields(cliNl.issues));
    expect(nl.valid, folder).toBe(cliNl.valid);
    await page.click('#lang-en');
    const en = await result(page);
    const cliEn = await validateJson(folder, files, 'en', cliOptions);
    expect(en.lang).toBe('en');
    expect(sameFields(en.issues), `${folder} (en)`).toEqual(sameFields(cliEn.issues));
    // Messages equal the CLI's but where a hint names an option the page does not have.
    for (const [n, issue] of en.issues.entries()) {
      if (!/--[a-z]/u.test(cliEn.issues[n]?.message ?? '')) expect(issue.message).toBe(cliEn.issues[n]?.message);
      expect(issue.message).not.toMatch(/--[a-z]/u);
    }
    await page.click('#lang-nl');
  }

  const folders = checkerFolders();
  const plain = folders.filter((f) => !(f in FOLDER_OPTIONS));

  it('covers every refusal, plausibility case, input twin and layout', () => {
    expect(folders.filter((f) => f.startsWith('refuse-')).length).toBeGreaterThanOrEqual(20);
    expect(folders.filter((f) => f.startsWith('layout-')).length).toBeGreaterThan(40);
    expect(folders).toContain('input-clean');
    expect(folders).toContain('plausibility-change');
  });

  it(`gives validate's issues for ${plain.length} fixture folders, offline, in Dutch and English`, async () => {
    const page = await openPage('controle', []);
    expect(await page.textContent('h1')).toContain('Controle');
    expect(await page.textContent('.privacy')).toContain('Er verlaat niets deze computer');
    for (const folder of plain) {
      await compareFolder(page, folder, {});
      if (folder === 'refuse-legacy-xls') await page.screenshot({ path: path.join(ARTIFACTS, 'checker-refused.png'), fullPage: true });
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the decimal-mark switch does what --decimal does', async () => {
    const page = await openPage('controle-decimal', []);
    const folder = 'input-decimal-ambiguous';
    const files = folderFiles(folder).map((f) => path.join(FIXTURES, folder, f));
    const refused = await check(page, () => page.setInputFiles('#files', files));
    expect(refused.valid).toBe(false);
    expect(refused.issues.map((i) => i.message).join('\n')).toContain('schakelaar Decimaalteken');
    const comma = await check(page, async () => { await page.selectOption('#decimal', 'comma'); });
    const cli = await validateJson(folder, folderFiles(folder), 'nl', FOLDER_OPTIONS[folder]);
    expect(comma.valid).toBe(true);
    expect(sameFields(comma.issues)).toEqual(sameFields(cli.issues));
    // The figures as they will be counted: 1.274 with a decimal comma is 1274 fte.
    expect(await page.textContent('#results')).toContain('1.274');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a page built with --peildatum and --gi-register applies them as validate does', async () => {
    const extra = path.join(FIXTURES, 'input-gi-register', 'extra-register.json');
    const page = await openPage('controle-options', ['--peildatum', '2022-12-01', '--gi-register', extra]);
    for (const folder of ['input-peildatum-option', 'input-gi-register']) {
      await compareFolder(page, folder, { peildatum: '2022-12-01', giRegister: extra });
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a bare percentage as it will be counted', async () => {
    const page = await openPage('controle-percent', []);
    const folder = 'input-percent-bare';
    await check(page, () => page.setInputFiles('#files', folderFiles(folder).map((f) => path.join(FIXTURES, folder, f))));
    expect(await page.locator('tr.read-as').first().textContent()).toMatch(/gelezen als [\d,]+%/u);
    expect(problems).toEqual([]);
    await page.close();
  });
});
