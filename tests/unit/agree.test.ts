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
import { loadWorkbook, reportOf } from './render-helpers.js';

/** Every format renders the same Report: the national figures agree across all of them. */
async function renderAll(report: Report, lang: Lang): Promise<Map<string, string | Uint8Array>> {
  const out = new Map<string, string | Uint8Array>();
  for (const f of FORMATS) out.set(f.id, await f.render(report, { lang, style: PLAIN, nationalOnly: false }));
  return out;
}

const text = (v: string | Uint8Array | undefined): string => (typeof v === 'string' ? v : '');

for (const scenario of ['fixtures/nulmeting-2022-12-01', 'fixtures/twee-peildata']) {
  for (const lang of ['nl', 'en'] as const) {
    describe(`${scenario} (${lang}): the numbers agree across formats`, async () => {
      const report = await reportOf([scenario, '--lang', lang]);
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
