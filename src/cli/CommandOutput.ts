/**
 * What one run of a command printed, and what it says on standard error: a
 * failure (exit code 1), a notice (exit code 0), or a report of what it did
 * for a person at a terminal.
 *
 * @example
 * ```ts
 * const output: CommandOutput = { stdout: '[]\n', notice: 'list facts: nothing matches the filters' };
 * ```
 * @category CLI
 */
export interface CommandOutput {
  /** The text for standard output. */
  readonly stdout: string;
  /** What failed, for standard error; the command then exits with 1. */
  readonly failure?: string;
  /** What the user should know that is not a failure (nothing matched), for standard error; the command exits 0. */
  readonly notice?: string;
  /** What the command did beside printing (the file it wrote), for standard error where that is a terminal only: scripts do not need it. */
  readonly report?: string;
}
