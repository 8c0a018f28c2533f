/**
 * Text that a spreadsheet would run as a formula (= + - @, or a leading tab or carriage return)
 * gets a leading apostrophe. Numbers are written as numbers and are not touched.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/u.test(text) ? `'${text}` : text;
}
