/**
 * Runs a parsed subcommand on the records: the chunk the command loads only
 * to run one, with the library. What the library's errors mean to the user
 * is said here too.
 *
 * @module
 */
import { ArgumentRangeError, dataset as builtIn, type Dataset, RECORD_COLLECTIONS, UnknownIdError } from '../index.js';
import { didYouMeanText } from '../text/listed.js';
import { quoted } from '../text/printable.js';
import type { CliIo } from './CliIo.js';
import { CliError, messageLine } from './CliError.js';
import { type CommandRun, toJson } from './CommandRun.js';
import { derive } from './derive.js';
import { exportFacts } from './export.js';
import { type CommandName, GRAMMAR, namingFor } from './grammar.js';
import { list } from './list.js';
import type { ParsedCommand } from './parseCommand.js';
import { renderContextFor } from './renderContext.js';
import { renderTable } from './renderTable.js';
import { show } from './show.js';
import { top } from './top.js';
import { typedEntity } from './typedEntity.js';
import { verify } from './verify.js';

/** How many IDs of a kind the message lists in full where none is near the one typed. */
const LISTED_IN_FULL = 12;

/** Each subcommand's run; the derivations' otherwise. */
const RUNS: Partial<Record<CommandName, (run: CommandRun) => void | Promise<void>>> = {
  list,
  show,
  top,
  // The dataset's consistency findings, each with its outcome, whether it is one-sided, and its summary.
  audit: (run) =>
    run.output(run.dataset.auditConsistency(), (findings) =>
      renderTable(
        {
          headers: ['Outcome', 'Check', 'One-sided', 'Summary', 'ID'],
          rows: findings.map((finding) => [finding.outcome, finding.check, finding.oneSided ? 'yes' : 'no', finding.summary, finding.id]),
          idColumns: [4],
        },
        run,
      ),
    ),
  export: exportFacts,
  verify,
};

/**
 * `unknown metric "ai-vc"; did you mean ai-vc-investment?`; where no ID is
 * near, the kind's IDs where they are few, or where to find them.
 */
function unknownIdMessage(error: UnknownIdError, dataset: Dataset): string {
  const unknown = `unknown ${error.recordType} ${quoted(error.value)}`;
  if (error.nearest.length > 0) return `${unknown}; ${didYouMeanText(error.nearest)}`;
  const collection = RECORD_COLLECTIONS[error.recordType];
  const ids = dataset[collection].map((record) => record.id);
  if (ids.length <= LISTED_IN_FULL) return `${unknown}; none is near it. The ${collection} are: ${ids.join(', ')}`;
  return `${unknown}; none is near it (\`ai-investment-facts list${error.recordType === 'fact' ? '' : ` ${collection}`}\` shows every ${error.recordType}'s ID)`;
}

/**
 * What an error of `command`'s run means to its user: an unknown ID (exit
 * code 2) names the nearest ones, or where none is near, the IDs there are;
 * another `ArgumentRangeError` (exit code 2) is said again from its fields,
 * naming the flags and operands the user typed instead of the library's
 * arguments; anything else is a failure (exit code 1).
 */
function cliErrorOf(error: unknown, command: CommandName, dataset: Dataset): CliError {
  if (error instanceof CliError) return error;
  if (error instanceof UnknownIdError) return new CliError(`${command}: ${unknownIdMessage(error, dataset)}`, 2, command);
  if (error instanceof ArgumentRangeError) return new CliError(`${command}: ${error.describe(namingFor(command))}`, 2);
  return new CliError(error instanceof Error ? error.message : String(error), 1);
}

/**
 * Runs a parsed subcommand on `io.dataset` (the built-in records unless
 * given), printing on `io`'s outputs.
 *
 * @throws {CliError} what went wrong, in the command's words: a command line the library never sees
 * (a malformed `-n`, `--format`), the library's errors, a file that cannot be read or written, a quote `verify` does not find.
 * @example
 * ```ts
 * await runCommand({ kind: 'run', command: 'list', operands: [], flags: { metric: 'ai-vc-investment' } }, io);
 * ```
 * @category CLI
 */
export async function runCommand({ command, operands, flags }: Extract<ParsedCommand, { kind: 'run' }>, io: CliIo): Promise<void> {
  const dataset = io.dataset ?? builtIn;
  const typed: CommandRun = {
    command,
    operands,
    flags,
    dataset,
    ...renderContextFor(io.isTTY, io.env, io.columns),
    // --wide: as wide as the table, however narrow the terminal.
    ...(flags['wide'] === true && { columns: Infinity }),
    print: (text) => io.stdout.write(text),
    output: (value, table) => io.stdout.write(flags['json'] === true ? toJson(value) : table(value)),
    notice: (message) => io.stderr.write(messageLine(message)),
    report: (message) => io.stderrIsTTY && io.stderr.write(messageLine(message)),
  };
  try {
    // An entity named where its ID is asked for (by its name, an alias or a country code) is taken as its ID.
    const fields = Object.values(GRAMMAR[command].operands);
    const run = {
      ...typed,
      flags: typeof flags['entity'] === 'string' ? { ...flags, entity: typedEntity(typed, flags['entity']) } : flags,
      operands: operands.map((operand, i) => (fields[i] === 'entityId' ? typedEntity(typed, operand) : operand)),
    };
    await (RUNS[command] ?? derive)(run);
  } catch (error) {
    throw cliErrorOf(error, command, dataset);
  }
}
