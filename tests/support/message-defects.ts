/**
 * What no message may show: a missing param rendered by JavaScript, a non-number, or float noise
 * (2576.0000000000005, 170.76360000000003, 2575.9999999999995) where a number in the run's
 * language belongs.
 */
const DEFECTS: { what: string; pattern: RegExp }[] = [
  { what: 'undefined', pattern: /\bundefined\b/u },
  { what: 'null', pattern: /\bnull\b/u },
  { what: 'NaN', pattern: /\bNaN\b/u },
  { what: 'Infinity', pattern: /Infinity|∞/u },
  { what: '[object …]', pattern: /\[object /u },
  { what: 'float noise', pattern: /\d[.,]\d*(?:000|999)\d*[1-9]/u },
  { what: 'more than 6 decimals', pattern: /\d[.,]\d{7,}/u },
];

/** The defects a text shows, by name (empty = none). */
export function messageDefects(text: string): string[] {
  return DEFECTS.filter((d) => d.pattern.test(text)).map((d) => d.what);
}
