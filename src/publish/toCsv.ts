/**
 * CSV text as RFC 4180 defines it, which pandas, R, spreadsheets and the
 * Frictionless tools read without options.
 *
 * Written here rather than with a CSV library so that the main entry keeps no
 * dependency: RFC 4180 output is a few lines, and the tests read every
 * published file back with csv-parse and a Frictionless client.
 *
 * @module
 */
import { requireObject, requireOneOf } from '../arguments.js';
import type { CellValue, PublishedTable } from './PublishedTable.js';
import { publishedTables, type PublishedRecords, TABLE_NAMES, type TableName } from './publishedTables.js';

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * The text of one cell: nothing for `null` or `undefined` (the data package's
 * missing value), a list as a JSON array, a boolean as `true`/`false`, a
 * number in JavaScript's shortest round-trip form (`4.3`, `76000000000`).
 *
 * @throws {RangeError} for a number that is not finite, which no CSV reader would read back.
 * @internal
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`cellText: expected a finite number, received ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean' || typeof value === 'string') return String(value);
  return JSON.stringify(value);
}

/**
 * A field as RFC 4180 writes it: in double quotes, with each double quote
 * doubled, where it holds a comma, a double quote or a line break; as it is
 * otherwise.
 *
 * @internal
 */
export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A published table as a CSV file: a header line of column names, then one
 * line per row, each line ended by CRLF (RFC 4180), UTF-8 without a
 * byte-order mark.
 *
 * @internal
 */
export function tableCsv(table: PublishedTable): string {
  const lines = [table.columns.map((column) => csvField(column.name)), ...table.cells.map((row) => row.map((cell) => csvField(cellText(cell))))];
  return lines.map((fields) => `${fields.join(',')}\r\n`).join('');
}

/**
 * One collection of records as CSV, in exactly the columns of the package's
 * own `data/<table>.csv`: RFC 4180, UTF-8, CRLF line ends, an empty cell for a
 * missing value, lists as JSON arrays. `facts` carries beside each ID the
 * names of its entity and metric and its source's title, publisher and date,
 * read from `records`, so that a spreadsheet needs no join.
 *
 * @param records - the dataset (the built-in one, or yours from
 * `createDataset`), with its `corrections` where the table is the ledger; to
 * write some facts only, pass `{ ...dataset, facts: someFacts }`.
 * @param table - which collection: `sources`, `entities`, `metrics`, `facts`, `claims` or `corrections`.
 * @returns The CSV text, header first.
 * @throws {ArgumentTypeError} if `records` is not an object.
 * @throws {ArgumentRangeError} if `table` is not one of those names.
 * @example
 * ```ts
 * import { dataset, toCsv } from 'ai-investment-facts';
 * const csv = toCsv({ ...dataset, facts: dataset.findFacts({ metricId: 'ai-vc-investment' }) }, 'facts');
 * csv.split('\r\n')[0].split(',').slice(0, 4); // ['id', 'entityId', 'entityName', 'entityKind']
 * ```
 * @category Formatting
 */
export function toCsv(records: PublishedRecords, table: TableName): string {
  requireObject('toCsv', 'records', records, 'records (an object with sources, entities, metrics, facts and claims)');
  const name = requireOneOf('toCsv', 'table', table, TABLE_NAMES);
  return tableCsv(publishedTables(records)[TABLE_NAMES.indexOf(name)]!);
}
