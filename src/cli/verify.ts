import { readFileSync } from 'node:fs';
import { type QuoteStatus, type QuoteVerification, verifyQuotes } from '../index.js';
import { CliError, systemErrorReason } from './CliError.js';
import { cliDataset, toJson } from './factQuery.js';
import { fieldsFrom, type Flags } from './grammar.js';
import type { RenderContext } from './renderContext.js';
import { printable, quoted } from '../text/printable.js';
import { renderTable } from './renderTable.js';
import type { CommandOutput } from './CommandOutput.js';

const STATUS_WORDS: Readonly<Record<QuoteStatus, string>> = {
  'at-recorded-position': 'at recorded position',
  elsewhere: 'elsewhere',
  found: 'found',
  'not-found': 'NOT FOUND',
};

/** A code point span as the table shows it: `1012-1136`. */
function span(value: { start: number; end: number } | undefined): string {
  return value === undefined ? '-' : `${value.start}-${value.end}`;
}

/** How the document was identified, in a sentence. */
function identification(result: QuoteVerification): string {
  const hash = `its SHA-256 ${result.sha256.slice(0, 12)}…`;
  const archived = cliDataset.source(result.sourceId).sha256;
  const differs = archived === undefined ? ' (the source records none)' : `, ${archived.slice(0, 12)}…`;
  switch (result.identifiedBy) {
    case 'sha256':
      return `identified by ${hash}, which is the archived copy's`;
    case 'quotes':
      return `identified as the source whose quotes it holds most (${result.counts.quotes - result.counts['not-found']} of ${result.counts.quotes}); ${hash} is not the archived copy's${differs}`;
    case 'option':
      return `as --source names it; ${hash} ${result.isArchivedCopy ? "is the archived copy's" : `is not the archived copy's${differs}`}`;
  }
}

/** The report of a verification, as text: which source, how identified, each quote's status, and a summary line. */
function report(file: string, result: QuoteVerification, context: RenderContext): string {
  const source = cliDataset.source(result.sourceId);
  const described = [source.publisher, source.publishedOn].filter((part) => part !== null).join(', ');
  const rows = result.records.flatMap((record) =>
    record.quotes.map((quote) => [
      record.id,
      record.recordType,
      quote.index === 0 ? 'quote' : `other ${quote.index}`,
      STATUS_WORDS[quote.status],
      span(quote.found),
      span(quote.recorded),
    ]),
  );
  const { counts } = result;
  const summary = result.ok
    ? `All ${counts.quotes} quotes of ${result.records.length} records found: ${counts['at-recorded-position']} at the recorded position, ${counts.elsewhere} elsewhere.`
    : `${counts['not-found']} of ${counts.quotes} quotes not found, in ${result.failed.length} of ${result.records.length} records: ${result.failed.join(', ')}.`;
  return [
    `${printable(file)}: checked as ${result.sourceId} ("${source.title}"${described === '' ? '' : `, ${described}`}),`,
    `${identification(result)}.`,
    '',
    renderTable({ headers: ['Record', 'Type', 'Quote', 'Found', 'At', 'Recorded at'], rows, idColumns: [0] }, context).trimEnd(),
    '',
    summary,
    '',
  ].join('\n');
}

/**
 * `ai-investment-facts verify <file> [--source ID]`: checks every quote of a
 * source against the user's copy of its document, with `verifyQuotes`. The
 * output is the report (or with `--json`, `verifyQuotes`'s result); where a
 * quote is not found, the failure names each record that fails.
 *
 * @throws {CliError} exit code 1 where the file cannot be read.
 * @throws {UnknownIdError} from `verifyQuotes`, for an unknown `--source`.
 * @throws {ArgumentRangeError} from `verifyQuotes`, for a file that holds no quote of any source.
 * @example
 * ```ts
 * verify('2025-03-26-yicai-china-ai-vc-lags-us.txt', {}, { tty: false, colour: false }).failure; // undefined
 * ```
 * @category CLI
 */
export function verify(file: string, flags: Flags, context: RenderContext): CommandOutput {
  let document: string;
  try {
    document = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`verify: cannot read ${quoted(file)}: ${systemErrorReason(error)}`, { exitCode: 1 });
  }
  const result = verifyQuotes(document, fieldsFrom(flags, ['source']));
  const stdout = flags['json'] === true ? toJson(result) : report(file, result, context);
  if (result.ok) return { stdout };
  const records = result.failed.length === 1 ? 'record has a quote' : `${result.failed.length} records have quotes`;
  return { stdout, failure: `verify: ${records} not found in ${quoted(file)}: ${result.failed.join(', ')}` };
}
