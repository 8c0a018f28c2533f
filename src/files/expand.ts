/**
 * The arguments expanded into input files. Folders are searched recursively for .xlsx, .xlsm and
 * .csv (and .xls, to refuse it clearly), skipping Excel lock files (~$…) and hidden files. What
 * cannot be used becomes an issue of that path, so that one run reports every problem: a folder
 * that cannot be read, a named pipe or device where a file was expected, a broken symbolic link.
 * A path that cannot exist (missing, too long, looping links) is wrong usage.
 *
 * Symbolic links inside a folder: a link to a regular file is followed (a note says so); a link
 * to a folder is not searched (a note says so), so that no folder can contain itself and the walk
 * always ends; a link that leads nowhere or round in a loop is an error of that link.
 */
import type { Dirent, Stats } from 'node:fs';
import { readdir, readlink, stat } from 'node:fs/promises';
import path from 'node:path';
import type { InputFile, Issue } from '../domain/model.js';
import { makeIssue, placeOfFile } from '../domain/issues.js';
import { UsageError } from '../domain/errors.js';
import { compareText } from '../domain/order.js';
import { kindOf } from './regular-file.js';

const SPREADSHEET_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.csv']);
const REFUSED_EXTENSIONS = new Set(['.xls']);

/** The input files found, and the issues of the paths that cannot be read. */
export interface Expansion {
  files: InputFile[];
  /** The paths of files found but refused (no regular file, unreadable, a broken link), sorted. */
  refused: string[];
  issues: Issue[];
}

/** A path too long to show whole in a message. */
function shortened(p: string): string {
  return p.length <= 120 ? p : `${p.slice(0, 60)}…${p.slice(-40)}`;
}

function errnoOf(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? 'I/O';
}

/** The usage error for an argument that cannot name anything; null when the path is possible but unreadable. */
function impossiblePath(arg: string, code: string): UsageError | null {
  const shown = shortened(arg);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new UsageError(`path does not exist: ${shown}`, `pad bestaat niet: ${shown}`);
    case 'ENAMETOOLONG':
      return new UsageError(`path is too long for the file system (ENAMETOOLONG): ${shown}`, `pad is te lang voor het bestandssysteem (ENAMETOOLONG): ${shown}`);
    case 'ELOOP':
      return new UsageError(`path goes round in a loop of symbolic links (ELOOP): ${shown}`, `pad loopt in een kring van symbolische koppelingen (ELOOP): ${shown}`);
    case 'ERR_INVALID_ARG_VALUE':
    case 'ERR_INVALID_ARG_TYPE':
      return new UsageError(`not a valid path: ${JSON.stringify(shown)}`, `geen geldig pad: ${JSON.stringify(shown)}`);
    default:
      return null;
  }
}

function isSpreadsheetName(name: string): boolean {
  const ext = path.extname(name).toLowerCase();
  return SPREADSHEET_EXTENSIONS.has(ext) || REFUSED_EXTENSIONS.has(ext);
}

function joinShown(dir: string, rel: string): string {
  return path.posix.join(dir.split(path.sep).join('/'), rel.split(path.sep).join('/'));
}

class Walk {
  readonly found = new Map<string, InputFile>();
  readonly issues: Issue[] = [];
  readonly refused = new Set<string>();

  add(file: InputFile): void {
    this.found.set(file.absolute, file);
  }

  problem(issue: Issue): void {
    this.issues.push(issue);
  }

  /** A file found that will not be read: an error of that file. */
  refuse(issue: Issue): void {
    if (issue.file !== null) this.refused.add(issue.file);
    this.issues.push(issue);
  }

  /** A folder and its subfolders; a folder that cannot be listed is an issue, and the walk goes on. */
  async folder(root: InputFile, rel: string): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readdir(path.join(root.absolute, rel), { withFileTypes: true });
    } catch (err) {
      this.problem(makeIssue('error', 'folder/unreadable', placeOfFile(joinShown(root.path, rel)), { params: { reason: errnoOf(err) } }));
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
      const childRel = rel ? path.join(rel, e.name) : e.name;
      const child: InputFile = { path: joinShown(root.path, childRel), absolute: path.join(root.absolute, childRel) };
      if (e.isDirectory()) await this.folder(root, childRel);
      else if (e.isSymbolicLink()) await this.link(child, e.name);
      else if (isSpreadsheetName(e.name)) await this.entry(child, e);
    }
  }

  /** A spreadsheet-named entry of a folder: a regular file is taken with its size, anything else refused. */
  private async entry(file: InputFile, e: Dirent): Promise<void> {
    const kind = kindOf(e);
    if (kind !== 'file') {
      this.refuse(makeIssue('error', 'file/not-regular', placeOfFile(file.path), { params: { kind } }));
      return;
    }
    const info = await stat(file.absolute).catch((err: unknown) => errnoOf(err));
    if (typeof info === 'string') this.refuse(makeIssue('error', 'file/unreadable', placeOfFile(file.path), { params: { reason: info } }));
    else this.add({ ...file, size: info.size });
  }

  /** A symbolic link in a folder: followed to a regular file, never into a folder. */
  private async link(file: InputFile, name: string): Promise<void> {
    let info: Stats;
    try {
      info = await stat(file.absolute);
    } catch (err) {
      // A broken link matters only where a spreadsheet would have been read.
      if (!isSpreadsheetName(name)) return;
      const code = errnoOf(err);
      const place = placeOfFile(file.path);
      if (code === 'ENOENT' || code === 'ENOTDIR') this.refuse(makeIssue('error', 'file/symlink-broken', place, { params: { reason: 'dangling' } }));
      else if (code === 'ELOOP') this.refuse(makeIssue('error', 'file/symlink-broken', place, { params: { reason: 'loop' } }));
      else this.refuse(makeIssue('error', 'file/unreadable', place, { params: { reason: code } }));
      return;
    }
    const kind = kindOf(info);
    if (kind === 'directory') {
      this.problem(makeIssue('info', 'folder/symlink-skipped', placeOfFile(file.path)));
      return;
    }
    if (!isSpreadsheetName(name)) return;
    if (kind !== 'file') {
      this.refuse(makeIssue('error', 'file/not-regular', placeOfFile(file.path), { params: { kind } }));
      return;
    }
    const target = await readlink(file.absolute).catch(() => file.absolute);
    this.problem(makeIssue('info', 'file/symlink-followed', placeOfFile(file.path), { params: { target } }));
    this.add({ ...file, size: info.size });
  }
}

/**
 * Expand the arguments into files, sorted by path, so that the order of arguments and of the file
 * system never matters. An argument is taken as named (a link to it is simply followed).
 */
export async function expandInputs(args: readonly string[], cwd: string): Promise<Expansion> {
  const walk = new Walk();
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    let info: Stats;
    try {
      info = await stat(absolute);
    } catch (err) {
      const code = errnoOf(err);
      const usage = impossiblePath(arg, code);
      if (usage) throw usage;
      walk.refuse(makeIssue('error', 'file/unreadable', placeOfFile(arg), { params: { reason: code } }));
      continue;
    }
    const kind = kindOf(info);
    if (kind === 'directory') await walk.folder({ path: arg, absolute }, '');
    else if (kind === 'file') walk.add({ path: arg, absolute, size: info.size });
    else walk.refuse(makeIssue('error', 'file/not-regular', placeOfFile(arg), { params: { kind } }));
  }
  return {
    files: [...walk.found.values()].sort((a, b) => compareText(a.path, b.path)),
    refused: [...walk.refused].sort(compareText),
    issues: walk.issues,
  };
}
