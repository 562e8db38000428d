/**
 * A table of the published data files: its rows, and for each column the one
 * definition from which both the CSV cells and the column's Frictionless field
 * descriptor are made, so the two cannot disagree.
 *
 * @internal
 * @module
 */

/** What one cell holds before it is written: a scalar, a list (of strings, or of objects such as selectors), or nothing (`null` or `undefined`). */
export type CellValue = string | number | boolean | readonly string[] | readonly object[] | null | undefined;

/**
 * The Frictionless Table Schema types the columns use. A list is an `array`
 * field, written as a JSON array (`["a","b"]`), which is that type's lexical
 * form.
 */
export type ColumnType = 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'array';

/** The record types whose TSDoc describes the fields, as `src/types.ts` names them. */
export type ModelName = 'Source' | 'Entity' | 'Metric' | 'Fact' | 'Citation' | 'Claim' | 'Note' | 'Correction';

/**
 * One column: its name (the record's own field name, so that a CSV column, a
 * JSON key and a JSON Schema property share one name), its type and
 * constraints, what describes it, and how to read it from a row.
 *
 * A column that holds a record's field is described by that field's TSDoc in
 * `src/types.ts` (`field: 'Fact.value'`), the one description of the field;
 * a column no record has (`entityName`) carries its own `description`.
 */
export interface Column<Row> {
  readonly name: string;
  readonly type: ColumnType;
  /** The record field this column holds, whose TSDoc describes it: `Fact.value`. */
  readonly field?: `${ModelName}.${string}`;
  /** The description of a column that holds no record's own field. */
  readonly description?: string;
  /** What the CSV adds to the field's description: how the column writes it (`As JSON.`). */
  readonly note?: string;
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

/** How a table is defined: its rows, and its columns with how to read each from a row. */
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
 */
export interface PublishedTable {
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
 */
export function defineTable<Row>(definition: TableDefinition<Row>): PublishedTable {
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
