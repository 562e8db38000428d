import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { LIMITS, type QuoteStatus, type QuoteVerification, type TextSpan, verifyQuotes } from '../index.js';
import { printable, quoted } from '../text/printable.js';
import { CliError, systemErrorReason } from './CliError.js';
import type { CommandRun } from './CommandRun.js';
import { fieldsFrom } from './grammar.js';
import { renderTable } from './renderTable.js';
import { wrapText } from './wrapText.js';

/** The report of a verification, as text: which source, how it was identified, each quote's status, and a summary line. */
function report(file: string, result: QuoteVerification, run: CommandRun): string {
  const source = run.dataset.source(result.sourceId);
  const quotes = result.records.flatMap((record) => record.quotes);
  const described = [source.publisher, source.publishedOn].filter((part) => part !== null).join(', ');
  const hash = `its SHA-256 ${result.sha256.slice(0, 12)}…`;
  const differs = `is not the archived copy's${source.sha256 === undefined ? ' (the source records none)' : `, ${source.sha256.slice(0, 12)}…`}`;
  const identified = {
    sha256: `identified by ${hash}, which is the archived copy's`,
    quotes: `identified as the source whose quotes it holds most (${quotes.filter((quote) => quote.found).length} of ${quotes.length}); ${hash} ${differs}`,
    option: `as --source names it; ${hash} ${result.isArchivedCopy ? "is the archived copy's" : differs}`,
  }[result.identifiedBy];
  // A code point span as the table shows it: `1012-1136`.
  const span = (value?: TextSpan) => (value === undefined ? '-' : `${value.start}-${value.end}`);
  const rows = result.records.flatMap((record) =>
    record.quotes.map((quote) => [
      record.id,
      record.recordType,
      quote.index === 0 ? 'quote' : `other ${quote.index}`,
      failures(result).includes(quote.status) ? quote.status.replaceAll('-', ' ').toUpperCase() : quote.status.replaceAll('-', ' '),
      span(quote.found),
      span(quote.recorded),
    ]),
  );
  const { counts } = result;
  const summary = result.ok
    ? `All ${counts.quotes} quotes of ${result.records.length} records found: ${counts['at-recorded-position']} at the recorded position, ${counts.elsewhere} elsewhere.`
    : `${failures(result)
        .map((status, i) => `${counts[status]}${i === 0 ? ` of ${counts.quotes} quotes` : ''} ${status.replace('-', ' ')}`)
        .join(' and ')}, in ${result.failed.length} of ${result.records.length} records: ${result.failed.join(', ')}.`;
  return [
    // Wrapped to the terminal's width, as the table is fitted to it.
    ...[`${printable(file)}: checked as ${result.sourceId} ("${source.title}"${described === '' ? '' : `, ${described}`}),`, `${identified}.`].flatMap((line) =>
      wrapText(line, run.columns ?? Infinity),
    ),
    '',
    renderTable({ headers: ['Record', 'Type', 'Quote', 'Found', 'At', 'Recorded at'], rows, idColumns: [0] }, run).trimEnd(),
    '',
    summary,
    '',
  ].join('\n');
}

/** The failing statuses that quotes of `result` have: `not-found`, `changed`, both or neither. */
function failures(result: QuoteVerification): QuoteStatus[] {
  return (['not-found', 'changed'] as const).filter((status) => result.counts[status] > 0);
}

/**
 * The bytes of `file`, a regular file of at most {@link LIMITS}.documentLength
 * bytes: opened without blocking (a FIFO with no writer), then refused, before
 * any byte is read, where it is a directory, a device, a FIFO or a socket, or larger.
 *
 * @throws {CliError} exit code 1, saying why, where it cannot be read.
 */
function readDocument(file: string): Uint8Array {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(descriptor);
    if (stats.isDirectory()) throw new Error('is a directory');
    if (!stats.isFile()) throw new Error('not a regular file (a device, a FIFO or a socket)');
    if (stats.size > LIMITS.documentLength) throw new Error(`${stats.size} bytes, more than the ${LIMITS.documentLength} it reads`);
    return readFileSync(descriptor);
  } catch (error) {
    throw new CliError(`verify: cannot read ${quoted(file)}: ${systemErrorReason(error)}`, 1);
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/**
 * `ai-investment-facts verify <file> [--source ID]`: checks every quote of a
 * source against the user's copy of its document, with `verifyQuotes`, and
 * prints the report (with `--json`, `verifyQuotes`'s result).
 *
 * @throws {CliError} exit code 1 where the file cannot be read (not a regular file, or larger than {@link LIMITS}.documentLength bytes), and, after the report, where a quote is not found or changed (naming each record that fails).
 * @throws {UnknownIdError} from `verifyQuotes`, for an unknown `--source`.
 * @throws {ArgumentRangeError} from `verifyQuotes`, for a file that is not UTF-8 or holds no quote of any source.
 * @example
 * ```ts
 * verify({ ...run, operands: ['2025-03-26-yicai-china-ai-vc-lags-us.txt'] });
 * ```
 * @category CLI
 */
export function verify(run: CommandRun): void {
  const file = run.operands[0] ?? '';
  const result = verifyQuotes(readDocument(file), { ...fieldsFrom(run.flags), dataset: run.dataset });
  run.output(result, () => report(file, result, run));
  if (result.ok) return;
  const records = result.failed.length === 1 ? 'record has a quote' : `${result.failed.length} records have quotes`;
  throw new CliError(`verify: ${records} ${failures(result).join(' or ').replace('-', ' ')} in ${quoted(file)}: ${result.failed.join(', ')}`, 1);
}
