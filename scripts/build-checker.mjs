#!/usr/bin/env node
// The check page's assets (part of `npm run build`): the worker (readers and validation, bundled
// from the same src/ as the CLI) and the page script, bundled by esbuild, put with the style sheet
// into dist/checker/checker.html under a Content-Security-Policy that allows exactly this script
// and style (by their sha256) and a worker from a blob: URL. `jbmonitor checker` fills in the
// config (language, GI register, peildatum) and writes the page.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'dist', 'checker');
/** Placeholders the checker command replaces (render/checker-page.ts names them too). */
const CONFIG = '__JBMONITOR_CONFIG__';
const LANG = '__JBMONITOR_LANG__';


async function bundle(entry) {
  const result = await build({
    entryPoints: [path.join(ROOT, 'src', 'browser', entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['chrome110', 'firefox115', 'safari16.4', 'edge110'],
    minify: true,
    legalComments: 'eof',
    charset: 'utf8',
    alias: {
      // The browser builds: exceljs without its polyfills, csv-parse without Node's Buffer.
      exceljs: path.join(ROOT, 'node_modules', 'exceljs', 'dist', 'exceljs.bare.min.js'),
      'csv-parse/sync': path.join(ROOT, 'node_modules', 'csv-parse', 'dist', 'esm', 'sync.js'),
    },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/** Text inside a <script> element ends at the first `</script`; a bundle must not contain one. */
function inlineSafe(name, text) {
  const safe = text.replace(/<\/(script)/giu, '<\\/$1');
  if (/<!--|<script/iu.test(safe)) throw new Error(`${name}: contains <!-- or <script, which would change how the html parser ends the element`);
  return safe;
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const worker = inlineSafe('worker', await bundle('worker.ts'));
const page = inlineSafe('page', await bundle('page.ts'));
const css = readFileSync(path.join(ROOT, 'src', 'browser', 'page.css'), 'utf8');
const csp = [
  "default-src 'none'",
  `script-src ${sha256(page)}`,
  `style-src ${sha256(css)}`,
  'worker-src blob:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const html = `<!doctype html>
<html lang="${LANG}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="jbmonitor checker">
<title>jbmonitor</title>
<style>${css}</style>
</head>
<body>
<main id="app"><noscript>Deze pagina heeft JavaScript nodig. / This page needs JavaScript.</noscript></main>
<script type="application/json" id="jbmonitor-config">${CONFIG}</script>
<script type="application/json" id="jbmonitor-result">null</script>
<script type="text/plain" id="jbmonitor-worker">${worker}</script>
<script>${page}</script>
</body>
</html>
`;
mkdirSync(OUT, { recursive: true });
writeFileSync(path.join(OUT, 'checker.html'), html);
console.log(`dist/checker/checker.html: ${(Buffer.byteLength(html) / 1024).toFixed(0)} kB (worker ${(Buffer.byteLength(worker) / 1024).toFixed(0)} kB, page ${(Buffer.byteLength(page) / 1024).toFixed(0)} kB)`);
