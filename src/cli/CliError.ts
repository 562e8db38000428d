import { type DatasetRecords, type RecordType, UnknownIdError } from '../index.js';
import { CHOICE_FLAGS } from './derive.js';
import { cliDataset } from './factQuery.js';
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

/**
 * The library's words for an argument, and the flag a CLI user passes instead.
 */
const OPTION_FLAGS: readonly (readonly [RegExp, string | ((match: string, ...groups: string[]) => string)])[] = [
  [/`options\.sourceId`/g, '--source'],
  [/`options\.(period|unit|kind|status)`/g, '--$1'],
  [/`query\.(entity|metric|source)Id`/g, '--$1'],
  [/`query\.(period|status)`/g, '--$1'],
  [/`choice\.sourceId`/g, '--source'],
  [/`choice\.(unit|status)`/g, '--$1'],
  [/`(part|whole|numerator|denominator)FactId`/g, '<$1-fact-id>'],
  [/`factIds\[(\d+)\]`/g, (_, index = '0') => `<fact-id> number ${Number(index) + 1}`],
  [/`choice` (\{[^}]*\})/g, (_, choice = '{}') => `the flags ${flagsOf(choice)}`],
  [/`fromPeriod`/g, '<from-period>'],
  [/`toPeriod`/g, '<to-period>'],
  // The library's names for what the user typed as a command.
  [/^findFacts: /, 'list: '],
  [/^topEntities: /, 'top: '],
  [/^(growth|cagr|share|ratio|sum)Of: /, '$1: '],
  [/\buse (growth|cagr|share|ratio|sum)Of\b/g, 'use the $1 command'],
];

/** A fact choice as the flags that ask for it: `{"unit":"EUR"}` as `--unit EUR`. */
function flagsOf(choice: string): string {
  const fields = JSON.parse(choice) as Record<string, string>;
  return Object.entries(fields)
    .map(([field, value]) => `--${CHOICE_FLAGS.find(([, chosen]) => chosen === field)?.[0] ?? field} ${value}`)
    .join(' ');
}

/** How many IDs of a kind the message lists in full where none is near the one typed. */
const LISTED_IN_FULL = 12;

/** The collection of each record type. */
const COLLECTIONS = { fact: 'facts', entity: 'entities', metric: 'metrics', source: 'sources', claim: 'claims' } as const satisfies Record<
  RecordType,
  keyof DatasetRecords
>;

/** Where a user finds the IDs of a kind too many to list in a message. */
const WHERE_TO_FIND: Readonly<Record<RecordType, string>> = {
  fact: '`ai-investment-facts list` shows every fact\'s ID',
  entity: '`ai-investment-facts list --json` shows every fact\'s entityId',
  metric: '`ai-investment-facts list --json` shows every fact\'s metricId',
  source: '`ai-investment-facts list --json` shows every fact\'s sourceId',
  claim: 'the package\'s data/claims.csv lists every claim\'s ID',
};

/** "a, b or c". */
function either(names: readonly string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names.join('');
}

/**
 * `unknown metric "ai-vc"; did you mean ai-vc-investment?`; where no ID is
 * near, the kind's IDs where they are few, or where to find them.
 */
function unknownIdMessage(error: UnknownIdError): string {
  const unknown = `unknown ${error.recordType} ${JSON.stringify(error.id)}`;
  if (error.nearest.length > 0) return `${unknown}; did you mean ${either(error.nearest)}?`;
  const collection = COLLECTIONS[error.recordType];
  const ids = cliDataset[collection].map((record) => record.id);
  if (ids.length <= LISTED_IN_FULL) return `${unknown}; none is near it. The ${collection} are: ${ids.join(', ')}`;
  return `${unknown}; none is near it (${WHERE_TO_FIND[error.recordType]})`;
}

/**
 * What a library error means to a CLI user: a `RangeError` is a wrong
 * argument (exit code 2; an unknown ID names the nearest ones, or where none
 * is near, the IDs there are; the library's option names become flags);
 * anything else is a failure (exit code 1).
 *
 * @example
 * ```ts
 * fromLibraryError(new UnknownIdError('…', { recordType: 'metric', id: 'ai-vc', nearest: ['ai-vc-investment'] })).message;
 * // 'unknown metric "ai-vc"; did you mean ai-vc-investment?'
 * fromLibraryError(new RangeError('findFacts: expected `query.status` to be a status …')).message;
 * // 'list: expected --status to be a status …'
 * ```
 * @category CLI
 */
export function fromLibraryError(error: unknown): CliError {
  if (error instanceof CliError) return error;
  if (error instanceof UnknownIdError) return new CliError(unknownIdMessage(error), { exitCode: 2 });
  if (error instanceof RangeError) {
    const message = OPTION_FLAGS.reduce(
      // Two calls only because TypeScript's `replace` overloads take a string or a function, not either.
      (text, [pattern, flag]) => (typeof flag === 'string' ? text.replace(pattern, flag) : text.replace(pattern, flag)),
      error.message,
    );
    return new CliError(message, { exitCode: 2 });
  }
  return new CliError(error instanceof Error ? error.message : String(error), { exitCode: 1 });
}
