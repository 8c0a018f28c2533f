/**
 * --skip-sheet NAME: sheets the analyst wants left out (an overview or pivot sheet of their own),
 * in every workbook of the run, case workbooks too. Names match case-insensitively; a name that
 * matches no sheet at all is worth a warning (a typo would otherwise skip nothing, silently).
 */
export class SheetSkipper {
  private readonly wanted: Map<string, string>;
  private readonly matched = new Set<string>();

  constructor(names: readonly string[]) {
    this.wanted = new Map(names.map((n) => [n.trim().toLowerCase(), n]));
  }

  /** Whether this sheet is to be skipped; remembers that its name matched. */
  skips(sheet: string | null): boolean {
    if (sheet === null) return false;
    const key = sheet.trim().toLowerCase();
    if (!this.wanted.has(key)) return false;
    this.matched.add(key);
    return true;
  }

  /** The names as given that matched no sheet of any workbook. */
  unmatched(): string[] {
    return [...this.wanted].filter(([key]) => !this.matched.has(key)).map(([, name]) => name);
  }
}
