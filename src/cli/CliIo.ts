/**
 * What the command reads and writes: its outputs, its environment, whether
 * standard output and standard error are terminals (and how wide the first is), and the package's version.
 *
 * @example
 * ```ts
 * const io: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env, isTTY: false, stderrIsTTY: false, columns: undefined, version: '1.0.0' };
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
}
