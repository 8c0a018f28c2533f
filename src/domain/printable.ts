/**
 * Control characters from a file (escape sequences could rewrite the analyst's terminal) are shown
 * as visible escapes, never passed through.
 */
export function printable(text: string): string {
  // C0 and C1 controls (ESC, BEL, the CSI U+009B, NEL U+0085), the line separators, and the
  // bidirectional marks and overrides that reorder what follows (U+202E shows "xslx.exe" as "exe.xlsx").
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
