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
 * An error the command reports to its user: a usage error (a wrong argument,
 * flag or name; exit code 2, optionally followed by the command's synopsis) or a
 * failure (exit code 1).
 *
 * @example
 * ```ts
 * throw new CliError('missing <fact-id>', { exitCode: 2, usageOf: 'show' });
 * ```
 * @category CLI
 */
export class CliError extends Error {
  /** 2 for a usage error, 1 for a failure. */
  readonly exitCode: 1 | 2;
  /** The command whose synopsis follows the message (`usageHint`): a subcommand, `null` for the top level, `undefined` for none. */
  readonly usageOf: CommandName | null | undefined;
  /** A name the user mistyped and the names it may have meant: the message then says which are near (`; did you mean list?`). */
  readonly mistyped: Mistyped | undefined;

  constructor(message: string, options: { readonly exitCode: 1 | 2; readonly usageOf?: CommandName | null; readonly mistyped?: Mistyped | undefined }) {
    super(message);
    this.name = 'CliError';
    this.exitCode = options.exitCode;
    this.usageOf = options.usageOf;
    this.mistyped = options.mistyped;
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
 * ```
 * @category CLI
 */
export function systemErrorReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/, \w+(?: '[^']*'(?: -> '[^']*')?)?$/, '');
}

/**
 * A usage error (exit code 2), followed by the synopsis of `command` (the
 * top-level one where `command` is `null`); where it is of a `mistyped`
 * name, the message goes on to say the nearest names.
 *
 * @example
 * ```ts
 * throw usageError('show: missing <fact-id>', 'show');
 * ```
 * @category CLI
 */
export function usageError(message: string, command: CommandName | null, mistyped?: Mistyped): CliError {
  return new CliError(message, { exitCode: 2, usageOf: command, mistyped });
}
