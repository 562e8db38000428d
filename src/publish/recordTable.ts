import { requireArray, requireOneOf } from '../arguments.js';
import { indexRecords } from '../dataset/indexRecords.js';
import { columnText, LITERAL_COLUMNS, type PublishedRecords, requireTable, TABLE_HEADERS, type TableName, tableOf } from './publishedTables.js';

/**
 * Records as a table for people: its column headers, one row of text per
 * record, and which columns hold IDs or other text to copy whole (a field's
 * path).
 *
 * @example
 * ```ts
 * import { dataset, recordTable, type RecordTable } from 'ai-investment-facts';
 * const table: RecordTable = recordTable(dataset, 'metrics');
 * table.headers; // ['ID', 'Name', 'Unit', 'Additive']
 * ```
 * @category Formatting
 */
export interface RecordTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** The positions of the columns of IDs and field paths, text to copy whole: the command keeps them on one line, the data dictionary sets them as code. */
  readonly idColumns: readonly number[];
}

/**
 * A column header of {@link recordTable}'s table of `T` (one of {@link TABLE_HEADERS}): what it can leave out.
 *
 * @example
 * ```ts
 * import type { ColumnLabel } from 'ai-investment-facts';
 * const repeated: ColumnLabel<'facts'> = 'Entity';
 * ```
 * @category Formatting
 */
export type ColumnLabel<T extends TableName> = (typeof TABLE_HEADERS)[T][keyof (typeof TABLE_HEADERS)[T]];

/**
 * One collection of records as a table for people, in the columns that the
 * command's `list` and the data dictionary show, less those `leaveOut` names:
 * sources by ID, Title, Publisher, Published; entities by ID, Name, Kind,
 * Country, Members, Aliases; metrics by ID, Name, Unit, Additive (yes or no);
 * facts by ID, Entity (its name), Metric, Period, Value (as
 * {@link formatValue} writes it) and Status; claims by ID, Entities,
 * Statement; notes by ID, Kind, Entities, Statement; corrections by Type,
 * Record, Field, Old value and New value (as JSON), Reason, Release. A missing
 * value is empty text, a list of IDs is separated by spaces. Each column is
 * one of the published table's (its entity's name is `facts.csv`'s
 * `entityName`), read from `records` as {@link toCsv} reads it.
 *
 * @param records - the dataset (the built-in one, or yours from
 * `createDataset`), with its `corrections` where the table is the ledger; to
 * show some facts only, pass `{ ...dataset, facts: someFacts }`.
 * @param table - which collection: one of {@link TABLE_NAMES}.
 * @param leaveOut - the headers of the columns to leave out (the entity's name beside facts about one entity).
 * @returns The headers, the rows and the positions of the ID columns.
 * @throws {ArgumentTypeError} if `records` is not an object, if a collection
 * the table reads is not an array of objects (as for `toCsv`), or if `leaveOut` is not an array.
 * @throws {ArgumentRangeError} if `table` is not one of {@link TABLE_NAMES}, if a collection it reads holds more than `LIMITS.collectionSize` records,
 * or if `leaveOut` names a header the table does not have.
 * @example
 * ```ts
 * import { dataset, recordTable } from 'ai-investment-facts';
 * const us = recordTable({ ...dataset, facts: dataset.findFacts({ entityId: 'united-states' }) }, 'facts', ['Entity']);
 * us.headers; // ['ID', 'Metric', 'Period', 'Value', 'Status']
 * us.rows[0]; // ['united-states-ai-vc-investment-2024', 'ai-vc-investment', '2024', 'over $76B', 'reported']
 * us.idColumns; // [0, 1]
 * ```
 * @category Formatting
 */
export function recordTable<T extends TableName>(records: PublishedRecords, table: T, leaveOut: readonly ColumnLabel<T>[] = []): RecordTable {
  const { name, records: read } = requireTable('recordTable', records, table);
  const shown: [string, string][] = Object.entries(TABLE_HEADERS[name]);
  const labels = shown.map(([, label]) => label);
  const left = requireArray('recordTable', 'leaveOut', leaveOut).map((label, i) => requireOneOf('recordTable', `leaveOut[${i}]`, label, labels));
  const { rows, columns } = tableOf(read, name);
  const kept = shown.filter(([, label]) => !left.includes(label));
  const keptColumns = kept.map(([column]) => columns.find((candidate) => candidate.name === column)!);
  const index = indexRecords(read);
  return {
    headers: kept.map(([, label]) => label),
    rows: rows.map((row) => keptColumns.map((column) => columnText(column, row, index))),
    idColumns: keptColumns.flatMap((column, i) => (LITERAL_COLUMNS.has(column.name) ? [i] : [])),
  };
}
