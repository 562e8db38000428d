/**
 * A table of the published data files: its rows, and for each column the one
 * definition from which both the CSV cells and the column's Frictionless field
 * descriptor are made, so the two cannot disagree.
 *
 * @module
 */

/** What one cell holds before it is written: a scalar, a list, or nothing (`null` or `undefined`). */
export type CellValue = string | number | boolean | readonly string[] | null | undefined;

/**
 * The Frictionless Table Schema types the columns use. A list is an `array`
 * field, written as a JSON array (`["a","b"]`), which is that type's lexical
 * form.
 */
export type ColumnType = 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'array';

/**
 * One column: its name (the record's own field name, so that a CSV column, a
 * JSON key and a JSON Schema property share one name), what it holds, its type
 * and constraints, and how to read it from a row.
 *
 * @example
 * ```ts
 * const status: Column<Fact> = {
 *   name: 'status', type: 'string', required: true, enum: STATUSES,
 *   description: 'Reported figure, estimate, plan or forecast.',
 *   cell: (fact) => fact.status,
 * };
 * ```
 */
export interface Column<Row> {
  readonly name: string;
  readonly description: string;
  readonly type: ColumnType;
  /** Every row has a value (no empty cell). */
  readonly required?: boolean;
  /** No two rows have the same value. */
  readonly unique?: boolean;
  /** The only values allowed. */
  readonly enum?: readonly string[];
  /** A regular expression every value matches. */
  readonly pattern?: string;
  readonly cell: (row: Row) => CellValue;
}

/** A column of another table that a column's values must name. */
export interface ForeignKey {
  readonly fields: readonly string[];
  /** The table referred to; `undefined` for the table itself. */
  readonly resource: string | undefined;
  readonly referencedFields: readonly string[];
}

/**
 * How a table is defined: its rows, and its columns with how to read each
 * from a row.
 *
 * @example
 * ```ts
 * const definition: TableDefinition<Metric> = { name: 'metrics', title: 'Metrics', description: '...', rows: metrics, columns, primaryKey: ['id'], foreignKeys: [] };
 * ```
 */
export interface TableDefinition<Row> {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly rows: readonly Row[];
  readonly columns: readonly Column<Row>[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly ForeignKey[];
}

/** A column as the published table describes it: everything but how to read it. */
export type ColumnDescription = Omit<Column<never>, 'cell'>;

/**
 * One published table, its cells read: written as `<name>.csv`, described as
 * the resource `<name>` of the data package.
 *
 * @example
 * ```ts
 * const table: Table = defineTable(definition);
 * table.cells[0]; // the first row's cells, in the order of table.columns
 * ```
 */
export interface Table {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly columns: readonly ColumnDescription[];
  /** One array of cells per row, in the order of `columns`. */
  readonly cells: readonly (readonly CellValue[])[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly ForeignKey[];
}

/**
 * Reads a table's cells from its definition, checking that its keys name its
 * own columns.
 *
 * @throws {RangeError} when the primary key or a foreign key names a column the table does not have.
 * @example
 * ```ts
 * const table = defineTable({ name: 'metrics', ..., primaryKey: ['id'], foreignKeys: [] });
 * ```
 */
export function defineTable<Row>(definition: TableDefinition<Row>): Table {
  const { rows, columns, ...rest } = definition;
  const names = new Set(columns.map((column) => column.name));
  const keyFields = [...definition.primaryKey, ...definition.foreignKeys.flatMap((key) => key.fields)];
  const unknown = keyFields.filter((field) => !names.has(field));
  if (unknown.length > 0) {
    throw new RangeError(`defineTable: table "${definition.name}" has no column ${unknown.map((field) => `"${field}"`).join(', ')}`);
  }
  return {
    ...rest,
    columns: columns.map(({ cell: _cell, ...description }) => description),
    cells: rows.map((row) => columns.map((column) => column.cell(row))),
  };
}
