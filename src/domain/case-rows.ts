/**
 * What the streaming readers of case-level registers (files/) hand to the case route (cases/):
 * rows of plain cell values, sheet by sheet. Shared here so neither imports the other.
 */

/** A cell as the streaming readers hand it over: text (csv, xlsx), number, Date (xlsx) or empty. */
export type CaseValue = string | number | Date | boolean | null | undefined;

/** Receives the rows of a case file, sheet by sheet. */
export interface CaseRowSink {
  /** A sheet (workbook) or the whole file (csv, name null) begins; `hidden`: a hidden or very hidden sheet. */
  sheet(name: string | null, hidden?: boolean): void;
  /** One row; values[0] is column A. Row numbers are 1-based, as a spreadsheet shows them. */
  row(values: CaseValue[], rowNumber: number): void;
}

export interface StreamResult {
  sha256: string;
  encoding: 'utf-8' | 'windows-1252' | null;
}

/** Bytes read so far of the whole file, for the progress bar. */
export type OnBytes = (bytesRead: number) => void;

/** A case file to stream: its size on disk, and a reader that pushes its rows into a sink. */
export interface StreamedCaseFile {
  path: string;
  kind: 'csv' | 'xlsx';
  size: number;
  /** Push every row into `sink`; `skipSheet` leaves a workbook's sheet out (--skip-sheet). */
  stream(sink: CaseRowSink, onBytes?: OnBytes, skipSheet?: (name: string) => boolean): Promise<StreamResult>;
}

/**
 * The head of an input file, as the case route needs it to recognise a case-level register
 * without reading the file: its size, its first bytes, and a workbook's first rows.
 */
export interface CaseFileProbe {
  path: string;
  /** Size on disk; null when the file cannot be read. */
  size: number | null;
  /** The first `bytes` bytes (fewer when the file is shorter); null when unreadable. */
  head(bytes: number): Promise<Uint8Array | null>;
  /** The text cells of the first `maxRows` rows of each sheet of a workbook (throws when it is no zip). */
  peekSheets(maxRows: number): Promise<(string | null)[][][]>;
}
