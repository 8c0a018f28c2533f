import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCheckerPage } from '../../src/render/checker-page.js';
import { ROOT, runCli } from '../helpers.js';

/**
 * The built check page: one file whose Content-Security-Policy allows exactly its own script and
 * style and a blob: worker, and nothing that could load from anywhere. (That it runs, offline and
 * without a request, is the e2e test's: tests/e2e/checker.test.ts.)
 */
const BUILT = path.join(ROOT, 'dist', 'checker', 'checker.html');
const dir = mkdtempSync(path.join(os.tmpdir(), 'jbmonitor-checker-unit-'));
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const scripts = (html: string) => [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gu)].map((m) => ({ attrs: m[1] ?? '', body: m[2] ?? '' }));

describe('jbmonitor checker', () => {
  let html = '';
  beforeAll(async () => {
    if (!existsSync(BUILT)) await promisify(execFile)(process.execPath, [path.join(ROOT, 'scripts', 'build-checker.mjs')], { cwd: ROOT });
    const out = path.join(dir, 'controle.html');
    // Hostile GI names in the register: they must stay data inside the page.
    const r = await runCli(['checker', '--out', out, '--lang', 'en', '--peildatum', '1-12-2022', '--gi-register', 'fixtures/vijandige-namen/vijandige-register.json']);
    expect(r.exitCode, r.stderr).toBe(0);
    html = readFileSync(out, 'utf8');
  }, 60_000);

  it('has a CSP of default-src none with its own script and style by hash, and a blob: worker', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/u.exec(html)?.[1] ?? '';
    const rules = new Map(csp.split(';').map((r) => r.trim().split(/\s+/u)).map(([k, ...v]) => [k ?? '', v]));
    expect(rules.get('default-src')).toEqual(["'none'"]);
    expect(rules.get('worker-src')).toEqual(['blob:']);
    const executable = scripts(html).filter((s) => !/type=/u.test(s.attrs));
    expect(executable).toHaveLength(1);
    expect(rules.get('script-src')).toEqual([sha256(executable[0]?.body ?? '')]);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/gu)].map((m) => m[1] ?? '');
    expect(styles).toHaveLength(1);
    expect(rules.get('style-src')).toEqual([sha256(styles[0] ?? '')]);
    expect(html).not.toMatch(/\sstyle="/u);
  });

  it('loads nothing from anywhere: no http(s) URL outside the bundled code, none in the page script, no storage or network API in it', () => {
    const markup = html.replace(/(<script[^>]*>)[\s\S]*?<\/script>/gu, '$1</script>');
    expect(markup).not.toMatch(/https?:\/\//u);
    expect(markup).not.toMatch(/\s(src|href|action)=/u);
    const page = scripts(html).find((s) => !/type=/u.test(s.attrs))?.body ?? '';
    expect(page).not.toMatch(/https?:\/\//u);
    expect(page).not.toMatch(/\b(fetch|XMLHttpRequest|WebSocket|sendBeacon|EventSource|localStorage|sessionStorage|indexedDB|cookie)\b/u);
  });

  it('builds in the language, the peildatum and the register, hostile names as data', () => {
    expect(html).toMatch(/<html lang="en">/u);
    const config = JSON.parse(scripts(html).find((s) => s.attrs.includes('jbmonitor-config'))?.body ?? '{}') as { lang: string; peildatum: string; register: { name: string }[] };
    expect(config.lang).toBe('en');
    expect(config.peildatum).toBe('2022-12-01');
    expect(config.register.length).toBeGreaterThan(13);
    expect(config.register.some((e) => e.name.includes('<'))).toBe(true);
    // A name holding </script> cannot end the element early: every < of the config is escaped.
    expect(scripts(html).find((s) => s.attrs.includes('jbmonitor-config'))?.body).not.toContain('<');
  });

  it('a template without its placeholder is refused, not written half-filled', () => {
    expect(() => renderCheckerPage('<html></html>', { lang: 'nl', version: '0', peildatum: null, register: [] })).toThrow(/exactly once/u);
  });
});
