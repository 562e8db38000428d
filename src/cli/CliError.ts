import type { CommandName } from './usage.js';

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

/**
 * The library's words for an argument, and the flag a CLI user passes instead.
 */
const OPTION_FLAGS: readonly (readonly [RegExp, string])[] = [
  [/`options\.sourceId`/g, '--source'],
  [/`options\.(period|unit|kind|status)`/g, '--$1'],
  [/`query\.(entity|metric|source)Id`/g, '--$1'],
  [/`query\.(period|status)`/g, '--$1'],
  [/`fromPeriod`/g, '<from-period>'],
  [/`toPeriod`/g, '<to-period>'],
  // The library's names for what the user typed as a command.
  [/^findFacts: /, 'list: '],
  [/^topEntities: /, 'top: '],
  [/^(growth|cagr|share|ratio|sum)Of: /, '$1: '],
  [/\buse (growth|cagr|share|ratio|sum)Of\b/g, 'use the $1 command'],
];

/** `unknown metric "ai-vc"; did you mean ai-vc-investment?` from the library's "expected `…` to be the ID of a metric …; nearest: …". */
function unknownIdMessage(message: string): string | undefined {
  const match = /expected `[^`]+` to be the ID of an? (\w+) of this dataset, received ("[^"]*"); (?:nearest: (.*)|none is near it)$/.exec(message);
  if (!match) return undefined;
  const [, kind, received, nearest] = match;
  if (nearest === undefined) return `unknown ${kind} ${received}`;
  const names = [...nearest.matchAll(/"([^"]*)"/g)].map((name) => name[1]);
  const listed = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names.join('');
  return `unknown ${kind} ${received}; did you mean ${listed}?`;
}

/**
 * What a library error means to a CLI user: a `RangeError` is a wrong
 * argument (exit code 2; an unknown ID names the nearest ones, and the
 * library's option names become flags); anything else is a failure (exit code 1).
 *
 * @example
 * ```ts
 * fromLibraryError(new RangeError('findFacts: expected `query.metricId` to be the ID of a metric of this dataset, received "ai-vc"; nearest: "ai-vc-investment"')).message;
 * // 'unknown metric "ai-vc"; did you mean ai-vc-investment?'
 * ```
 * @category CLI
 */
export function fromLibraryError(error: unknown): CliError {
  if (error instanceof CliError) return error;
  if (error instanceof RangeError) {
    const message = unknownIdMessage(error.message) ?? OPTION_FLAGS.reduce((text, [pattern, flag]) => text.replace(pattern, flag), error.message);
    return new CliError(message, { exitCode: 2 });
  }
  return new CliError(error instanceof Error ? error.message : String(error), { exitCode: 1 });
}
