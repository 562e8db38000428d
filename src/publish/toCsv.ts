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
import { requireOneOf, requireOptions } from '../arguments.js';
import { ArgumentRangeError, toBe } from '../errors.js';
import { type CellValue, type PublishedRecords, type PublishedTable, publishedTables, requireTable, type TableName } from './publishedTables.js';

/** The longest string V8 (Node, Chrome, Deno) makes, 2^29 - 24 characters: the longest CSV text `toCsv` can return. */
const LONGEST_STRING = 2 ** 29 - 24;

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * The first characters that make a spreadsheet (Excel, LibreOffice Calc,
 * Google Sheets) read a cell as a formula, as the OWASP guidance on CSV
 * injection lists them: `=`, `+`, `-`, `@`, a tab and a carriage return.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** What `toCsv` does with text that a spreadsheet would read as a formula: `keep` it (the default) or `escape` it. */
const FORMULA_CHOICES = ['keep', 'escape'] as const;

/**
 * The text of one cell: nothing for `null` or `undefined` (the data package's
 * missing value), a list as a JSON array, a boolean as `true`/`false`, a
 * number in JavaScript's shortest round-trip form (`4.3`, `76000000000`).
 *
 * @throws {RangeError} for a number that is not finite, which no CSV reader would read back.
 * @internal
 */
export function cellText(value: CellValue): string {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`cellText: expected a finite number, received ${value}`);
  // Refused before JSON writes it: a list whose texts alone are longer than the longest string.
  if (Array.isArray(value) && value.reduce((sum: number, item) => sum + (typeof item === 'string' ? item.length : 0), 0) > LONGEST_STRING)
    throw new RangeError('cellText: expected a list shorter than the longest string');
  return value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
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
 * Text a spreadsheet reads as text rather than as a formula: `text` with a
 * single quote (`'`) before it where it starts with `=`, `+`, `-`, `@`, a tab
 * or a carriage return (OWASP's escaping of CSV injection), as it is
 * otherwise.
 *
 * @example
 * ```ts
 * [escapeFormula('=1+1'), escapeFormula('-55'), escapeFormula('a=b')]; // ["'=1+1", "'-55", 'a=b']
 * ```
 * @internal
 */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A published table as a CSV file: a header line of column names, then one
 * line per row, each line ended by CRLF (RFC 4180), UTF-8 without a
 * byte-order mark. With `formulas` `escape`, each text cell a spreadsheet
 * would read as a formula is escaped ({@link escapeFormula}); the package's
 * own data files are written with `keep`, the default: every cell as it is.
 *
 * @throws {ArgumentRangeError} (as `toCsv`'s) naming the record and the
 * column of a cell that cannot be written (`records.facts[3].caveats`), or at which the text would pass
 * the longest string: its length is counted as it is written, so such a text
 * is never built.
 * @internal
 */
export function tableCsv(
  table: Pick<PublishedTable, 'name' | 'cells'> & { readonly columns: readonly { readonly name: string }[] },
  formulas: (typeof FORMULA_CHOICES)[number] = 'keep',
): string {
  const line = (fields: readonly string[]) => `${fields.join(',')}\r\n`;
  const header = line(table.columns.map((column) => csvField(column.name)));
  // The text's length so far: the header, a line feed per row, and each field with the comma or carriage return after it.
  let length = header.length + table.cells.length;
  const field = (cell: CellValue, i: number, j: number): string => {
    let text: string | undefined;
    try {
      // A number, a boolean and a list (a JSON array, starting with `[`) are never escaped.
      text = csvField(formulas === 'escape' && typeof cell === 'string' ? escapeFormula(cell) : cellText(cell));
    } catch {
      // Not finite, a list JSON cannot write (a BigInt, a cycle), or past the longest string: refused below.
    }
    length += (text?.length ?? LONGEST_STRING) + 1;
    if (length <= LONGEST_STRING) return text!;
    const what = "text, a finite number, a boolean or a list JSON can write, in a text of at most 536,870,888 characters (V8's longest string)";
    throw new ArgumentRangeError(toBe('toCsv', `records.${table.name}[${i}].${table.columns[j]!.name}`, cell, what));
  };
  return header + table.cells.map((row, i) => line(row.map((cell, j) => field(cell, i, j)))).join('');
}

/**
 * One collection of records as CSV, in exactly the columns of the package's
 * own `data/<table>.csv`: RFC 4180, UTF-8, CRLF line ends, an empty cell for a
 * missing value, lists as JSON arrays, a corrected value in the column of its
 * type (`oldText`, `oldNumber`, `oldBoolean`). `facts` carries beside each ID the
 * names of its entity and metric and its source's title, publisher and date,
 * read from `records`, so that a spreadsheet needs no join.
 *
 * **Formulas.** A spreadsheet reads a cell that starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return as a formula, and runs it: text of your own
 * (a quote, a name, a note) can do so when the file is opened in Excel,
 * LibreOffice or Google Sheets. By default (`formulas: 'keep'`) every cell is
 * written as it is, byte for byte as the package's own files, for readers
 * such as pandas, R and the Frictionless tools. With `formulas: 'escape'`
 * every text cell that starts with one of those characters gets a single
 * quote (`'`) before it, as the OWASP guidance on CSV injection advises: the
 * spreadsheet then shows the text, and runs nothing. That changes the data:
 * a program that reads the file back gets the text with its `'` (`'-55`, not
 * `-55`), so escape a file meant for a spreadsheet, and keep one meant for a
 * program. Every text cell is escaped, `-55` and `+1 202` too, since a
 * spreadsheet would read those as numbers or formulas; a number column's
 * numbers (`-1.25`) are never changed, nor booleans, lists (JSON arrays, which
 * start with `[`), empty cells or the header.
 *
 * **What it reads.** Only the collections the table needs: its own, and
 * for `facts` also `sources`, `entities` and `metrics` (for the names beside
 * the IDs), for `claims` also `sources`; `notes` and `corrections` may be left
 * out (a header alone). Each must be an array of objects. The records need
 * not be valid (it writes each field as it is): a field it cannot find, such
 * as the citation of a fact that has none, is an empty cell, the missing
 * value. A cell it cannot write (a number that is not finite, a list JSON
 * cannot write, such as one holding a BigInt or itself) is an error, and so is
 * a text longer than V8's longest string (2^29 - 24 = 536,870,888
 * characters), refused as soon as its length passes that, before it is built.
 *
 * @param records - the dataset (the built-in one, or yours from
 * `createDataset`), with its `corrections` where the table is the ledger; to
 * write some facts only, pass `{ ...dataset, facts: someFacts }`.
 * @param table - which collection: `sources`, `entities`, `metrics`, `facts`, `claims`, `notes` or `corrections`.
 * @param options - `formulas`: `'keep'` (the default) writes every cell as it
 * is; `'escape'` puts a `'` before each text cell that a spreadsheet would
 * read as a formula.
 * @returns The CSV text, header first.
 * @throws {ArgumentTypeError} if `records` is not an object, if a collection
 * the table reads is not an array of objects (or is left out, but for `notes`
 * and `corrections`), or if `options` is neither `undefined` nor a plain object.
 * @throws {ArgumentRangeError} if `table` is not one of those names, if a
 * collection it reads holds more than `LIMITS.collectionSize` records,
 * if a cell cannot be written or the text would be longer than 536,870,888
 * characters (naming the record and the column), if `options` has another
 * field than `formulas`, or if `options.formulas` is neither `'keep'` nor
 * `'escape'`.
 * @example
 * ```ts
 * import { dataset, toCsv } from 'ai-investment-facts';
 * const csv = toCsv({ ...dataset, facts: dataset.findFacts({ metricId: 'ai-vc-investment' }) }, 'facts');
 * csv.split('\r\n')[0].split(',').slice(0, 4); // ['id', 'entityId', 'entityName', 'entityKind']
 *
 * // Text of your own that a spreadsheet would run, escaped for a spreadsheet:
 * const metrics = [{ id: 'net-flow', name: '-Net flow', unit: 'currency', definition: '=1+1', additive: true }] as const;
 * toCsv({ ...dataset, metrics }, 'metrics', { formulas: 'escape' }).split('\r\n')[1]; // "net-flow,'-Net flow,currency,'=1+1,true,,"
 * toCsv({ ...dataset, metrics }, 'metrics').split('\r\n')[1]; // 'net-flow,-Net flow,currency,=1+1,true,,'
 * ```
 * @category Formatting
 */
export function toCsv(records: PublishedRecords, table: TableName, options?: { readonly formulas?: 'keep' | 'escape' }): string {
  const { name, records: read } = requireTable('toCsv', records, table);
  const given = requireOptions('toCsv', 'options', options, ['formulas']);
  const formulas = given['formulas'] === undefined ? 'keep' : requireOneOf('toCsv', 'options.formulas', given['formulas'], FORMULA_CHOICES);
  return tableCsv(publishedTables(read, [name])[0]!, formulas);
}
