import type { Table } from '../dataFiles/Table.js';
import { entities, type Fact, metrics, sources } from '../index.js';
import { usageError } from './CliError.js';
import { cliDataset, factQueryFrom, toJson } from './factQuery.js';
// The CSV export is the same table as the published facts.csv, from the one definition of its columns.
import { publishedTables } from '../dataFiles/publishedTables.js';
import { toCsv } from '../text/toCsv.js';
import { writeOutFile } from './writeOutFile.js';

/** The formats `export` writes. */
export const EXPORT_FORMATS = ['json', 'csv', 'ndjson'] as const;

/** A format `export` writes. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The facts as the published facts.csv tabulates them, with their entities', metrics' and sources' names. */
function factsTable(facts: readonly Fact[]): Table {
  const table = publishedTables({ sources, entities, metrics, facts, claims: [], corrections: [] }).find((t) => t.name === 'facts');
  if (table === undefined) throw new Error('serializeFacts: the published tables have no facts table');
  return table;
}

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
    case 'csv': {
      const table = factsTable(facts);
      return toCsv(
        table.columns.map((column) => column.name),
        table.cells,
      );
    }
  }
}

/** The `--format` flag (or `--json`) as a format. */
function formatFrom(flags: Readonly<Record<string, string | boolean | undefined>>): ExportFormat {
  const format = flags['format'];
  if (format === undefined) return 'json';
  if (typeof format === 'string' && (EXPORT_FORMATS as readonly string[]).includes(format)) {
    if (flags['json'] === true && format !== 'json') throw usageError(`export: --json and --format ${format} disagree`, 'export');
    return format as ExportFormat;
  }
  throw usageError(`export: expected --format to be one of json, csv, ndjson, received "${String(format)}"`, 'export');
}

/**
 * `ai-investment-facts export`: the facts matching every filter, in the
 * format asked for; written to `--out` (whole or not at all) and returning
 * nothing, or returned for standard output.
 *
 * @throws {RangeError} from `dataset.findFacts`.
 * @throws {CliError} for an unknown format (exit code 2) or a file that cannot be written (exit code 1).
 * @example
 * ```ts
 * exportFacts({ format: 'csv', metric: 'ai-vc-investment' });
 * ```
 * @category CLI
 */
export function exportFacts(flags: Readonly<Record<string, string | boolean | undefined>>): string {
  const text = serializeFacts(cliDataset.findFacts(factQueryFrom(flags)), formatFrom(flags));
  const out = flags['out'];
  if (typeof out !== 'string') return text;
  writeOutFile(out, text);
  return '';
}
