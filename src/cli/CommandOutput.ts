/**
 * What one run of a command printed, and what it says on standard error: a
 * failure (exit code 1) or a notice (exit code 0).
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
}
