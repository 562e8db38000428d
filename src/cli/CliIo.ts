import type { Dataset } from '../index.js';

/**
 * What the command reads and writes: its outputs, its environment, whether
 * standard output and standard error are terminals (and how wide the first
 * is), the package's version, and the records it works on.
 *
 * @example
 * ```ts
 * const io: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env, isTTY: false, stderrIsTTY: false, version: '1.0.0' };
 * ```
 * @category CLI
 */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly isTTY: boolean;
  /** Whether standard error is a terminal: a command then says there what it did (the file `export --out` wrote). */
  readonly stderrIsTTY: boolean;
  /** The terminal's width in columns, where standard output is one that says it. */
  readonly columns?: number | undefined;
  readonly version: string;
  /** The records the commands work on: the built-in `dataset` unless given (a user's own, or a test's fixtures). */
  readonly dataset?: Dataset;
}
