/**
 * Text that a spreadsheet would run as a formula (= + - @, or a leading tab or carriage return)
 * gets a leading apostrophe. Numbers are written as numbers and are not touched.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/u.test(text) ? `'${text}` : text;
}

/**
 * JSON whose bytes hold no character a terminal acts on: JSON.stringify escapes U+0000–U+001F but
 * writes C1 controls (U+0080–U+009F, such as the CSI U+009B), the line and paragraph separators
 * and the bidirectional overrides (U+202E) as they are. Written as \uXXXX escapes instead, the
 * JSON still parses to the true names, and `cat report.json` cannot rewrite the screen.
 */
export function terminalSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
