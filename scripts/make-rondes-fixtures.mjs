// Writes fixtures/rondes-2023-2024/ (rounds of 1 Oct 2023, 1 Jan 2024, 1 Apr 2024) and
// fixtures/herlevering-2022-12-01/ (the baseline with re-deliveries). Plain CSV only, so the
// bytes are the same on every run. The national figures reproduce appendix 2 of the progress
// letter of June 2024 ("Monitor effecten verbetermaatregelen") at display precision; the script
// checks that before writing. Run: `node scripts/make-rondes-fixtures.mjs`.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NULMETING_GIS } from './nulmeting-data.mjs';

const fixtures = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'fixtures');

// name as the GI writes it, file slug, baseline measures (weight), workload factor, availability factor
const GIS = [
  ['JB Noord', 'jb-noord', 2023, 1.02, 1.0],
  ['Regiecentrum Bescherming en Veiligheid', 'rbv', 1079, 0.93, 1.03],
  ['Jeugdbescherming Overijssel', 'jb-overijssel', 2192, 1.05, 0.98],
  ['Jeugdbescherming Gelderland', 'jb-gelderland', 3710, 1.08, 0.97],
  ['Samen Veilig Midden-Nederland', 'svmn', 3372, 1.01, 1.0],
  ['Jeugdbescherming Regio Amsterdam', 'jbra', 3035, 0.95, 1.02],
  ['De Jeugd- & Gezinsbeschermers', 'jgb', 2529, 1.06, 0.99],
  ['Jeugdbescherming west', 'jb-west', 4890, 1.04, 0.99],
  ['Jeugdbescherming Rotterdam Rijnmond', 'jbrr', 3204, 1.1, 0.97],
  ['Jeugdbescherming Brabant', 'jb-brabant', 3878, 0.99, 1.01],
  ['Jeugdbescherming Limburg', 'jb-limburg', 2023, 0.9, 1.02],
  ['William Schrikker Stichting', 'wss', 1349, 0.78, 1.03],
  ['Leger des Heils Jeugdbescherming & Reclassering', 'ldh', 575, 0.76, 1.04],
];
// GIs that deliver one English CSV table together; the others send a Dutch CSV form each.
const TABLE_GIS = new Set(['jb-brabant', 'jb-limburg', 'wss', 'ldh']);

/** Largest-remainder allocation of `total` units over `weights` (deterministic ties: first wins). */
function allocate(total, weights) {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * total);
  const floors = exact.map(Math.floor);
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) { if (left-- > 0) floors[i]++; }
  return floors;
}

const wmean = (values, weights) => values.reduce((s, v, i) => s + v * weights[i], 0) / weights.reduce((a, b) => a + b, 0);

/** Per-GI values around `target` (step = precision), nudged until the weighted mean rounds to it. */
function spread(target, offsets, weights, step) {
  const round = (x) => Math.round(x / step) * step;
  const values = offsets.map((o) => round(target + o));
  const heaviest = weights.indexOf(Math.max(...weights));
  for (let i = 0; i < 200 && Math.abs(wmean(values, weights) - target) > step * 0.45; i++) {
    values[heaviest] = round(values[heaviest] + (wmean(values, weights) < target ? step : -step));
  }
  return values.map((v) => Number(v.toFixed(6)));
}

const OFFSETS_PCT = [-1.8, 2.3, 0.9, 1.6, -0.4, -2.2, 1.1, 0.5, 1.9, -1.2, -2.6, -3.1, 0.8];
const OFFSETS_SICK = [0.4, -0.9, 0.6, 0.3, -0.2, -0.7, 0.9, 0.5, 0.2, -0.4, -0.6, -1.1, 1.2];
const WAIT_START = [12, 3, 9, 14, 11, 6, 10, 16, 13, 7, 9, 4, 2];
const WAIT_INT = [8, 4, 11, 15, 9, 12, 7, 14, 10, 9, 5, 3, 2];
const DAYS_OFF = [-6, 4, 2, -3, 5, -8, 7, 1, -2, 3, -4, 6, 9];

function buildRound(t, shift) {
  const m = allocate(t.measures, GIS.map(([, , w], i) => w * (1 + shift * ((i % 3) - 1))));
  const round = { peildatum: t.peildatum, gis: [] };
  if (t.formatie === undefined) {
    GIS.forEach(([name, slug], i) => round.gis.push({ name, slug, totaal: m[i] }));
    return round;
  }
  const a10 = allocate(t.available * 10, GIS.map(([, , , wl], i) => m[i] / wl));
  const f10 = allocate(t.formatie * 10, GIS.map(([, , , , rf], i) => a10[i] / rf));
  const fte = f10.map((x) => x / 10);
  const ws = allocate(t.ws, WAIT_START.map((w, i) => w * (1 + shift * (i % 2))));
  const wi = allocate(t.wi, WAIT_INT);
  const verloop = spread(t.verloop, OFFSETS_PCT, fte, 0.1);
  const verzuim = spread(t.verzuim, OFFSETS_SICK, fte, 0.1);
  const wds = spread(t.wds, DAYS_OFF, ws, 1);
  const wdi = spread(t.wdi, DAYS_OFF.map((d) => -d), wi, 1);
  GIS.forEach(([name, slug], i) => {
    const ots = Math.round(m[i] * 0.57);
    const voogdij = Math.round(m[i] * 0.27);
    round.gis.push({
      name, slug, formatie: fte[i], beschikbaar: a10[i] / 10, ots, voogdij, jr: m[i] - ots - voogdij, totaal: m[i],
      ws: ws[i], wds: wds[i], wi: wi[i], wdi: wdi[i], verloop: verloop[i] / 100, verzuim: verzuim[i] / 100,
    });
  });
  return round;
}

const ROUNDS = [
  buildRound({ peildatum: '2023-10-01', measures: 32429, formatie: 2543, available: 2122, verloop: 16.2, verzuim: 7.1, ws: 319, wds: 30, wi: 1179, wdi: 36 }, 0),
  buildRound({ peildatum: '2024-01-01', measures: 32168 }, 0.004),
  buildRound({ peildatum: '2024-04-01', measures: 32080, formatie: 2556, available: 2254, verloop: 15.0, verzuim: 7.0, ws: 518, wds: 34, wi: 825, wdi: 47 }, 0.008),
];

// ---------------------------------------------------------------- checks against the letter

function check(label, actual, expected) {
  if (actual !== expected) throw new Error(`${label}: ${actual} ≠ ${expected}`);
}
const total = (r, k) => r.gis.reduce((s, g) => s + g[k], 0);
const fixed = (x, d) => (Math.sign(x) * Math.round(Math.abs(x) * 10 ** d) / 10 ** d).toFixed(d);
for (const [r, exp] of [[ROUNDS[0], ['2543', '2122', '15.3', '16.2', '7.1', '36']], [ROUNDS[2], ['2556', '2254', '14.2', '15.0', '7.0', '47']]]) {
  const fte = r.gis.map((g) => g.formatie);
  check(`${r.peildatum} formatie`, fixed(total(r, 'formatie'), 0), exp[0]);
  check(`${r.peildatum} beschikbaar`, fixed(total(r, 'beschikbaar'), 0), exp[1]);
  check(`${r.peildatum} workload`, fixed(total(r, 'totaal') / total(r, 'beschikbaar'), 1), exp[2]);
  check(`${r.peildatum} verloop`, fixed(wmean(r.gis.map((g) => g.verloop * 100), fte), 1), exp[3]);
  check(`${r.peildatum} verzuim`, fixed(wmean(r.gis.map((g) => g.verzuim * 100), fte), 1), exp[4]);
  check(`${r.peildatum} wachtdagen intern`, fixed(wmean(r.gis.map((g) => g.wdi), r.gis.map((g) => g.wi)), 0), exp[5]);
  for (const g of r.gis) if (g.beschikbaar > g.formatie) throw new Error(`${g.name}: available above establishment`);
}
check('2024-04-01 wachtdagen start', fixed(wmean(ROUNDS[2].gis.map((g) => g.wds), ROUNDS[2].gis.map((g) => g.ws)), 0), '34');
check('totals', ROUNDS.map((r) => total(r, 'totaal')).join(' '), '32429 32168 32080');
check('waiting', [0, 2].map((i) => `${total(ROUNDS[i], 'ws')}+${total(ROUNDS[i], 'wi')}`).join(' '), '319+1179 518+825');

// ---------------------------------------------------------------- writing

const nlNumber = (n) => String(n).replace('.', ',');
const nlPercent = (p) => `${nlNumber(Number((p * 100).toFixed(1)))}%`;
const dayFirst = (iso) => { const [y, m, d] = iso.split('-').map(Number); return `${d}-${m}-${y}`; };

const FORM = [
  ['formatie', 'Formatie jeugdbeschermers (fte)', nlNumber],
  ['beschikbaar', 'Beschikbare formatie (fte)', nlNumber],
  ['ots', 'Aantal ondertoezichtstellingen', String],
  ['voogdij', 'Aantal voogdijmaatregelen', String],
  ['jr', 'Aantal jeugdreclasseringsmaatregelen', String],
  ['totaal', 'Totaal aantal maatregelen', String],
  ['ws', 'Kinderen niet binnen 5 dagen toegewezen', String],
  ['wds', 'Gemiddelde wachttijd bij start (dagen)', String],
  ['wi', 'Kinderen op interne wachtlijst', String],
  ['wdi', 'Gemiddelde wachttijd interne wachtlijst (dagen)', String],
  ['verloop', 'Personeelsverloop (%)', nlPercent],
  ['verzuim', 'Ziekteverzuim (%)', nlPercent],
];
const TABLE = [
  ['formatie', 'formatie_fte'], ['beschikbaar', 'beschikbare_fte'], ['ots', 'ots'], ['voogdij', 'voogdij'], ['jr', 'jr'],
  ['totaal', 'maatregelen_totaal'], ['ws', 'wachtlijst_start'], ['wds', 'wachtdagen_start'], ['wi', 'interne_wachtlijst'],
  ['wdi', 'wachtdagen_intern'], ['verloop', 'personeelsverloop'], ['verzuim', 'ziekteverzuim'],
];

function formCsv(g, peildatum, extra = []) {
  const lines = ['Uitvraag Monitor jeugdbescherming;', ';', `Naam GI;${g.name}`, `Peildatum;${dayFirst(peildatum)}`, ...extra];
  for (const [key, label, show] of FORM) if (g[key] !== undefined && g[key] !== null) lines.push(`${label};${show(g[key])}`);
  return `${lines.join('\r\n')}\r\n`;
}

function tableCsv(gis, peildatum) {
  const cols = TABLE.filter(([key]) => gis.some((g) => g[key] !== undefined));
  const header = ['gi', 'peildatum', ...cols.map(([, h]) => h)];
  const rows = gis.map((g) => [`"${g.name}"`, peildatum, ...cols.map(([key]) => (g[key] === null || g[key] === undefined ? '' : String(g[key])))]);
  return `${[header, ...rows].map((r) => r.join(',')).join('\n')}\n`;
}

const rondes = path.join(fixtures, 'rondes-2023-2024');
rmSync(rondes, { recursive: true, force: true });
for (const r of ROUNDS) {
  const dir = path.join(rondes, r.peildatum);
  mkdirSync(dir, { recursive: true });
  if (r.gis[0].formatie === undefined) {
    // 1 January 2024: only client counts, all GIs in one table.
    writeFileSync(path.join(dir, 'clienten.csv'), tableCsv(r.gis, r.peildatum));
    continue;
  }
  for (const g of r.gis) if (!TABLE_GIS.has(g.slug)) writeFileSync(path.join(dir, `${g.slug}.csv`), formCsv(g, r.peildatum));
  writeFileSync(path.join(dir, 'landelijk-en-zuid.csv'), tableCsv(r.gis.filter((g) => TABLE_GIS.has(g.slug)), r.peildatum));
}

// ---------------------------------------------------------------- the baseline, re-delivered

// The baseline of scripts/make-fixtures.mjs: gi, formatie, rate, fte, ots, voogdij, jr, ws, wi, wds, wdi, verloop, verzuim
const BASELINE = Object.values(NULMETING_GIS);
// What the (invented) re-deliveries of March 2024 change: measured available fte instead of the 80%
// estimate, and waiting lists the GIs could not count in December 2022. They model one hypothesis
// for the June 2024 letter's 17,1 and 2.072; the letters do not say why their figures differ.
const REVISED = {
  'JB Noord': { rate: null, fte: 108.0 },
  'Jeugdbescherming Overijssel': { rate: null, fte: 111.0, wi: 10 },
  'De Jeugd- & Gezinsbeschermers': { rate: null, fte: 128.0 },
  'Jeugdbescherming Limburg': { rate: null, fte: 110.0, ws: 40 },
  'William Schrikker Stichting': { ws: 25 },
  'Leger des Heils Jeugdbescherming & Reclassering': { ws: 10 },
  'Regiecentrum Bescherming en Veiligheid': { wi: 15 },
};
const baseline = BASELINE.map(([name, formatie, rate, fte, ots, voogdij, jr, ws, wi, wds, wdi, verloop, verzuim]) =>
  ({ name, formatie, rate, fte, ots, voogdij, jr, totaal: ots + voogdij + jr, ws, wi, wds, wdi, verloop, verzuim }));
const revised = baseline.filter((g) => REVISED[g.name]).map((g) => ({ ...g, ...REVISED[g.name] }));
const final = baseline.map((g) => ({ ...g, ...(REVISED[g.name] ?? {}) }));
const available = (g) => g.fte ?? g.formatie * g.rate;
const sumOf = (list, f) => list.reduce((s, g) => s + f(g), 0);
check('revised workload', fixed(sumOf(final, (g) => g.totaal) / sumOf(final, available), 1), '17.1');
check('revised waiting', String(sumOf(final, (g) => g.ws + g.wi)), '2072');

const BASE_COLUMNS = [
  ['Naam GI', (g) => g.name], ['Peildatum', () => '1-12-2022'], ['Aanleverdatum', () => '16-12-2022'],
  ['Formatie jeugdbeschermers (fte)', (g) => nlNumber(g.formatie)], ['Beschikbaarheid (%)', (g) => (g.rate === null ? '' : nlPercent(g.rate))],
  ['Beschikbare formatie (fte)', (g) => (g.fte === null ? '' : nlNumber(g.fte))], ['Aantal ondertoezichtstellingen', (g) => String(g.ots)],
  ['Aantal voogdijmaatregelen', (g) => String(g.voogdij)], ['Aantal jeugdreclasseringsmaatregelen', (g) => String(g.jr)],
  ['Totaal aantal maatregelen', (g) => String(g.totaal)],
  ['Kinderen niet binnen 5 dagen toegewezen', (g) => String(g.ws ?? '')], ['Gemiddelde wachttijd bij start (dagen)', (g) => String(g.wds ?? '')],
  ['Kinderen op interne wachtlijst', (g) => String(g.wi ?? '')], ['Gemiddelde wachttijd interne wachtlijst (dagen)', (g) => String(g.wdi ?? '')],
  ['Personeelsverloop (%)', (g) => (g.verloop === null ? '' : nlPercent(g.verloop))], ['Ziekteverzuim (%)', (g) => (g.verzuim === null ? '' : nlPercent(g.verzuim))],
];
const herlevering = path.join(fixtures, 'herlevering-2022-12-01');
rmSync(herlevering, { recursive: true, force: true });
mkdirSync(herlevering, { recursive: true });
const baseRows = [BASE_COLUMNS.map(([h]) => h), ...baseline.map((g) => BASE_COLUMNS.map(([, f]) => f(g)))];
writeFileSync(path.join(herlevering, 'nulmeting-aanlevering-december-2022.csv'), `${baseRows.map((r) => r.join(';')).join('\r\n')}\r\n`);
for (const g of revised) {
  const slug = g.name.toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
  // A re-delivery replaces the whole submission: measured available fte, no estimated rate.
  const form = { ...g, beschikbaar: g.fte };
  writeFileSync(path.join(herlevering, `herlevering-${slug}.csv`), formCsv(form, '2022-12-01', ['Aanleverdatum;15-3-2024']));
}
console.log(`fixtures written to ${rondes} and ${herlevering}`);
