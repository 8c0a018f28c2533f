// Hostile inputs that once made messages or a CSV grow without bound, at the size that crashed.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const [HEADER = '', NOORD = ''] = readFileSync(path.join(ROOT, 'fixtures', 'input-csv-semicolon', 'gis.csv'), 'utf8').split('\n');
const MIB = 1024 * 1024;

export const cases = [
  {
    // One GI on 8,000 rows of one table: every copy is a duplicate of every other (once 178 MB of
    // messages at 2,000 rows, a crash at 8,000). The row limit is raised so that the rows are read.
    name: 'one GI repeated on 8,000 table rows',
    exit: 1,
    make(dir) {
      writeFileSync(path.join(dir, 'herhaald.csv'), `${HEADER}\n${`${NOORD}\n`.repeat(8000)}`);
      return ['validate', dir, '--max-rows', '10000'];
    },
  },
  {
    // A form followed by 99 MiB of `;` lines, under the 100 MB file limit (once 4.7 GB and a crash).
    name: '99 MiB CSV: a form, then ; lines',
    exit: 1,
    make(dir) {
      const form = 'Naam GI;Jeugdbescherming Noord\nPeildatum;1-12-2022\nFormatie jeugdbeschermers (fte);154,6\n';
      writeFileSync(path.join(dir, 'formulier.csv'), form + ';\n'.repeat(Math.floor((99 * MIB - form.length) / 2)));
      return ['validate', dir];
    },
  },
];
