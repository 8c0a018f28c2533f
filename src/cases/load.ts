/**
 * read → validate → tally for case-level registers. Streamed files are read row by row; small
 * workbooks already read whole by the aggregate reader are replayed from their raw sheets.
 */
import type { InputRef, Issue, RawFile, RawValue } from '../domain/model.js';
import { dayNumberFromIso } from '../domain/calendar.js';
import { CaseTally } from './tally.js';
import type { WaitingRule } from '../domain/waiting-rule.js';
import { DuplicateIndex } from './duplicates.js';
import type { CaseSubmission } from './merge.js';
import type { CaseValue, StreamedCaseFile } from '../domain/case-rows.js';
import { holidayNotes } from '../validate/holidays.js';
import { makeIssue, placeOfFile } from '../domain/issues.js';
import type { GiRegister } from '../domain/gi-register.js';
import type { OutStream } from '../domain/io.js';
import { CaseFileSink, type CaseRun } from './sink.js';
import { progressBar } from './progress.js';
import { printable } from '../domain/printable.js';

/** Options of a run with case files. */
export interface CaseOptions {
  rule: WaitingRule;
  /** Where the progress bar goes: stderr when it is a terminal, else null. */
  progress: OutStream | null;
  /** --skip-sheet: whether a sheet of a streamed workbook is left out (the caller notes it). */
  skipSheet?: (file: string, sheet: string) => boolean;
}

export interface CaseSources {
  streamed: StreamedCaseFile[];
  /** Workbooks read whole that turned out to be case files. */
  whole: RawFile[];
}

export interface CasesLoaded {
  inputs: InputRef[];
  submissions: CaseSubmission[];
  issues: Issue[];
  rows: number;
}

function rawToCase(v: RawValue): CaseValue {
  switch (v.kind) {
    case 'empty': return null;
    case 'text': return v.text;
    case 'number': return v.number;
    case 'date': return v.iso;
    case 'boolean': return v.bool;
    case 'error': return v.text;
    case 'formula-without-result': return v.formula;
  }
}

export async function loadCases(sources: CaseSources, peildata: readonly string[], register: GiRegister, options: CaseOptions): Promise<CasesLoaded> {
  const days = peildata.map((p) => dayNumberFromIso(p) ?? 0);
  const { explainCaseRow } = await import('./schema.js');
  // CSV rows take at least ~100 bytes in practice with all columns; a low guess only costs a rehash.
  const csvBytes = sources.streamed.filter((s) => s.kind === 'csv').reduce((sum, s) => sum + s.size, 0);
  const run: CaseRun = {
    tally: new CaseTally(days, options.rule), duplicates: new DuplicateIndex(Math.floor(csvBytes / 100)), register,
    segments: [], nextId: 1, giSource: new Map(), giStatus: new Map(), rows: 0, explain: explainCaseRow,
  };
  const issues: Issue[] = [];
  const inputs: InputRef[] = [];

  for (const raw of sources.whole) {
    const sink = new CaseFileSink(raw.file, run, raw.date1904);
    for (const sheet of raw.sheets) {
      sink.sheet(sheet.sheet, sheet.hidden);
      sheet.rows.forEach((cells, i) => {
        const values: CaseValue[] = [];
        for (const c of cells) values[c.col - 1] = rawToCase(c.value);
        sink.row(values, i + 1);
      });
    }
    issues.push(...sink.finish());
  }

  for (const file of sources.streamed) {
    const sink = new CaseFileSink(file.path, run);
    const size = options.progress ? file.size : 0;
    const bar = options.progress ? progressBar(options.progress, printable(file.path), size, () => run.rows) : null;
    try {
      const read = await file.stream(sink, bar?.update, (sheet) => options.skipSheet?.(file.path, sheet) ?? false);
      inputs.push({ path: file.path, sha256: read.sha256 });
      issues.push(...sink.finish());
    } catch (err) {
      const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      issues.push(...sink.issues);
      issues.push(file.kind === 'csv'
        ? makeIssue('error', 'file/csv-syntax', { ...placeOfFile(file.path), row: (err as { lines?: number }).lines ?? null }, { params: { reason: (err as Error).message } })
        : makeIssue('error', 'file/not-spreadsheet', placeOfFile(file.path), { expected: 'spreadsheet', params: { reason } }));
    } finally {
      bar?.done();
    }
  }

  // Working days counted in a year without known decreed days: say which holidays were applied.
  issues.push(...holidayNotes(options.rule.calendar));
  const submissions: CaseSubmission[] = run.tally.results().flatMap(({ gi, figures }) => figures.map((f, k) => ({
    gi,
    registered: run.giStatus.get(gi)?.registered ?? false,
    monitor: run.giStatus.get(gi)?.monitor ?? false,
    peildatum: peildata[k] ?? '',
    figures: f,
    source: run.giSource.get(gi) ?? placeOfFile(''),
  })));
  return { inputs, submissions, issues, rows: run.rows };
}
