import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/domain/model.js';
import { FORMATS } from '../../src/render/formats.js';
import { PLAIN } from '../../src/render/style.js';
import { loadWorkbook, reportOf } from './render-helpers.js';

/**
 * Hostile text (a GI name that is a formula or markup) is neutralised in csv/xlsx and escaped
 * in html/md, in an in-memory Report so no validator stands in between.
 */
const FORMULA = '=HYPERLINK("http://x","klik")';
const SCRIPT = '<script>alert(1)</script>';
const PIPE = 'GI | met * markup _';

function renamed(report: Report): Report {
  const names = new Map([['Jeugdbescherming Noord', FORMULA], ['Jeugdbescherming Limburg', SCRIPT], ['Jeugdbescherming west', PIPE]]);
  const swap = (n: string) => names.get(n) ?? n;
  const json = JSON.stringify(report);
  const copy = JSON.parse(json) as Report;
  for (const r of copy.rounds) {
    r.expected = r.expected.map(swap);
    r.gis = r.gis.map((g) => ({ ...g, gi: swap(g.gi) }));
    r.aanleverstatus = r.aanleverstatus.map((d) => ({ ...d, gi: swap(d.gi) }));
    for (const v of Object.values(r.national)) v.missing = v.missing.map(swap);
  }
  return copy;
}

const render = async (id: string, report: Report) => {
  const f = FORMATS.find((x) => x.id === id);
  if (!f) throw new Error(id);
  return f.render(report, { lang: 'nl', style: PLAIN, nationalOnly: false });
};

describe('hostile text in reports', async () => {
  const report = renamed(await reportOf(['fixtures/nulmeting-2022-12-01']));

  it('csv and tsv: a formula-like GI name starts with an apostrophe', async () => {
    for (const id of ['csv', 'tsv']) {
      const text = (await render(id, report)) as string;
      expect(text).toContain(`'=HYPERLINK(`);
      expect(text).not.toMatch(/(^|[;\t])"?=HYPERLINK/mu);
    }
  });

  it('xlsx: no cell holds a formula, and the GI name is neutralised text', async () => {
    const wb = await loadWorkbook((await render('xlsx', report)) as Uint8Array);
    let found = false;
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
      expect(cell.formula ?? null).toBeNull();
      if (typeof cell.value === 'string' && cell.value.includes('HYPERLINK')) {
        expect(cell.value.startsWith("'=")).toBe(true);
        found = true;
      }
    })));
    expect(found).toBe(true);
  });

  it('html: markup in a name is escaped everywhere, also inside the SVG', async () => {
    const html = (await render('html', report)) as string;
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('=HYPERLINK(&quot;http://x&quot;');
  });

  it('md: pipes and markup in a name cannot break a table', async () => {
    const md = (await render('md', report)) as string;
    expect(md).toContain('GI \\| met \\* markup \\_');
    expect(md).not.toContain('<script>');
  });
});
