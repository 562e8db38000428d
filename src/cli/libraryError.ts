/**
 * What the library's errors mean to a user of the command, said from their
 * structured fields. Loaded only when a command fails.
 *
 * @module
 */
import { ArgumentRangeError, RECORD_COLLECTIONS, type RecordType, UnknownIdError } from '../index.js';
import { CliError } from './CliError.js';
import { didYouMeanText } from './didYouMean.js';
import { cliDataset } from './factQuery.js';
import { type CommandName, namingFor } from './grammar.js';
import { quoted } from './printable.js';

/** How many IDs of a kind the message lists in full where none is near the one typed. */
const LISTED_IN_FULL = 12;

/** Where a user finds the IDs of a kind too many to list in a message. */
const WHERE_TO_FIND: Readonly<Record<RecordType, string>> = {
  fact: '`ai-investment-facts list` shows every fact\'s ID',
  entity: '`ai-investment-facts list entities` shows every entity\'s ID',
  metric: '`ai-investment-facts list metrics` shows every metric\'s ID',
  source: '`ai-investment-facts list sources` shows every source\'s ID',
  claim: '`ai-investment-facts list claims` shows every claim\'s ID',
};

/**
 * `unknown metric "ai-vc"; did you mean ai-vc-investment?`; where no ID is
 * near, the kind's IDs where they are few, or where to find them.
 */
function unknownIdMessage(error: UnknownIdError): string {
  const unknown = `unknown ${error.recordType} ${quoted(error.id)}`;
  if (error.nearest.length > 0) return `${unknown}; ${didYouMeanText(error.nearest)}`;
  const collection = RECORD_COLLECTIONS[error.recordType];
  const ids = cliDataset[collection].map((record) => record.id);
  if (ids.length <= LISTED_IN_FULL) return `${unknown}; none is near it. The ${collection} are: ${ids.join(', ')}`;
  return `${unknown}; none is near it (${WHERE_TO_FIND[error.recordType]})`;
}

/**
 * What a library error means to the user of `command`: an unknown ID (exit
 * code 2) names the nearest ones, or where none is near, the IDs there are;
 * another `ArgumentRangeError` (exit code 2) is said again from its fields,
 * naming the flags and operands the user typed instead of the library's
 * arguments; anything else is a failure (exit code 1).
 *
 * @example
 * ```ts
 * fromLibraryError(new UnknownIdError('…', { recordType: 'metric', id: 'ai-vc', nearest: ['ai-vc-investment'] }), 'top').message;
 * // 'unknown metric "ai-vc"; did you mean ai-vc-investment?'
 * ```
 * @category CLI
 */
export function fromLibraryError(error: unknown, command: CommandName | null): CliError {
  if (error instanceof CliError) return error;
  if (error instanceof UnknownIdError) return new CliError(unknownIdMessage(error), { exitCode: 2 });
  if (error instanceof ArgumentRangeError && command !== null) {
    return new CliError(`${command}: ${error.describe(namingFor(command))}`, { exitCode: 2 });
  }
  return new CliError(error instanceof Error ? error.message : String(error), { exitCode: 1 });
}
