const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** GI names in Dutch alphabetical order, ties broken by code units so the order is total. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
