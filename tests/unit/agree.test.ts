import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Lang, Report } from '../../src/domain/model.js';
import { INDICATORS } from '../../src/domain/indicators.js';
import { FORMATS } from '../../src/render/formats.js';
import { PLAIN } from '../../src/render/style.js';
import { labelOf } from '../../src/render/labels.js';
import { shownValue } from '../../src/render/report-rows.js';
import { esc } from '../../src/render/html-escape.js';
import { mdText } from '../../src/render/md.js';
import { changeSection, overTimeSections, type SectionTable } from '../../src/render/section-rows.js';
import { loadWorkbook, reportOf } from './render-helpers.js';

/** Every format renders the same Report: the national figures agree across all of them. */
async function renderAll(report: Report, lang: Lang): Promise<Map<string, string | Uint8Array>> {
  const out = new Map<string, string | Uint8Array>();
  for (const f of FORMATS) out.set(f.id, await f.render(report, { lang, style: PLAIN, nationalOnly: false }));
  return out;
}

const text = (v: string | Uint8Array | undefined): string => (typeof v === 'string' ? v : '');

/** The golden scenarios: between them every section (changes, target, revisions, comparison, waiting rule) occurs. */
const SCENARIOS = [
  ['fixtures/nulmeting-2022-12-01'],
  ['fixtures/twee-peildata'],
  ['fixtures/nulmeting-2022-12-01', 'fixtures/rondes-2023-2024', '--compare', 'data/published.csv'],
  ['fixtures/herlevering-2022-12-01', '--revisions', 'latest', '--compare', 'data/published.csv'],
  ['fixtures/nulmeting-2022-12-01', 'fixtures/cases-2022-12-01'],
];

for (const args of SCENARIOS) {
  const scenario = args.join(' ');
  for (const lang of ['nl', 'en'] as const) {
    describe(`${scenario} (${lang}): the numbers agree across formats`, async () => {
      const report = await reportOf([...args, '--lang', lang]);
      const out = await renderAll(report, lang);

      it('json is the Report itself', () => {
        expect(JSON.parse(text(out.get('json')))).toEqual(report);
      });

      for (const id of ['csv', 'tsv']) {
        it(`${id}: every national figure at full precision`, () => {
          const rows: string[][] = parse(text(out.get(id)), { bom: true, delimiter: id === 'tsv' ? '\t' : lang === 'nl' ? ';' : ',' });
          const header = rows[0] ?? [];
          for (const round of report.rounds) {
            const row = rows.find((r) => r[0] === round.peildatum && r[1] === (lang === 'nl' ? 'landelijk' : 'national')) ?? [];
            for (const def of INDICATORS) {
              const cell = row[header.indexOf(labelOf(def, lang))] ?? '';
              const v = round.national[def.id]?.value ?? null;
              if (v === null) expect(cell).toBe('');
              else expect(Math.abs(Number(cell.replace(',', '.')) - v)).toBeLessThanOrEqual(Math.abs(v) * 1e-14);
            }
          }
        });
      }

      it('xlsx: every national figure is the same number', async () => {
        const wb = await loadWorkbook(out.get('xlsx') as Uint8Array);
        const ws = wb.getWorksheet(lang === 'nl' ? 'Landelijk' : 'National');
        const cells = new Map<string, unknown>();
        // The peildatum is a date cell: read it as the UTC day it holds (never cell.text).
        const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
        ws?.eachRow((row) => cells.set(`${day(row.getCell(1).value)}|${row.getCell(2).text}`, row.getCell(3).value));
        for (const round of report.rounds) {
          for (const def of INDICATORS) expect(cells.get(`${round.peildatum}|${labelOf(def, lang)}`) ?? null).toBe(round.national[def.id]?.value ?? null);
        }
      });

      it('table, md and html show every national figure as formatted', () => {
        for (const round of report.rounds) {
          for (const def of INDICATORS) {
            const v = round.national[def.id];
            const shown = shownValue(v?.value ?? null, v?.lower_bound, def, 'national', lang);
            expect(text(out.get('md'))).toContain(`| ${mdText(labelOf(def, lang))} | ${mdText(shown)} |`);
            expect(text(out.get('html'))).toContain(`<th scope="row">${esc(labelOf(def, lang))}</th><td class="num">${esc(shown)}</td>`);
            expect(text(out.get('table'))).toMatch(new RegExp(`^${escapeRe(labelOf(def, lang))} +${escapeRe(shown)} `, 'mu'));
          }
        }
      });

      // Every section of the terminal table, row by row, in md, html and xlsx too.
      const sections: { section: SectionTable; peildatum: string | null }[] = [
        ...report.rounds.flatMap((r) => {
          const section = changeSection(r, lang);
          return section ? [{ section, peildatum: r.peildatum }] : [];
        }),
        ...overTimeSections(report, lang, false).map((section) => ({ section, peildatum: null })),
      ];

      it('table, md and html carry every section, row by row', () => {
        for (const { section } of sections) {
          for (const out2 of ['table', 'md', 'html']) expect(text(out.get(out2)), `${out2}: ${section.title}`).toContain(out2 === 'html' ? esc(section.title) : section.title);
          for (const row of section.rows) {
            const cells = row.map((c) => c.text);
            expect(text(out.get('md'))).toContain(`| ${cells.map(mdText).join(' | ')} |`);
            expect(text(out.get('html'))).toContain(`<tr><th scope="row">${esc(cells[0] ?? '')}</th>${cells.slice(1).map((c, i) => `<td${section.align[i + 1] === 'right' ? ' class="num"' : ''}>${esc(c)}</td>`).join('')}</tr>`);
            // The terminal table trims a line's trailing empty cells.
            const filled = cells.slice(0, cells.findLastIndex((c) => c !== '') + 1);
            expect(text(out.get('table'))).toMatch(new RegExp(`^${filled.map((c) => escapeRe(c)).join(' +')}$`, 'mu'));
          }
        }
      });

      it('xlsx carries every section on its own sheet, its numbers those of the report', async () => {
        const wb = await loadWorkbook(out.get('xlsx') as Uint8Array);
        for (const { section, peildatum } of sections) {
          const ws = wb.getWorksheet(section.sheet);
          expect(ws, section.sheet).toBeDefined();
          const lines: unknown[][] = [];
          // Peildata are date cells: compared as the report's ISO dates.
          ws?.eachRow((row) => lines.push((row.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))));
          for (const row of section.rows) {
            const expected = [...(peildatum ? [peildatum] : []), ...row.map((c) => (c.number ? c.number.value : c.text === '–' ? undefined : c.text))];
            const found = lines.find((l) => expected.every((v, i) => l[i] === v || (v === undefined && (l[i] === null || l[i] === undefined))));
            expect(found, `${section.sheet}: ${JSON.stringify(expected)}`).toBeDefined();
          }
        }
      });

      it('the section numbers are the report\'s own (json): changes, revisions, comparison', () => {
        const numbers = (id: SectionTable['id']) => sections.filter((s) => s.section.id === id).flatMap((s) => s.section.rows.flatMap((r) => r.flatMap((c) => (c.number ? [c.number.value] : []))));
        const changes = report.rounds.flatMap((r) => INDICATORS.flatMap((def) => {
          const c = r.national[def.id]?.change;
          return c ? [def.display === 'percent' ? c.absolute * 100 : c.absolute, ...(c.relative === null ? [] : [c.relative])] : [];
        }));
        expect(numbers('changes')).toEqual(changes);
        expect(numbers('revisions')).toEqual((report.revisions ?? []).flatMap((r) => [r.old, r.new].filter((v): v is number => v !== null)));
        expect(numbers('comparison')).toEqual((report.comparison ?? []).flatMap((c) => [c.published, ...(c.computed === null ? [] : [c.computed])]));
      });

      it('the waiting rule of a round from case files stands in every format', async () => {
        const wb = await loadWorkbook(out.get('xlsx') as Uint8Array);
        const sourceTexts: string[] = [];
        wb.getWorksheet(lang === 'nl' ? 'Bronnen' : 'Sources')?.eachRow((row) => sourceTexts.push(row.getCell(2).text));
        for (const round of report.rounds) {
          const rule = round.waiting_rule?.description;
          if (!rule) continue;
          expect(text(out.get('table'))).toContain(rule);
          expect(text(out.get('md'))).toContain(mdText(rule));
          expect(text(out.get('html'))).toContain(esc(rule));
          expect(sourceTexts).toContain(rule);
        }
      });

      it('tekst states the key figures as formatted', () => {
        for (const round of report.rounds) {
          for (const id of ['maatregelen_totaal', 'organisatieworkload', 'formatie_fte']) {
            const def = INDICATORS.find((d) => d.id === id);
            const v = round.national[id];
            if (!def || !v || v.value === null) continue;
            expect(text(out.get('tekst'))).toContain(shownValue(v.value, v.lower_bound, def, 'national', lang));
          }
        }
      });
    });
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
