// @ts-check
/**
 * Exit codes (documented in --help) and the error a command throws for a user's mistake: it is
 * printed as one line, never with a stack trace (unless PSW_DEBUG=1).
 */

export const EXIT = Object.freeze({
  /** Done; for validate, every file is valid. */
  OK: 0,
  /** A document is invalid (validate, assess, export). */
  INVALID: 1,
  /** Usage error, or a file that could not be read or written. */
  USAGE: 2,
});

export class CliError extends Error {
  /**
   * @param {string} message one line, without the "psw-role-kit: " prefix
   * @param {number} [code] the exit code (default: usage / I/O error)
   */
  constructor(message, code = EXIT.USAGE) {
    super(message);
    this.name = 'CliError';
    this.code = code;
  }
}
