// Hostile inputs of the file-system edge: paths that are no regular files, and folders that
// cannot be read. Each must end within seconds with exit 1, naming the path.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const TABLE = path.join(ROOT, 'fixtures', 'nulmeting-2022-12-01', 'landelijke-gis.csv');

export const cases = [
  {
    // Once read until the heap gave out (9 GB).
    name: 'files: /dev/zero as an input',
    exit: 1,
    make: () => ['validate', '/dev/zero'],
  },
  {
    // Once hung forever, deaf to SIGTERM, waiting for a writer.
    name: 'files: a named pipe as an input',
    exit: 1,
    make: (dir) => {
      execFileSync('mkfifo', [path.join(dir, 'aanlevering.csv')]);
      return ['compute', path.join(dir, 'aanlevering.csv')];
    },
  },
  {
    name: 'files: a named pipe among submissions in a folder',
    exit: 1,
    make: (dir) => {
      execFileSync('mkfifo', [path.join(dir, 'pijp.csv')]);
      copyFileSync(TABLE, path.join(dir, 'gis.csv'));
      return ['compute', dir, '--format', 'json'];
    },
  },
  {
    // Once an internal error (exit 4, "EACCES … scandir").
    name: 'files: a folder with an unreadable subfolder (as nobody)',
    exit: 1,
    unprivileged: true,
    make: (dir) => {
      chmodSync(dir, 0o755);
      copyFileSync(TABLE, path.join(dir, 'gis.csv'));
      chmodSync(path.join(dir, 'gis.csv'), 0o644);
      const secret = path.join(dir, 'geheim');
      mkdirSync(secret);
      writeFileSync(path.join(secret, 'noord.csv'), 'x');
      chmodSync(secret, 0o700);
      return ['validate', dir];
    },
  },
];
