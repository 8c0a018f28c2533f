import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from '../helpers.js';
import { canDropPrivileges, DROPPED_USER, runWithResources } from '../support/resource-run.js';

/**
 * Folders, symbolic links and permissions: what cannot be read is an error of that path (exit 1),
 * all of them in one run; an argument that cannot name anything is wrong usage (exit 2); never an
 * internal error, never a silent gap.
 */
const TABLE = path.join(FIXTURES, 'nulmeting-2022-12-01', 'landelijke-gis.csv');
const NOORD = path.join(FIXTURES, 'nulmeting-2022-12-01', 'jb-noord.xlsx');

/** A temporary folder any user may enter and read (mkdtemp makes it private to its owner). */
function tmp(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'jbm-folders-'));
  chmodSync(dir, 0o755);
  return dir;
}

interface JsonIssue { type: string; severity: string; file: string | null; message: string }
async function validateJson(args: string[]): Promise<{ exitCode: number; files: string[]; issues: JsonIssue[]; gis: string[] }> {
  const r = await runCli(['validate', ...args, '--format', 'json']);
  const report = JSON.parse(r.stdout) as { files: string[]; issues: JsonIssue[]; submissions: { gi: string }[] };
  return { exitCode: r.exitCode, files: report.files, issues: report.issues, gis: report.submissions.map((s) => s.gi) };
}

describe('symbolic links inside an input folder', () => {
  it('a link to a regular file is read, with a note saying so (its GI is no gap)', async () => {
    const root = tmp();
    mkdirSync(path.join(root, 'elders'));
    mkdirSync(path.join(root, 'ronde'));
    copyFileSync(NOORD, path.join(root, 'elders', 'jb-noord.xlsx'));
    symlinkSync('../elders/jb-noord.xlsx', path.join(root, 'ronde', 'noord.xlsx'));
    const r = await validateJson([path.join(root, 'ronde')]);
    expect(r.exitCode).toBe(0);
    expect(r.gis).toEqual(['Jeugdbescherming Noord']);
    expect(r.issues).toContainEqual(expect.objectContaining({
      type: 'file/symlink-followed', severity: 'info', file: path.join(root, 'ronde', 'noord.xlsx'),
      message: 'Gelezen via een symbolische koppeling naar ../elders/jb-noord.xlsx.',
    }));
    const computed = await runCli(['compute', path.join(root, 'ronde'), '--format', 'json']);
    const report = JSON.parse(computed.stdout) as { rounds: { aanleverstatus: { gi: string; submitted: boolean }[] }[] };
    expect(report.rounds[0]?.aanleverstatus.find((s) => s.gi === 'Jeugdbescherming Noord')?.submitted).toBe(true);
  });

  it.each([
    ['a dangling link', (dir: string) => symlinkSync('weg.csv', path.join(dir, 'kapot.csv')), 'kapot.csv', 'wijst naar een bestand dat niet bestaat'],
    ['a link in a loop', (dir: string) => symlinkSync('lus.csv', path.join(dir, 'lus.csv')), 'lus.csv', 'verwijst in een kring naar zichzelf'],
    ['two links in a loop', (dir: string) => {
      symlinkSync('b.csv', path.join(dir, 'a.csv'));
      symlinkSync('a.csv', path.join(dir, 'b.csv'));
    }, 'a.csv', 'verwijst in een kring naar zichzelf'],
  ])('%s is an error of that link, beside the other files', async (_what, make, name, said) => {
    const dir = tmp();
    copyFileSync(TABLE, path.join(dir, 'gis.csv'));
    make(dir);
    const r = await validateJson([dir]);
    expect(r.exitCode).toBe(1);
    expect(r.issues).toContainEqual(expect.objectContaining({ type: 'file/symlink-broken', severity: 'error', file: path.join(dir, name), message: expect.stringContaining(said) as unknown }));
    expect(r.files).toContain(path.join(dir, name));
    expect(r.gis.length).toBeGreaterThan(0);
  });

  it('a link to a folder is not searched (a note says so), so a link to its own parent ends', async () => {
    const dir = tmp();
    copyFileSync(TABLE, path.join(dir, 'gis.csv'));
    mkdirSync(path.join(dir, 'sub'));
    symlinkSync('..', path.join(dir, 'sub', 'terug'));
    symlinkSync(dir, path.join(dir, 'zelf'));
    const r = await validateJson([dir]);
    expect(r.exitCode).toBe(0);
    expect(r.files).toEqual([path.join(dir, 'gis.csv')]);
    expect(r.issues.filter((i) => i.type === 'folder/symlink-skipped').map((i) => i.file).sort()).toEqual([path.join(dir, 'sub', 'terug'), path.join(dir, 'zelf')]);
  });

  it('a dangling link without a spreadsheet name is ignored like any other non-spreadsheet file', async () => {
    const dir = tmp();
    copyFileSync(TABLE, path.join(dir, 'gis.csv'));
    symlinkSync('weg.txt', path.join(dir, 'notities.txt'));
    const r = await validateJson([dir]);
    expect(r.exitCode).toBe(0);
    expect(r.issues.filter((i) => i.file?.endsWith('notities.txt'))).toEqual([]);
  });
});

describe('an argument that cannot name anything is wrong usage (exit 2)', () => {
  it.each([
    ['a path over PATH_MAX', () => 'a/'.repeat(2100), /gebruik: pad is te lang voor het bestandssysteem \(ENAMETOOLONG\): a\/a\/.*…/u],
    ['a name over NAME_MAX', () => 'a'.repeat(300), /gebruik: pad is te lang voor het bestandssysteem \(ENAMETOOLONG\)/u],
    ['a link that loops', () => {
      const dir = tmp();
      symlinkSync('lus.csv', path.join(dir, 'lus.csv'));
      return path.join(dir, 'lus.csv');
    }, /gebruik: pad loopt in een kring van symbolische koppelingen \(ELOOP\)/u],
    ['a path through a file', () => `${TABLE}/binnen.csv`, /gebruik: pad bestaat niet/u],
  ])('%s', async (_what, arg, said) => {
    for (const command of ['compute', 'validate']) {
      const r = await runCli([command, arg()]);
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toMatch(said);
      expect(r.stderr).not.toContain('interne fout');
    }
  });
});

/**
 * Permissions: root reads everything, so these run the real CLI as an unprivileged user through
 * setpriv. Without setpriv they are skipped (and say so), never passed silently.
 */
describe.skipIf(!canDropPrivileges())('unreadable files and folders, as an unprivileged user', () => {
  function layout(): { root: string; open: string } {
    const root = tmp();
    const open = path.join(root, 'inzendingen');
    mkdirSync(open);
    chmodSync(open, 0o755);
    copyFileSync(TABLE, path.join(open, 'gis.csv'));
    chmodSync(path.join(open, 'gis.csv'), 0o644);
    return { root, open };
  }

  it('an unreadable subfolder and an unreadable file are errors of their paths, in one run (exit 1)', async () => {
    const { open } = layout();
    const secret = path.join(open, 'geheim');
    mkdirSync(secret);
    copyFileSync(NOORD, path.join(secret, 'jb-noord.xlsx'));
    chmodSync(secret, 0o700);
    const locked = path.join(open, 'op-slot.csv');
    writeFileSync(locked, 'x');
    chmodSync(locked, 0o600);
    const r = await runWithResources(['validate', open], { user: DROPPED_USER, cwd: open });
    expect(r.exitCode, r.stderr).toBe(1);
    expect(r.stdout).toContain(`${secret}: De map kan niet worden gelezen: EACCES.`);
    expect(r.stdout).toContain(`${locked}: Het bestand kan niet worden geopend: EACCES.`);
    expect(r.stdout).toContain('William Schrikker Stichting (J&R) 2022-12-01');
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/interne fout|scandir/u);
  }, 30_000);

  it.each([
    ['compute', []],
    ['validate', []],
    ['compute', ['--lang', 'en']],
  ])('an unreadable folder argument: %s %j exits 1 naming it', async (command, extra) => {
    const { open } = layout();
    chmodSync(open, 0o700);
    const r = await runWithResources([command, open, ...extra], { user: DROPPED_USER, cwd: tmpdir() });
    expect(r.exitCode, r.stderr).toBe(1);
    const said = extra.includes('en') ? `${open}: The folder cannot be read: EACCES.` : `${open}: De map kan niet worden gelezen: EACCES.`;
    expect(`${r.stdout}${r.stderr}`).toContain(said);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/interne fout|internal error|scandir/u);
  }, 30_000);

  it('a file behind a folder that cannot be entered is an error of that file (exit 1)', async () => {
    const { open } = layout();
    chmodSync(open, 0o700);
    const file = path.join(open, 'gis.csv');
    const r = await runWithResources(['validate', file], { user: DROPPED_USER, cwd: tmpdir() });
    expect(r.exitCode, r.stderr).toBe(1);
    expect(r.stdout).toContain(`${file}: Het bestand kan niet worden geopend: EACCES.`);
  }, 30_000);

  it('an unreadable --gi-register is an error of that file (exit 1), not "not found"', async () => {
    const { root } = layout();
    const register = path.join(root, 'register.json');
    writeFileSync(register, '[]');
    chmodSync(register, 0o600);
    const r = await runWithResources(['compute', TABLE, '--gi-register', register], { user: DROPPED_USER, cwd: tmpdir() });
    expect(r.exitCode, r.stderr).toBe(1);
    expect(r.stderr).toContain(`${register}: Het bestand kan niet worden geopend: EACCES.`);
  }, 30_000);
});

