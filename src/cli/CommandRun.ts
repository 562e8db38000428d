import type { Dataset } from '../index.js';
import type { CommandName, Flags } from './grammar.js';
import type { RenderContext } from './renderContext.js';

/**
 * One run of a subcommand: its operands and flags, the records it works on,
 * how its output is shown (its render context), and where it goes.
 *
 * @example
 * ```ts
 * function hello(run: CommandRun): void {
 *   run.print(`${run.dataset.facts.length} facts\n`);
 * }
 * ```
 * @category CLI
 */
export interface CommandRun extends RenderContext {
  readonly command: CommandName;
  readonly operands: readonly string[];
  readonly flags: Flags;
  readonly dataset: Dataset;
  /** Writes `text` to standard output. */
  print(text: string): void;
  /** Prints `value` as indented JSON where `--json` asks for it, else the table `table` makes of it. */
  output<T>(value: T, table: (value: T) => string): void;
  /** Says on standard error what the user should know that is not a failure (nothing matched); the command exits 0. */
  notice(message: string): void;
  /** Says on standard error what the command did beside printing (the file it wrote), where that is a terminal only: scripts do not need it. */
  report(message: string): void;
}

/**
 * A value as indented JSON, ending in a newline.
 *
 * @example
 * ```ts
 * toJson({ a: 1 }); // '{\n  "a": 1\n}\n'
 * ```
 * @category CLI
 */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
