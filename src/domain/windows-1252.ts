/**
 * Windows-1252 (Dutch Excel's CSV encoding) decoded by hand: Node's TextDecoder('windows-1252')
 * decodes 0x80–0x9F as Latin-1 control characters, so an en dash (0x96, "niet geleverd"), a euro
 * sign or curly quotes in a GI name would arrive as U+0096, U+0080, U+0093.
 */
const HIGH: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/** Every byte is one character: chunks can be decoded one by one. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) => (b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80] ?? b : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}

/** Text read as Latin-1 (byte n is U+00nn) as Windows-1252: only 0x80–0x9F differ. */
export function latin1AsWindows1252(text: string): string {
  return /[\u0080-\u009f]/u.test(text) ? text.replace(/[\u0080-\u009f]/gu, (c) => String.fromCharCode(HIGH[c.charCodeAt(0) - 0x80] ?? c.charCodeAt(0))) : text;
}
