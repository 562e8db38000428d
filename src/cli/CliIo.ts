/**
 * What the command reads and writes: its outputs, its environment, whether
 * standard output is a terminal (and how wide), and the package's version.
 *
 * @example
 * ```ts
 * const io: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env, isTTY: false, columns: undefined, version: '1.0.0' };
 * ```
 * @category CLI
 */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly isTTY: boolean;
  /** The terminal's width in columns, where standard output is one that says it. */
  readonly columns?: number | undefined;
  readonly version: string;
}
