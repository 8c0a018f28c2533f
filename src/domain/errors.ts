/**
 * The exit codes of jbmonitor, and the exceptions that carry them to main(), the one place
 * that sets the exit code. Validation problems are not exceptions: they are Issues.
 */
export const EXIT = {
  ok: 0,
  invalidInput: 1,
  usage: 2,
  outputFailed: 3,
  internal: 4,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure that stops the run with a known exit code and a message in both languages. */
export class ExitError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    readonly messageEn: string,
    readonly messageNl: string,
  ) {
    super(messageEn);
    this.name = 'ExitError';
  }
}

/** Wrong usage: an unknown option, a path that does not exist, a contradiction between options. */
export class UsageError extends ExitError {
  constructor(en: string, nl: string) {
    super(2, en, nl);
    this.name = 'UsageError';
  }
}

/** The output could not be written. */
export class OutputError extends ExitError {
  constructor(en: string, nl: string) {
    super(3, en, nl);
    this.name = 'OutputError';
  }
}
