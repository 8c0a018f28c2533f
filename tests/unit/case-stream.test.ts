import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { streamCsv } from '../../src/files/stream-csv.js';
import type { CaseValue } from '../../src/domain/case-rows.js';
import { ROOT } from '../helpers.js';

const DIR = path.join(ROOT, 'test-artifacts', 'case-stream');
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

async function read(bytes: Buffer): Promise<{ rows: CaseValue[][]; encoding: string | null }> {
  mkdirSync(DIR, { recursive: true });
  const file = path.join(DIR, `f${bytes.length}.csv`);
  writeFileSync(file, bytes);
  const rows: CaseValue[][] = [];
  const r = await streamCsv(file, { sheet: () => undefined, row: (values) => { rows.push(values); } });
  return { rows, encoding: r.encoding };
}

describe('streamCsv', () => {
  it('keeps a UTF-8 character split over two 1 MB chunks whole', async () => {
    const row = 'Cliëntnummer;ë€\n';
    const pad = `a;${'x'.repeat((1 << 20) - 7)}`; // the 'ë' of the next row: bytes 1 048 575 and 1 048 576
    const { rows, encoding } = await read(Buffer.from(`${pad}\n${row}${row}`, 'utf8'));
    expect(encoding).toBe('utf-8');
    expect(rows.slice(1)).toEqual([['Cliëntnummer', 'ë€'], ['Cliëntnummer', 'ë€']]);
  });
  it('falls back to Windows-1252 at the first chunk that is not UTF-8', async () => {
    const ascii = Buffer.from('a;b\n'.repeat(300_000), 'latin1');
    const { rows, encoding } = await read(Buffer.concat([ascii, Buffer.from([0x43, 0x6c, 0x69, 0xeb, 0x6e, 0x74, 0x3b, 0x80, 0x0a])]));
    expect(encoding).toBe('windows-1252');
    expect(rows.at(-1)).toEqual(['Cliënt', '€']);
  });
  it('reports a broken CSV as an error with its line', async () => {
    await expect(read(Buffer.from('a;b\n"open;c\n', 'utf8'))).rejects.toThrow();
  });
});
