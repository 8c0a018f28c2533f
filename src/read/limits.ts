/**
 * Limits on what one input file may cost to read. Submissions come by e-mail from outside
 * organisations: a file is untrusted until it has passed these. All are overridable (see cli.ts).
 */
export interface Limits {
  /** Size of one input file on disk. */
  maxFileBytes: number;
  /** Sum of the inflated sizes of a workbook's zip entries. */
  maxUnzippedBytes: number;
  /** Inflated size / compressed size of a workbook: far beyond real spreadsheets means a zip bomb. */
  maxCompressionRatio: number;
  /**
   * Rows in one worksheet of a submission, which exceljs reads whole (about 0.7 kB a row, and
   * about 0.5 kB a cell): the row elements, styled empty ones included, and the highest row
   * number. Case registers are streamed and may fill a sheet to Excel's maximum. The cells of a
   * submission workbook are bounded with it (see cellBudget).
   */
  maxRows: number;
  /** Characters in one CSV record. */
  maxLineChars: number;
}

const MIB = 1024 * 1024;

/** Bytes as megabytes with one decimal, as messages show sizes. */
export const megabytes = (bytes: number): number => Math.round((bytes / MIB) * 10) / 10;

export const DEFAULT_LIMITS: Readonly<Limits> = {
  maxFileBytes: 100 * MIB,
  maxUnzippedBytes: 500 * MIB,
  maxCompressionRatio: 200,
  maxRows: 1_000,
  maxLineChars: 1 * MIB,
};

/** How each limit is named in options and messages (megabytes and kilobytes for people). */
export const LIMIT_OPTIONS = {
  maxFileBytes: { option: '--max-file-mb', unit: MIB },
  maxUnzippedBytes: { option: '--max-unzipped-mb', unit: MIB },
  maxCompressionRatio: { option: '--max-compression-ratio', unit: 1 },
  maxRows: { option: '--max-rows', unit: 1 },
  maxLineChars: { option: '--max-line-kb', unit: 1024 },
} as const satisfies Record<keyof Limits, { option: string; unit: number }>;

/** Cells a submission row may average: an uitvraag is a form or a table a few dozen columns wide. */
export const CELLS_PER_ROW = 100;

/**
 * Cells and rows in all sheets of a submission workbook together (merged cells included): what
 * exceljs allocates. Raised with --max-rows.
 */
export const cellBudget = (limits: Limits): number => limits.maxRows * CELLS_PER_ROW;
