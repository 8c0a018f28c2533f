import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang, Report } from '../../src/domain/model.js';
import { FORMATS, type FormatDef } from '../../src/render/formats.js';
import { PLAIN } from '../../src/render/style.js';
import { ROOT, runCli } from '../helpers.js';
import { decodeXlsx } from './decode-xlsx.js';
import { decodeDocx } from './decode-docx.js';

/** The reviewable companion of each binary format. */
const DECODERS: Record<string, (bytes: Uint8Array) => Promise<string>> = { xlsx: decodeXlsx, docx: decodeDocx };

/**
 * Golden tests: every report of every scenario, in every format and language, compared byte for
 * byte with the committed file in tests/golden/<scenario>/. Each scenario is computed once per
 * language (the report carries the language of its messages): the CLI's JSON — itself a golden
 * file — is the report, and every other format is rendered from it in-process. One end-to-end run
 * per scenario proves the CLI writes exactly what that in-process render gives.
 * A new format or scenario is covered by adding it to its registry or to SCENARIOS.
 * After an intended change: UPDATE_GOLDEN=1 npx vitest run tests/golden
 */
const UPDATE = process.env.UPDATE_GOLDEN === '1';

export const SCENARIOS: { name: string; args: string[] }[] = [
  { name: 'nulmeting-2022-12-01', args: ['fixtures/nulmeting-2022-12-01'] },
  // Four rounds (baseline + 1 Oct 2023, 1 Jan 2024, 1 Apr 2024), compared with the letters' figures.
  { name: 'vier-rondes-2022-2024', args: ['fixtures/nulmeting-2022-12-01', 'fixtures/rondes-2023-2024', '--compare', 'data/published.csv'] },
  // The baseline re-delivered in March 2024: the later published 17,1 and 2.072.
  { name: 'herlevering-2022-12-01', args: ['fixtures/herlevering-2022-12-01', '--revisions', 'latest', '--compare', 'data/published.csv'] },
  { name: 'twee-peildata', args: ['fixtures/twee-peildata'] },
  { name: 'cases-2022-12-01', args: ['fixtures/nulmeting-2022-12-01', 'fixtures/cases-2022-12-01'] },
];

const LANGS = ['nl', 'en'] as const;
const JSON_FORMAT = FORMATS.find((f) => f.id === 'json');
if (!JSON_FORMAT) throw new Error('the json format is the report itself; the golden tests read it');

/** The command line of one scenario in one format and language. */
const argsFor = (scenario: { args: string[] }, format: string, lang: Lang) => ['compute', ...scenario.args, '--format', format, '--lang', lang];

/** One CLI run per scenario and language: its JSON output, which is the report. */
const reports = new Map<string, Promise<{ json: Buffer; report: Report }>>();
function reportOf(scenario: { name: string; args: string[] }, lang: Lang): Promise<{ json: Buffer; report: Report }> {
  const key = `${scenario.name}/${lang}`;
  let pending = reports.get(key);
  if (!pending) {
    pending = runCli(argsFor(scenario, 'json', lang)).then((r) => {
      if (r.exitCode !== 0) throw new Error(`jbmonitor ${argsFor(scenario, 'json', lang).join(' ')} exited ${r.exitCode}: ${r.stderr}`);
      return { json: r.stdoutBytes, report: JSON.parse(r.stdout) as Report };
    });
    reports.set(key, pending);
  }
  return pending;
}

async function render(format: FormatDef, report: Report, lang: Lang): Promise<Buffer> {
  const content = await format.render(report, { lang, style: PLAIN, nationalOnly: false });
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
}

async function expectGolden(name: string, format: FormatDef, bytes: Buffer): Promise<void> {
  const file = path.join(ROOT, 'tests', 'golden', name);
  if (UPDATE) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }
  if (!existsSync(file)) throw new Error(`golden file ${name} is missing; run UPDATE_GOLDEN=1 npx vitest run tests/golden`);
  // Binary formats get a decoded companion (<name>.txt) so that a change can be reviewed.
  const decoder = format.binary ? DECODERS[format.id] : undefined;
  if (format.binary && !decoder) throw new Error(`no decoder for the binary format ${format.id}`);
  const decoded = decoder ? await decoder(bytes) : null;
  if (decoded !== null && UPDATE) writeFileSync(`${file}.txt`, decoded);
  if (decoded !== null) expect(decoded).toBe(readFileSync(`${file}.txt`, 'utf8'));
  expect(bytes.equals(readFileSync(file)), `${name} differs from the golden file`).toBe(true);
}

describe('golden reports', () => {
  SCENARIOS.forEach((scenario, index) => {
    for (const format of FORMATS) {
      for (const lang of LANGS) {
        const name = `${scenario.name}/report.${lang}.${format.id}`;
        it(`${name} = jbmonitor ${argsFor(scenario, format.id, lang).join(' ')}`, async () => {
          const { json, report } = await reportOf(scenario, lang);
          await expectGolden(name, format, format === JSON_FORMAT ? json : await render(format, report, lang));
        });
      }
    }

    // A different format per scenario, so that the CLI path of several formats is run end to end.
    const others = FORMATS.filter((f) => f !== JSON_FORMAT);
    const format = others[index % others.length] ?? others[0];
    const lang = LANGS[index % LANGS.length] ?? 'nl';
    if (!format) return;
    it(`${scenario.name}: the CLI writes exactly the in-process ${format.id} render (${lang})`, async () => {
      const { report } = await reportOf(scenario, lang);
      const cli = await runCli(argsFor(scenario, format.id, lang));
      expect(cli.exitCode, cli.stderr).toBe(0);
      expect(cli.stdoutBytes.equals(await render(format, report, lang)), `${format.id} from the CLI differs from the in-process render`).toBe(true);
    });
  });
});
