/**
 * What the command reads and writes: its outputs, its environment, whether
 * standard output is a terminal, and the package's version.
 *
 * @example
 * ```ts
 * const io: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env, isTTY: false, version: '1.0.0' };
 * ```
 * @category CLI
 */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly isTTY: boolean;
  readonly version: string;
}
