import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipInput {
  name: string;
  data: Buffer;
  /** Lie in the headers about the inflated size (zip-bomb tests). */
  declaredSize?: number;
  store?: boolean;
  /** Write the local entry only, leaving it out of the central directory (invisible to Excel). */
  localOnly?: boolean;
}

/** A minimal zip writer for crafting hostile workbooks in tests (deflate or store, no extras). */
export function makeZip(entries: readonly ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const body = e.store ? e.data : deflateRawSync(e.data);
    const size = e.declaredSize ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.store ? 0 : 8, 8);
    local.writeUInt32LE(crc32(e.data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.store ? 0 : 8, 10);
    central.writeUInt32LE(crc32(e.data), 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    if (!e.localOnly) centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const listed = entries.filter((e) => !e.localOnly).length;
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(listed, 8);
  end.writeUInt16LE(listed, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** `count` empty but formatted rows numbered from `first`: the bulk of a hostile sheet, built in chunks. */
export function styledRowsXml(count: number, first = 1): Buffer {
  const chunks: Buffer[] = [];
  let text = '';
  for (let r = first; r < first + count; r++) {
    text += `<row r="${r}" s="1" customFormat="1"/>`;
    if (text.length > 1 << 20) {
      chunks.push(Buffer.from(text, 'latin1'));
      text = '';
    }
  }
  chunks.push(Buffer.from(text, 'latin1'));
  return Buffer.concat(chunks);
}

/** A worksheet part with `rows` empty but formatted rows: small zipped, huge in memory. */
export function styledEmptyRows(rows: number): Buffer {
  return Buffer.concat([
    Buffer.from('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>', 'utf8'),
    styledRowsXml(rows),
    Buffer.from('</sheetData></worksheet>', 'utf8'),
  ]);
}

/** The parts of a workbook (folders left out), to change and zip again with makeZip. */
export async function workbookParts(bytes: Buffer): Promise<ZipInput[]> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  return Promise.all(Object.values(zip.files).filter((f) => !f.dir).map(async (f) => ({ name: f.name, data: await f.async('nodebuffer') })));
}

/** The parts with one part's XML text changed. */
export function editPart(parts: readonly ZipInput[], name: string, edit: (xml: string) => string): ZipInput[] {
  return parts.map((p) => (p.name === name ? { ...p, data: Buffer.from(edit(p.data.toString('utf8')), 'utf8') } : p));
}
