import JSZip from 'jszip';

/**
 * A Word document as reviewable text: the document properties, each paragraph with its style,
 * each table row (header rows marked), section orientation, footnotes and the charts' data.
 * Golden docx files are compared byte for byte; this companion makes a diff readable.
 */
const unescape = (s: string): string => s.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&amp;/gu, '&');

/** The text of a fragment: its runs, footnote references as [^n], a page number field as {PAGE}. */
function textOf(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:footnoteReference w:id="(\d+)"\/>|<w:instrText[^>]*>([^<]*)<\/w:instrText>|<w:drawing>/gu)) {
    if (m[1] !== undefined) out += unescape(m[1]);
    else if (m[2] !== undefined) out += `[^${m[2]}]`;
    else if (m[3] !== undefined) out += `{${m[3].trim()}}`;
    else out += '{chart}';
  }
  return out;
}

function body(xml: string): string[] {
  const lines: string[] = [];
  // Rows of tables (a chart grid's rows included), paragraphs outside tables, section breaks.
  const tokens = xml.matchAll(/<w:tbl>|<\/w:tbl>|<w:tr>[\s\S]*?<\/w:tr>|<w:p>[\s\S]*?<\/w:p>|<w:p\/>|<w:sectPr>[\s\S]*?<\/w:sectPr>/gu);
  let depth = 0;
  for (const [t] of tokens) {
    if (t === '<w:tbl>') depth += 1;
    else if (t === '</w:tbl>') depth -= 1;
    else if (t.startsWith('<w:tr>')) {
      const cells = [...t.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/gu)].map((c) => {
        const align = /<w:jc w:val="(\w+)"/u.exec(c[1] ?? '')?.[1];
        return `${textOf(c[1] ?? '')}${align === 'right' ? ' >' : align === 'center' ? ' ^' : ''}`;
      });
      lines.push(`${t.includes('<w:tblHeader/>') ? 'H' : ' '}| ${cells.join(' | ')}`);
    } else if (t.startsWith('<w:sectPr>')) {
      lines.push(`=== section ${/w:orient="(\w+)"/u.exec(t)?.[1] ?? 'portrait'}`);
    } else if (depth === 0 && t !== '<w:p/>') {
      const style = /<w:pStyle w:val="([^"]+)"/u.exec(t)?.[1];
      const text = textOf(t);
      const breakBefore = t.includes('<w:pageBreakBefore/>') ? ' (new page)' : '';
      if (text || style) lines.push(`${style ? `[${style}]${breakBefore} ` : ''}${text}`);
    }
  }
  return lines;
}

function chart(xml: string): string[] {
  const type = /<c:(\w+)Chart>/u.exec(xml)?.[1] ?? '?';
  const title = [...(/<c:title>([\s\S]*?)<\/c:title>/u.exec(xml)?.[1] ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/gu)].map((m) => unescape(m[1] ?? '')).join('');
  const points = (part: string) => [...(/<c:(?:strCache|numCache)>([\s\S]*?)<\/c:(?:strCache|numCache)>/u.exec(part)?.[1] ?? '').matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/gu)].map((m) => `${m[1]}=${unescape(m[2] ?? '')}`).join(' ');
  const cats = points(/<c:cat>([\s\S]*?)<\/c:cat>/u.exec(xml)?.[1] ?? '');
  const vals = [...xml.matchAll(/<c:val>([\s\S]*?)<\/c:val>/gu)].map((m) => points(m[1] ?? ''));
  const formats = [...new Set([...xml.matchAll(/formatCode="([^"]*)"/gu)].map((m) => m[1]))].join(', ');
  return [`${type}: ${title}`, `  categories: ${cats}`, ...vals.map((v) => `  values: ${v}`), `  number formats: ${formats}`, `  embedded data: ${xml.includes('<c:externalData') ? 'yes' : 'no'}`];
}

export async function decodeDocx(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const lines = ['## entries', ...Object.keys(zip.files)];
  const core = await read('docProps/core.xml');
  lines.push('## properties', ...[...core.matchAll(/<(dc:title|dc:description|cp:keywords|dcterms:created|dcterms:modified)[^>]*>([^<]*)</gu)].map((m) => `${m[1] ?? ''}: ${unescape(m[2] ?? '')}`));
  lines.push('## document', ...body(await read('word/document.xml')));
  const notes = await read('word/footnotes.xml');
  lines.push('## footnotes', ...[...notes.matchAll(/<w:footnote w:id="(\d+)">([\s\S]*?)<\/w:footnote>/gu)].filter((m) => Number(m[1]) > 0).map((m) => `[^${m[1] ?? ''}] ${textOf(m[2] ?? '')}`));
  const charts = Object.keys(zip.files).filter((n) => /^word\/charts\/chart\d+\.xml$/u.test(n)).sort((a, b) => Number(/\d+/u.exec(a)?.[0]) - Number(/\d+/u.exec(b)?.[0]));
  for (const name of charts) lines.push(`## ${name}`, ...chart(await read(name)));
  return `${lines.join('\n')}\n`;
}
