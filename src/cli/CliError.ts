import type { CommandName } from './grammar.js';

/**
 * An error the command reports to its user: a usage error (a wrong argument,
 * flag or name; exit code 2, optionally followed by the command's usage) or a
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
  /** The command whose usage follows the message: a subcommand, `null` for the top-level usage, `undefined` for none. */
  readonly usageOf: CommandName | null | undefined;

  constructor(message: string, options: { readonly exitCode: 1 | 2; readonly usageOf?: CommandName | null }) {
    super(message);
    this.name = 'CliError';
    this.exitCode = options.exitCode;
    this.usageOf = options.usageOf;
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
 * A usage error (exit code 2), followed by the usage of `command` (the
 * top-level usage where `command` is `null`).
 *
 * @example
 * ```ts
 * throw usageError('show: missing <fact-id>', 'show');
 * ```
 * @category CLI
 */
export function usageError(message: string, command: CommandName | null): CliError {
  return new CliError(message, { exitCode: 2, usageOf: command });
}
