import { readFileSync } from 'node:fs';
import { type QuoteVerification, type TextSpan, verifyQuotes } from '../index.js';
import { printable, quoted } from '../text/printable.js';
import { CliError, systemErrorReason } from './CliError.js';
import type { CommandRun } from './CommandRun.js';
import { fieldsFrom } from './grammar.js';
import { renderTable } from './renderTable.js';

/** The report of a verification, as text: which source, how it was identified, each quote's status, and a summary line. */
function report(file: string, result: QuoteVerification, run: CommandRun): string {
  const source = run.dataset.source(result.sourceId);
  const described = [source.publisher, source.publishedOn].filter((part) => part !== null).join(', ');
  const hash = `its SHA-256 ${result.sha256.slice(0, 12)}…`;
  const differs = `is not the archived copy's${source.sha256 === undefined ? ' (the source records none)' : `, ${source.sha256.slice(0, 12)}…`}`;
  const identified = {
    sha256: `identified by ${hash}, which is the archived copy's`,
    quotes: `identified as the source whose quotes it holds most (${result.counts.quotes - result.counts['not-found']} of ${result.counts.quotes}); ${hash} ${differs}`,
    option: `as --source names it; ${hash} ${result.isArchivedCopy ? "is the archived copy's" : differs}`,
  }[result.identifiedBy];
  // A code point span as the table shows it: `1012-1136`.
  const span = (value?: TextSpan) => (value === undefined ? '-' : `${value.start}-${value.end}`);
  const rows = result.records.flatMap((record) =>
    record.quotes.map((quote) => [
      record.id,
      record.recordType,
      quote.index === 0 ? 'quote' : `other ${quote.index}`,
      quote.status === 'not-found' ? 'NOT FOUND' : quote.status.replaceAll('-', ' '),
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
    `${identified}.`,
    '',
    renderTable({ headers: ['Record', 'Type', 'Quote', 'Found', 'At', 'Recorded at'], rows, idColumns: [0] }, run).trimEnd(),
    '',
    summary,
    '',
  ].join('\n');
}

/**
 * `ai-investment-facts verify <file> [--source ID]`: checks every quote of a
 * source against the user's copy of its document, with `verifyQuotes`, and
 * prints the report (with `--json`, `verifyQuotes`'s result).
 *
 * @throws {CliError} exit code 1 where the file cannot be read, and, after the report, where a quote is not found (naming each record that fails).
 * @throws {UnknownIdError} from `verifyQuotes`, for an unknown `--source`.
 * @throws {ArgumentRangeError} from `verifyQuotes`, for a file that holds no quote of any source.
 * @example
 * ```ts
 * verify({ ...run, operands: ['2025-03-26-yicai-china-ai-vc-lags-us.txt'] });
 * ```
 * @category CLI
 */
export function verify(run: CommandRun): void {
  const file = run.operands[0] ?? '';
  let document: string;
  try {
    document = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`verify: cannot read ${quoted(file)}: ${systemErrorReason(error)}`, 1);
  }
  const result = verifyQuotes(document, { ...fieldsFrom(run.flags), records: run.dataset });
  run.output(result, () => report(file, result, run));
  if (result.ok) return;
  const records = result.failed.length === 1 ? 'record has a quote' : `${result.failed.length} records have quotes`;
  throw new CliError(`verify: ${records} not found in ${quoted(file)}: ${result.failed.join(', ')}`, 1);
}
