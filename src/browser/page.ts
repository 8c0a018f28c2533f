/**
 * The check page's script: the controls, the worker, and the results. It reads nothing but the
 * files the user gives it, stores nothing and asks the network for nothing (the page's
 * Content-Security-Policy forbids it too). The checks themselves run in the worker (worker.ts).
 */
import type { Lang, RegisterEntry, ReportIssue, Severity } from '../domain/model.js';
import type { Notation } from '../validate/parse-value.js';
import type { CheckResult } from './check.js';
import type { CheckRequest, WorkerReply } from './worker.js';
import { PAGE_TEXTS, type PageText } from './page-texts.js';

/** What `jbmonitor checker` builds into the page. */
interface PageConfig {
  lang: Lang;
  version: string;
  peildatum: string | null;
  register: RegisterEntry[];
}

const config = JSON.parse(byId('jbmonitor-config').textContent ?? '{}') as PageConfig;
const state: { lang: Lang; decimal: Notation | null; files: File[]; result: CheckResult | null; run: number; failed: string | null } = {
  lang: config.lang, decimal: null, files: [], result: null, run: 0, failed: null,
};

function byId(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the page lacks #${id}`);
  return found;
}

function t(key: PageText, fill: Record<string, string | number> = {}): string {
  return PAGE_TEXTS[key][state.lang].replace(/\{(\w+)\}/gu, (_, name: string) => String(fill[name] ?? ''));
}

function counted(n: number, key: 'file' | 'error' | 'warning' | 'info'): string {
  const [one, many] = t(key).split('|');
  return `${n} ${n === 1 ? one ?? '' : many ?? ''}`;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

// ------------------------------------------------------------------ the worker

const worker = new Worker(URL.createObjectURL(new Blob([byId('jbmonitor-worker').textContent ?? ''], { type: 'text/javascript' })));
worker.onmessage = (event: MessageEvent<WorkerReply>) => {
  const reply = event.data;
  if (reply.run !== state.run) return;
  const progress = byId('progress');
  if (reply.kind === 'progress') {
    progress.hidden = false;
    progress.replaceChildren(
      el('span', {}, reply.index < reply.total ? t('reading', { name: reply.name, n: reply.index + 1, total: reply.total }) : t('checking')),
      ' ',
      el('progress', { max: '1', ...(reply.fraction === null ? {} : { value: String(reply.fraction) }) }),
    );
    return;
  }
  progress.hidden = true;
  state.result = reply.kind === 'done' ? reply.result : null;
  state.failed = reply.kind === 'failed' ? reply.message : null;
  render();
};
worker.onerror = (event) => {
  byId('progress').hidden = true;
  state.failed = event.message;
  render();
};

function check(): void {
  if (state.files.length === 0) return;
  state.run++;
  state.result = null;
  state.failed = null;
  render();
  const request: CheckRequest = { run: state.run, files: state.files, decimal: state.decimal, peildatum: config.peildatum, register: config.register };
  worker.postMessage(request);
}

// ------------------------------------------------------------------ the controls

function controls(): HTMLElement {
  const langs = el('div', { class: 'switch', role: 'group', 'aria-label': t('language') },
    ...(['nl', 'en'] as const).map((lang) => {
      const button = el('button', { type: 'button', lang, 'aria-pressed': String(state.lang === lang), id: `lang-${lang}` }, lang === 'nl' ? 'Nederlands' : 'English');
      button.addEventListener('click', () => { state.lang = lang; render(); });
      return button;
    }));
  const select = el('select', { id: 'decimal' },
    el('option', { value: '' }, t('decimalAuto')), el('option', { value: 'comma' }, t('decimalComma')), el('option', { value: 'point' }, t('decimalPoint')));
  select.value = state.decimal ?? '';
  select.addEventListener('change', () => {
    state.decimal = select.value === 'comma' || select.value === 'point' ? select.value : null;
    check();
  });
  const input = el('input', { type: 'file', id: 'files', multiple: '', accept: '.xlsx,.xlsm,.csv,.xls' });
  input.addEventListener('change', () => {
    state.files = Array.from(input.files ?? []);
    check();
  });
  const drop = el('label', { class: 'drop', for: 'files', id: 'drop' }, el('strong', {}, t('drop')), el('span', { class: 'button' }, t('pick')));
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    state.files = Array.from(e.dataTransfer?.files ?? []);
    check();
  });
  return el('section', { class: 'controls' },
    langs,
    el('p', {}, t('intro')),
    el('p', { class: 'privacy' }, t('privacy')),
    el('p', { class: 'scope' }, t('scope')),
    drop, input,
    el('p', {}, el('label', { for: 'decimal' }, `${t('decimal')}: `), select),
    ...(config.peildatum ? [el('p', {}, t('peildatum', { date: config.peildatum }))] : []));
}

// ------------------------------------------------------------------ the results

function issueItem(issue: ReportIssue, where: string): HTMLElement {
  const tag = t(issue.severity === 'info' ? 'info' : issue.severity).split('|')[0] ?? '';
  return el('li', { class: issue.severity },
    el('span', { class: 'tag' }, tag), ' ', el('span', { class: 'where' }, where), el('br'), issue.message);
}

function figuresTable(result: CheckResult, file: string): HTMLElement[] {
  return result.submissions.filter((s) => s.file === file).map((s) => {
    let anyReadAs = false;
    const rows = s.figures.map((f) => {
      const seen = f.seen?.[state.lang] ?? '';
      const value = f.counted?.[state.lang] ?? null;
      const differs = value !== null && seen !== '' && seen !== value;
      anyReadAs ||= differs;
      return el('tr', differs ? { class: 'read-as' } : {},
        el('th', { scope: 'row' }, f.label[state.lang]),
        el('td', {}, f.seen ? seen : value === null ? '' : t('derived')),
        el('td', {}, value ?? t('notDelivered'), ...(differs ? [el('span', { class: 'note' }, ` (${t('readAs', { seen, counted: value })})`)] : [])));
    });
    // Open where a cell was read as something else than it shows ("80" as 80%): that is what to look at.
    return el('details', { class: 'figures', ...(anyReadAs ? { open: '' } : {}) },
      el('summary', {}, t('figuresTitle', { gi: s.gi, date: s.peildatum })),
      el('table', {}, el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('figure')), el('th', { scope: 'col' }, t('seen')), el('th', { scope: 'col' }, t('counted')))), el('tbody', {}, ...rows)));
  });
}

function results(result: CheckResult): HTMLElement {
  const issues = result.issues[state.lang];
  const where = result.locations[state.lang];
  const c = result.counts;
  const verdict = !result.valid ? t('toFix') : c.warning > 0 ? t('readyNotes') : t('ready');
  const parts: HTMLElement[] = [
    el('p', { class: `verdict ${result.valid ? 'valid' : 'invalid'}`, id: 'verdict', role: 'status' }, verdict),
    el('p', { class: 'counts' }, t('counts', { files: counted(result.files.length, 'file'), errors: counted(c.error, 'error'), warnings: counted(c.warning, 'warning'), notes: counted(c.info, 'info') })),
  ];
  const listOf = (pick: (i: ReportIssue) => boolean) => el('ul', { class: 'issues' }, ...issues.flatMap((i, n) => (pick(i) ? [issueItem(i, where[n] ?? '')] : [])));
  for (const file of result.files) {
    const own = issues.filter((i) => i.file === file);
    const isCase = result.caseRegisters.includes(file);
    parts.push(el('section', { class: 'file' },
      el('h2', {}, file),
      ...(isCase ? [el('p', { class: 'case' }, t('caseRegister'))] : own.length === 0 ? [el('p', { class: 'ok' }, t('noProblems'))] : [listOf((i) => i.file === file)]),
      ...figuresTable(result, file)));
  }
  if (issues.some((i) => i.file === null || !result.files.includes(i.file))) {
    parts.push(el('section', { class: 'file' }, el('h2', {}, t('general')), listOf((i) => i.file === null || !result.files.includes(i.file))));
  }
  return el('section', { id: 'results' }, ...parts);
}

/** The machine-readable result: what `jbmonitor validate --format json` says, for the same files. */
function writeResult(): void {
  const out = byId('jbmonitor-result');
  const r = state.result;
  const severities: Severity[] = ['error', 'warning', 'info'];
  out.textContent = r
    ? JSON.stringify({ valid: r.valid, lang: state.lang, files: r.files, counts: Object.fromEntries(severities.map((s) => [s, r.counts[s]])), caseRegisters: r.caseRegisters, issues: r.issues[state.lang] })
    : 'null';
  out.dataset.run = String(r ? state.run : 0);
  out.dataset.lang = state.lang;
}

function render(): void {
  document.documentElement.lang = state.lang;
  document.title = t('title');
  const app = byId('app');
  app.replaceChildren(
    el('h1', {}, t('title')),
    controls(),
    el('div', { id: 'progress', class: 'progress', 'aria-live': 'polite', hidden: '' }),
    ...(state.failed ? [el('p', { class: 'verdict invalid', role: 'alert' }, t('failed', { message: state.failed }))] : []),
    ...(state.result ? [results(state.result)] : []),
    el('footer', {}, t('footer', { version: config.version })));
  writeResult();
}

render();
