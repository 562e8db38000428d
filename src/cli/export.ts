import type { Fact } from '../index.js';
import { usageError } from './CliError.js';
import { cliDataset, factQueryFrom, toJson } from './factQuery.js';
import { toCsv } from './toCsv.js';
import { writeFileAtomically } from './writeFileAtomically.js';

/** The formats `export` writes. */
export const EXPORT_FORMATS = ['json', 'csv', 'ndjson'] as const;

/** A format `export` writes. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The CSV columns, and how each is read from a fact. */
const CSV_COLUMNS: readonly (readonly [string, (fact: Fact) => string])[] = [
  ['id', (f) => f.id],
  ['entityId', (f) => f.entityId],
  ['metricId', (f) => f.metricId],
  ['period', (f) => f.period ?? ''],
  ['periodBasis', (f) => f.periodBasis ?? ''],
  ['value', (f) => (f.value === null ? '' : String(f.value))],
  ['unit', (f) => f.unit],
  ['precision', (f) => f.precision ?? ''],
  ['status', (f) => f.status],
  ['missingReason', (f) => f.missingReason ?? ''],
  ['sourceId', (f) => f.citation.sourceId],
  ['attributedTo', (f) => f.citation.attributedTo ?? ''],
  ['statedBy', (f) => f.citation.statedBy ?? ''],
  ['quote', (f) => f.citation.quote],
  ['caveats', (f) => f.caveats.join('\n')],
];

/**
 * Facts as text in `format`: a JSON array, RFC 4180 CSV (one row per fact,
 * caveats one per line in their cell), or NDJSON (one fact per line).
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
      return toCsv(
        CSV_COLUMNS.map(([name]) => name),
        facts.map((fact) => CSV_COLUMNS.map(([, read]) => read(fact))),
      );
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
  writeFileAtomically(out, text);
  return '';
}
