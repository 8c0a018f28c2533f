/** Rounding for display and comparison: once, half away from zero, on the decimal value. */

const formats = new Map<number, Intl.NumberFormat>();

/** Round half away from zero at `decimals`, on the decimal value (Intl: 2.25 → 2.3, 1.005 → 1.01). */
export function roundHalfAway(value: number, decimals: number): number {
  let f = formats.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false });
    formats.set(decimals, f);
  }
  return Number(f.format(value));
}
