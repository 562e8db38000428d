import { printable } from '../text/printable.js';
import type { CommandName } from './grammar.js';

/**
 * A command or flag name the user typed that is none of `among`.
 *
 * @example
 * ```ts
 * const mistyped: Mistyped = { typed: 'lsit', among: ['list', 'show'] };
 * ```
 * @category CLI
 */
export interface Mistyped {
  readonly typed: string;
  readonly among: readonly string[];
}

/**
 * An error the command reports to its user: a usage error (exit code 2: a
 * wrong argument, flag or name, followed by the synopsis of `usageOf`, the
 * top level's where it is `null`, none where it is left out) or a failure
 * (exit code 1). Of a `mistyped` name, the message goes on to say the nearest names.
 *
 * @example
 * ```ts
 * throw new CliError('show: missing <id>', 2, 'show');
 * ```
 * @category CLI
 */
export class CliError extends Error {
  override readonly name = 'CliError';

  constructor(
    message: string,
    readonly exitCode: 1 | 2,
    readonly usageOf?: CommandName | null,
    readonly mistyped?: Mistyped,
  ) {
    super(message);
  }
}

/**
 * What went wrong in a failed system call, without Node's repetition of the
 * call and the path: `ENOENT: no such file or directory` from
 * `ENOENT: no such file or directory, open 'x/y.csv'`.
 *
 * @example
 * ```ts
 * systemErrorReason(new Error("ENOSPC: no space left on device, write")); // 'ENOSPC: no space left on device'
 * systemErrorReason(new Error("ENOENT: no such file or directory, open 'x.txt'")); // 'no such file'
 * ```
 * @category CLI
 */
export function systemErrorReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Said as a person reads it where the code is a common one: "no such file", "is a directory".
  return message
    .replace(/, \w+(?: '[^']*'(?: -> '[^']*')?)?$/, '')
    .replace(/^ENOENT: .*/, 'no such file')
    .replace(/^EISDIR: .*/, 'is a directory');
}

/**
 * A message as standard error gets it: one line, after the command's name, with
 * nothing a terminal acts on. The commands quote what their user typed
 * (`quoted`); this makes printable what the library's messages show of it too.
 *
 * @example
 * ```ts
 * messageLine('list: nothing matches the filters'); // 'ai-investment-facts: list: nothing matches the filters\n'
 * ```
 * @category CLI
 */
export function messageLine(message: string): string {
  return `ai-investment-facts: ${printable(message)}\n`;
}
