import { type Fact, toCsv } from '../index.js';
import { usageError } from './CliError.js';
import type { CommandOutput } from './CommandOutput.js';
import { cliDataset, matchingFacts, toJson } from './factQuery.js';
import type { Flags } from './grammar.js';
import { quoted } from '../text/printable.js';
import { writeOutFile } from './writeOutFile.js';

/** The formats `export` writes. */
export const EXPORT_FORMATS = ['json', 'csv', 'ndjson'] as const;

/** A format `export` writes. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Facts as text in `format`: a JSON array, RFC 4180 CSV (one row per fact,
 * with the columns of the published `facts.csv`), or NDJSON (one fact per line).
 *
 * @example
 * ```ts
 * serializeFacts(cliDataset.findFacts({ period: '2024' }), 'ndjson').split('\n').length;
 * ```
 * @category CLI
 */
export function serializeFacts(facts: readonly Fact[], format: ExportFormat): string {
  switch (format) {
    case 'json':
      return toJson(facts);
    case 'ndjson':
      return facts.map((fact) => `${JSON.stringify(fact)}\n`).join('');
    case 'csv':
      return toCsv({ ...cliDataset, facts }, 'facts');
  }
}

/** Whether `text` names a format `export` writes. */
function isExportFormat(text: string): text is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(text);
}

/** The format the `--out` file's extension names (`.csv`, `.json`, `.ndjson`, in any case), if it names one. */
function formatOfExtension(out: unknown): ExportFormat | undefined {
  const extension = typeof out === 'string' ? /\.([^./]+)$/.exec(out)?.[1]?.toLowerCase() : undefined;
  return extension !== undefined && isExportFormat(extension) ? extension : undefined;
}

/** The `--format` flag (or `--json`), or else the `--out` file's extension, as a format; json where none says. */
function formatFrom(flags: Flags): ExportFormat {
  const named = flags['format'];
  if (named !== undefined && (typeof named !== 'string' || !isExportFormat(named))) {
    throw usageError(`export: expected --format to be one of json, csv, ndjson, received ${quoted(String(named))}`, 'export');
  }
  if (flags['json'] === true && named !== undefined && named !== 'json') throw usageError(`export: --json and --format ${named} disagree`, 'export');
  const asked = named ?? (flags['json'] === true ? 'json' : undefined);
  const byExtension = formatOfExtension(flags['out']);
  if (asked !== undefined && byExtension !== undefined && byExtension !== asked) {
    const flag = named === undefined ? '--json' : `--format ${named}`;
    throw usageError(`export: ${flag} and --out ${quoted(String(flags['out']))} disagree: the file's extension names ${byExtension}`, 'export');
  }
  return asked ?? byExtension ?? 'json';
}

/** What `export --out` reports it wrote: `wrote 4 facts as CSV to "x.csv" (2,310 bytes)`. */
function writtenReport(count: number, format: ExportFormat, out: string, text: string): string {
  const bytes = new TextEncoder().encode(text).length.toLocaleString('en-US');
  return `export: wrote ${count} ${count === 1 ? 'fact' : 'facts'} as ${format.toUpperCase()} to ${quoted(out)} (${bytes} bytes)`;
}

/**
 * `ai-investment-facts export`: the facts matching every filter, in the
 * format asked for (`--format`, or else the `--out` file's extension); written to `--out` (whole or not at all),
 * with a report of what it wrote, or returned for standard output. Where no
 * fact matches, the notice says so (and the output holds none).
 *
 * @throws {RangeError} from `dataset.findFacts`.
 * @throws {CliError} for an unknown format (exit code 2) or a file that cannot be written (exit code 1).
 * @example
 * ```ts
 * (await exportFacts({ format: 'csv', metric: 'ai-vc-investment' })).stdout;
 * (await exportFacts({ out: 'facts.csv', period: '2024' })).report; // 'export: wrote 11 facts as CSV to "facts.csv" (…)'
 * ```
 * @category CLI
 */
export async function exportFacts(flags: Flags): Promise<CommandOutput> {
  const facts = matchingFacts(flags, 'export');
  const format = formatFrom(flags);
  const text = serializeFacts(facts, format);
  const out = flags['out'];
  const notice = facts.length === 0 ? { notice: 'export: nothing matches the filters' } : {};
  // `-` is standard output, as for most commands that write a file.
  if (typeof out !== 'string' || out === '-') return { stdout: text, ...notice };
  await writeOutFile(out, text);
  return { stdout: '', ...notice, report: writtenReport(facts.length, format, out, text) };
}
