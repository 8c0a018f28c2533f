import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORT_MARK, type Report } from '../../src/domain/model.js';
import { INDICATORS } from '../../src/domain/indicators.js';
import { renderDocx } from '../../src/render/docx.js';
import { FIXED_DATE } from '../../src/render/office-bytes.js';
import { readInput } from '../../src/read/inputs.js';
import { DEFAULT_LIMITS } from '../../src/read/limits.js';
import { inflateRawChunks } from '../../src/files/inflate.js';
import { reportOf } from './render-helpers.js';

/** The parts of a rendered docx that the checks below read. */
async function parts(bytes: Uint8Array): Promise<{ zip: JSZip; doc: string; notes: string; core: string; rels: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (n: string) => (await zip.file(n)?.async('string')) ?? '';
  return { zip, doc: await read('word/document.xml'), notes: await read('word/footnotes.xml'), core: await read('docProps/core.xml'), rels: await read('word/_rels/document.xml.rels') };
}

const footnoteTexts = (xml: string): string[] => [...xml.matchAll(/<w:footnote w:id="(\d+)">([\s\S]*?)<\/w:footnote>/gu)]
  .filter((m) => Number(m[1]) > 0).map((m) => [...(m[2] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/gu)].map((t) => t[1]).join('').replace(/&apos;/gu, "'").replace(/&amp;/gu, '&'));

describe('the Word report', () => {
  let nulmeting: Report;
  let vier: Report;
  beforeAll(async () => {
    nulmeting = await reportOf(['fixtures/nulmeting-2022-12-01']);
    vier = await reportOf(['fixtures/nulmeting-2022-12-01', 'fixtures/rondes-2023-2024']);
  });

  it.each([
    { lang: 'nl' as const, atLeast: 'ten minste', notBy: 'niet aangeleverd door' },
    { lang: 'en' as const, atLeast: 'at least', notBy: 'not delivered by' },
  ])('($lang) gives every lower bound a footnote that names the missing GIs', async ({ lang, atLeast, notBy }) => {
    const { doc, notes } = await parts(await renderDocx(nulmeting, { lang }));
    const round = nulmeting.rounds[0];
    const bounds = INDICATORS.map((d) => ({ def: d, v: round?.national[d.id] })).filter(({ v }) => v?.lower_bound && v.value !== null);
    expect(bounds.length).toBeGreaterThan(0);
    const texts = footnoteTexts(notes);
    for (const { def, v } of bounds) {
      const note = texts.find((t) => t.startsWith(`${def.label[lang]}: ${atLeast}`));
      expect(note, def.id).toBeDefined();
      if (v?.missing.length) expect(note).toContain(notBy);
      for (const gi of v?.missing ?? []) expect(note, `${def.id} names ${gi}`).toContain(gi);
    }
    // Each footnote is referenced once from the text.
    expect([...doc.matchAll(/<w:footnoteReference w:id="\d+"\/>/gu)].length).toBe(texts.length);
  });

  it('names no GI in a publication (--alleen-landelijk): no per-GI pages, footnotes count the missing', async () => {
    const { doc, notes } = await parts(await renderDocx(nulmeting, { lang: 'nl', nationalOnly: true }));
    const names = nulmeting.rounds[0]?.expected ?? [];
    for (const gi of names) {
      expect(doc.replace(/&amp;/gu, '&'), gi).not.toContain(gi);
      expect(notes.replace(/&amp;/gu, '&'), gi).not.toContain(gi);
    }
    expect(footnoteTexts(notes).some((t) => /van de 13 GI's, dus/u.test(t))).toBe(true);
    expect(doc).not.toContain('w:orient="landscape"><');
  });

  it.each([
    { what: 'heading styles for the navigation pane and a table of contents', pattern: /<w:pStyle w:val="Heading1"\/>[\s\S]*<w:pStyle w:val="Heading2"\/>/u },
    { what: 'a header row that repeats on every page', pattern: /<w:tblHeader\/>/u },
    { what: 'right-aligned numbers', pattern: /<w:jc w:val="right"\/>[\s\S]*?33\.859/u },
    { what: 'a landscape section for the wide tables', pattern: /w:orient="landscape"/u },
    { what: 'native charts', pattern: /drawingml\/2006\/chart/u },
  ])('has $what', async ({ pattern }) => {
    const { doc } = await parts(await renderDocx(vier, { lang: 'nl' }));
    expect(doc).toMatch(pattern);
  });

  it('carries the report mark and the date of its latest peildatum, not the clock', async () => {
    const { core } = await parts(await renderDocx(vier, { lang: 'nl' }));
    expect(core).toContain(`<cp:keywords>${REPORT_MARK}</cp:keywords>`);
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-04-01T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2024-04-01T00:00:00Z</dcterms:modified>');
  });

  it('renames the random relationship ids and dates every entry, also inside the charts\' workbooks', async () => {
    const { zip, rels } = await parts(await renderDocx(vier, { lang: 'nl' }));
    expect(rels).toMatch(/Id="rIdJ1"/u);
    expect(rels).not.toMatch(/Id="rId(?!J?\d+")/u);
    const embedded = Object.keys(zip.files).filter((n) => n.endsWith('.xlsx'));
    expect(embedded.length).toBeGreaterThan(0);
    for (const name of embedded) {
      const inner = await JSZip.loadAsync(await zip.file(name)?.async('uint8array') ?? new Uint8Array());
      for (const entry of Object.values(inner.files)) expect(entry.date.getTime(), `${name}/${entry.name}`).toBe(FIXED_DATE.getTime());
    }
  });

  it('writes text from the inputs as text: no field, hyperlink or formula comes from a GI name', async () => {
    const hostile = ['=HYPERLINK("http://example.org","klik")', '{ HYPERLINK "http://example.org" }', '@SUM(A1)', '+31 6 1234', '-1+1'];
    const first = vier.rounds[0];
    if (!first) throw new Error('no round');
    const rename = new Map(first.expected.map((gi, i) => [gi, hostile[i % hostile.length] ?? gi]));
    const swap = (s: string) => rename.get(s) ?? s;
    const report: Report = JSON.parse(JSON.stringify(vier), (key, value: unknown) => (typeof value === 'string' && (key === 'gi' || /^\d+$/u.test(key)) ? swap(value) : value)) as Report;
    const { doc, notes } = await parts(await renderDocx(report, { lang: 'nl' }));
    for (const xml of [doc, notes]) {
      expect(xml).not.toMatch(/<w:hyperlink|<w:fldSimple|<w:fldChar/u);
      // The only field is the page number in the footer, which is not in these parts.
      expect(xml).not.toMatch(/<w:instrText/u);
    }
    expect(doc).toContain('=HYPERLINK(&quot;http://example.org&quot;,&quot;klik&quot;)');
    expect(doc).toContain('{ HYPERLINK &quot;http://example.org&quot; }');
  });
});

describe('a Word file among the inputs', () => {
  it.each([
    { what: 'a jbmonitor report is skipped as the tool\'s own report', own: true, expected: 'file/own-report' },
    { what: 'another Word document is refused as no workbook', own: false, expected: 'file/not-workbook' },
  ])('$what', async ({ own, expected }) => {
    const report = await reportOf(['fixtures/twee-peildata']);
    let bytes = await renderDocx(report, { lang: 'nl' });
    if (!own) {
      const zip = await JSZip.loadAsync(bytes);
      const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
      zip.file('docProps/core.xml', core.replace(REPORT_MARK, 'brief'));
      bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    }
    const result = await readInput(bytes, 'brief.docx', 'hash', DEFAULT_LIMITS, inflateRawChunks);
    expect(result.file).toBeUndefined();
    expect(result.issues.map((i) => i.type)).toEqual([expected]);
  });
});
