/** Terminal emphasis, decided at the edge (chalk, TTY, NO_COLOR) and passed in: renderers stay pure. */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  error(text: string): string;
  warn(text: string): string;
}

const same = (text: string): string => text;
export const PLAIN: Style = { bold: same, dim: same, error: same, warn: same };
