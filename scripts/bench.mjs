// npm run bench: generates synthetic case-level files under bench-data/ (35k and 1M rows, csv and
// xlsx; kept between runs) and measures, in one series of child processes on this machine,
// each figure as a ratio to its baseline measured in the same run (medians of several runs).
// Run after `npm run build` (the npm script does both). Prints a table and writes bench-data/results.json.
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { caseRows, day, dutchDate, prng } from './case-data.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const DATA = path.join(ROOT, 'bench-data');
const BIN = path.join(ROOT, 'bin', 'jbmonitor.js');
mkdirSync(DATA, { recursive: true });
const quick = process.argv.includes('--quick');
// --hostile: only the hostile inputs (scripts/hostile/), without the case-file measurements.
const hostileOnly = process.argv.includes('--hostile');
const loadAtStart = os.loadavg();

const P = day('2024-04-01');
const PEILDATA = ['2023-10-01', '2024-01-01', '2024-04-01'];
const GIS = [
  ['Jeugdbescherming Noord', 1194, 546, 283], ['Regiecentrum Bescherming en Veiligheid', 647, 302, 130],
  ['Jeugdbescherming Overijssel', 1271, 570, 351], ['Jeugdbescherming Gelderland', 2139, 1042, 529],
  ['Samen Veilig Midden-Nederland', 1956, 913, 503], ['Jeugdbescherming Regio Amsterdam', 1700, 850, 485],
  ['De Jeugd- & Gezinsbeschermers', 1492, 658, 379], ['Jeugdbescherming west', 2861, 1324, 705],
  ['Jeugdbescherming Rotterdam Rijnmond', 1826, 833, 545], ['Jeugdbescherming Brabant', 2313, 1047, 518],
  ['Jeugdbescherming Limburg', 1173, 566, 284], ['William Schrikker Stichting (J&R)', 836, 405, 108],
  ['Leger des Heils Jeugdbescherming & Reclassering', 230, 86, 259],
];
const HEADER = ['Naam GI', 'Cliëntnummer', 'Maatregel', 'Startdatum', 'Einddatum', 'Toewijzingsdatum', 'Interne wachtlijst sinds', 'Interne wachtlijst tot'];

/** About `target` rows: the GIs' measures scaled, with waiting lists of about 2% and 4%. */
function* rowsOf(target, seed) {
  const rand = prng(seed);
  const scale = target / 37_250;
  for (const [gi, ots, voogdij, jr] of GIS) {
    const n = { ots: Math.round(ots * scale), voogdij: Math.round(voogdij * scale), jr: Math.round(jr * scale) };
    const total = n.ots + n.voogdij + n.jr;
    const g = { ...n, ws: Math.round(total * 0.022), wi: Math.round(total * 0.036), wds: 29, wdi: 46 };
    for (const r of caseRows(rand, P, g, `B${gi.slice(0, 3).toUpperCase()}`)) yield [gi, r];
  }
}

async function makeCsv(file, target) {
  if (existsSync(file)) return;
  const out = createWriteStream(file);
  out.write(`${HEADER.join(';')}\n`);
  let buf = '';
  for (const [gi, r] of rowsOf(target, 7)) {
    const d = (v) => (v === null ? '' : dutchDate(v));
    buf += `${gi};${r.client};${r.type};${d(r.start)};${d(r.end)};${d(r.assigned)};${d(r.since)};${d(r.until)}\n`;
    if (buf.length > 1 << 20) { if (!out.write(buf)) await new Promise((res) => out.once('drain', res)); buf = ''; }
  }
  out.write(buf);
  await new Promise((res) => out.end(res));
}

async function makeXlsx(file, target) {
  if (existsSync(file)) return;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet('Dossiers');
  ws.addRow(HEADER).commit();
  const date = (v) => (v === null ? null : new Date(v * 86_400_000));
  for (const [gi, r] of rowsOf(target, 11)) {
    const row = ws.addRow([gi, r.client, r.type, date(r.start), date(r.end), date(r.assigned), date(r.since), date(r.until)]);
    for (let c = 4; c <= 8; c++) if (row.getCell(c).value !== null) row.getCell(c).numFmt = 'dd-mm-yyyy';
    row.commit();
  }
  ws.commit();
  await wb.commit();
}

const files = {
  csv35k: path.join(DATA, 'cases-35k.csv'), xlsx35k: path.join(DATA, 'cases-35k.xlsx'),
  csv1m: path.join(DATA, 'cases-1m.csv'), xlsx1m: path.join(DATA, 'cases-1m.xlsx'),
};
if (!hostileOnly) {
  process.stderr.write('bench: generating files (kept in bench-data/ for later runs)…\n');
  await makeCsv(files.csv35k, 35_000);
  await makeXlsx(files.xlsx35k, 35_000);
  await makeCsv(files.csv1m, 1_000_000);
  if (!quick) await makeXlsx(files.xlsx1m, 1_000_000);
}

/**
 * As root, a hostile case that needs file permissions to matter (`unprivileged: true`) runs as
 * nobody through setpriv; as any other user it runs as that user.
 */
const DROP = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];

/** One child process: wall time (ms), CPU time (user + sys, ms) and peak RSS (MB), from /usr/bin/time when present. */
function run(args, expectedExits = [0, 1], unprivileged = false) {
  const hasTime = existsSync('/usr/bin/time');
  const node = [...(unprivileged ? DROP : []), process.execPath];
  const cmd = hasTime ? '/usr/bin/time' : node[0];
  const argv = hasTime ? ['-f', '%U %S %M', ...node, ...args] : [...node.slice(1), ...args];
  const t0 = process.hrtime.bigint();
  // A hostile case may hang: it is killed after two minutes (its exit shows as null).
  const timeout = expectedExits.includes(null) ? 120_000 : undefined;
  const r = spawnSync(cmd, argv, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28, timeout, killSignal: 'SIGKILL', env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!expectedExits.includes(r.status)) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-2000)}`);
  if (!hasTime) return { ms, cpu: null, rss: null, exit: r.status };
  const [user, sys, kb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { ms, cpu: (user + sys) * 1000, rss: kb / 1024, exit: r.status };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

/** Interleave the two commands `n` times so that load on the machine hits both alike. */
function compare(name, target, subject, baseline, n) {
  const a = [], b = [], ac = [], bc = [], rss = [];
  for (let i = 0; i < n; i++) {
    const x = run(baseline); b.push(x.ms); bc.push(x.cpu ?? 0);
    const y = run(subject); a.push(y.ms); ac.push(y.cpu ?? 0); rss.push(y.rss ?? 0);
  }
  const result = {
    name, target, runs: n, subject_ms: median(a), baseline_ms: median(b), ratio: median(a) / median(b),
    subject_cpu_ms: median(ac), baseline_cpu_ms: median(bc), cpu_ratio: median(bc) > 0 ? median(ac) / median(bc) : null,
    // On a shared machine noise only adds time: the fastest run of each side is the steadiest estimate.
    min_ratio: Math.min(...a) / Math.min(...b),
    peak_rss_mb: Math.max(...rss),
  };
  process.stderr.write(`  ${name}: ${result.ratio.toFixed(2)}× wall, ${result.cpu_ratio?.toFixed(2) ?? '–'}× cpu, ${result.min_ratio.toFixed(2)}× fastest runs\n`);
  return result;
}

const compute = (file, extra = []) => [BIN, 'compute', file, ...PEILDATA.flatMap((p) => ['--peildatum', p]), '--format', 'json', ...extra];
const big = quick ? 1 : 5;
const results = [];
const info = [];
if (!hostileOnly) {
  process.stderr.write('bench: measuring…\n');
  results.push(compare('compute, 1M csv rows vs bare csv-parse stream', 1.5, compute(files.csv1m), ['scripts/bench-bare.mjs', 'csv', files.csv1m], big));
  results.push(compare('compute, 35k xlsx rows vs bare exceljs streaming read', 1.3, compute(files.xlsx35k), ['scripts/bench-bare.mjs', 'xlsx', files.xlsx35k], quick ? 1 : 5));
  results.push(compare('jbmonitor --help vs node -e 0', 1.5, [BIN, '--help'], ['-e', '0'], quick ? 5 : 21));
  results.push(compare('compute, nulmeting fixtures vs node -e "import(\'exceljs\')"', 2, [BIN, 'compute', 'fixtures/nulmeting-2022-12-01', '--format', 'json'], ['-e', "import('exceljs')"], quick ? 3 : 9));
  info.push({ name: 'compute, 35k csv rows', ...run(compute(files.csv35k)) });
  if (!quick) info.push({ name: 'compute, 1M xlsx rows', ...run(compute(files.xlsx1m)) });
}

// Hostile inputs at full size (scripts/hostile/*.mjs): each must end with its exit code, in under
// 30 s and 500 MB.
const hostile = [];
for (const name of readdirSync(path.join(ROOT, 'scripts', 'hostile')).filter((f) => f.endsWith('.mjs')).sort()) {
  const { cases } = await import(path.join(ROOT, 'scripts', 'hostile', name));
  for (const c of cases) {
    const dir = mkdtempSync(path.join(DATA, 'hostile-'));
    try {
      const args = await c.make(dir);
      const r = run([BIN, ...args], [0, 1, 2, 3, 4, 134, null], c.unprivileged === true);
      hostile.push({ name: c.name, expected_exit: c.exit, ...r, ok: r.exit === c.exit && r.ms < 30_000 && (r.rss ?? 0) < 500 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

// The check page (jbmonitor checker): one html file with the readers and validation bundled in.
const checkerPage = (() => {
  const dir = mkdtempSync(path.join(DATA, 'checker-'));
  try {
    const out = path.join(dir, 'controle.html');
    run([BIN, 'checker', '--out', out], [0]);
    const bytes = readFileSync(out);
    return { bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
})();

const machine = {
  nproc: os.availableParallelism?.() ?? os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown',
  memory_gb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}`,
  load_at_start: loadAtStart.map((x) => x.toFixed(1)).join(' '),
};
const peak = results[0]?.peak_rss_mb ?? null;
const mark = (ratio, target) => (ratio === null ? '' : ratio <= target ? ' ✓' : ' ✗');
const lines = [
  `jbmonitor bench — ${machine.cpu}, ${machine.nproc} cores, ${machine.memory_gb} GB, Node ${machine.node}, ${machine.platform}; load average at start ${machine.load_at_start}`,
  '',
  '| measurement | runs | jbmonitor (wall, median) | baseline (wall, median) | ratio (wall, medians) | ratio (cpu, medians) | ratio (fastest runs) | target | peak RSS |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...results.map((r) => `| ${r.name} | ${r.runs} | ${r.subject_ms.toFixed(0)} ms | ${r.baseline_ms.toFixed(0)} ms | ${r.ratio.toFixed(2)}×${mark(r.ratio, r.target)} | ${r.cpu_ratio === null ? '–' : `${r.cpu_ratio.toFixed(2)}×${mark(r.cpu_ratio, r.target)}`} | ${r.min_ratio.toFixed(2)}×${mark(r.min_ratio, r.target)} | ≤ ${r.target}× | ${r.peak_rss_mb ? `${r.peak_rss_mb.toFixed(0)} MB` : '–'} |`),
  ...info.map((r) => `| ${r.name} (no target) | 1 | ${r.ms.toFixed(0)} ms | | | | | | ${r.rss ? `${r.rss.toFixed(0)} MB` : '–'} |`),
  '',
  '| hostile input (full size) | exit (expected) | wall | peak RSS | within 30 s, 500 MB, exit |',
  '|---|---:|---:|---:|:---:|',
  ...hostile.map((r) => `| ${r.name} | ${r.exit} (${r.expected_exit}) | ${r.ms.toFixed(0)} ms | ${r.rss ? `${r.rss.toFixed(0)} MB` : '–'} | ${r.ok ? '✓' : '✗'} |`),
  '',
  `Check page (jbmonitor checker): ${(checkerPage.bytes / 1024).toFixed(0)} kB, ${(checkerPage.gzip / 1024).toFixed(0)} kB gzipped (one self-contained html file).`,
  peak === null ? '' : `Peak RSS of compute on 1M csv rows: ${peak.toFixed(0)} MB (target ≤ 200 MB)${mark(peak, 200)}`,
  `Case files counted on ${PEILDATA.length} peildata (${PEILDATA.join(', ')}). Medians; wall = elapsed time, cpu = user + sys.`,
];
process.stdout.write(`${lines.join('\n')}\n`);
writeFileSync(path.join(DATA, 'results.json'), JSON.stringify({ machine, results, info, hostile, checker_page: checkerPage }, null, 2));

