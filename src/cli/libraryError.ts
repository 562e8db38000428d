/**
 * What the library's errors mean to a user of the command, said from their
 * structured fields. Loaded only when a command fails.
 *
 * @module
 */
import { ArgumentRangeError, RECORD_COLLECTIONS, UnknownIdError } from '../index.js';
import { CliError } from './CliError.js';
import { didYouMeanText } from '../text/listed.js';
import { cliDataset } from './factQuery.js';
import { type CommandName, namingFor } from './grammar.js';
import { quoted } from '../text/printable.js';

/** How many IDs of a kind the message lists in full where none is near the one typed. */
const LISTED_IN_FULL = 12;

/**
 * `unknown metric "ai-vc"; did you mean ai-vc-investment?`; where no ID is
 * near, the kind's IDs where they are few, or where to find them.
 */
function unknownIdMessage(error: UnknownIdError): string {
  const unknown = `unknown ${error.recordType} ${quoted(error.value)}`;
  if (error.nearest.length > 0) return `${unknown}; ${didYouMeanText(error.nearest)}`;
  const collection = RECORD_COLLECTIONS[error.recordType];
  const ids = cliDataset[collection].map((record) => record.id);
  if (ids.length <= LISTED_IN_FULL) return `${unknown}; none is near it. The ${collection} are: ${ids.join(', ')}`;
  return `${unknown}; none is near it (\`ai-investment-facts list${error.recordType === 'fact' ? '' : ` ${collection}`}\` shows every ${error.recordType}'s ID)`;
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
 * fromLibraryError(new UnknownIdError('topEntities', 'metricId', 'ai-vc', 'metric', ['ai-vc-investment']), 'top').message;
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
