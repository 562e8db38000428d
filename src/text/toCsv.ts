/**
 * CSV text as RFC 4180 defines it, which pandas, R, spreadsheets and the
 * Frictionless tools read without options.
 *
 * @module
 */
import type { CellValue } from '../dataFiles/Table.js';

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * The text of one cell: nothing for `null` or `undefined` (the data package's
 * missing value), a list as a JSON array, a boolean as `true`/`false`, a
 * number in JavaScript's shortest round-trip form (`4.3`, `76000000000`).
 *
 * @throws {RangeError} for a number that is not finite, which no CSV reader would read back.
 * @example
 * ```ts
 * cellText(null); // ''
 * cellText(['Silicon Valley', 'SF']); // '["Silicon Valley","SF"]'
 * cellText(76_000_000_000); // '76000000000'
 * ```
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`cellText: expected a finite number, received ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/**
 * A field as RFC 4180 writes it: in double quotes, with each double quote
 * doubled, where it holds a comma, a double quote or a line break; as it is
 * otherwise.
 *
 * @example
 * ```ts
 * csvField('plain'); // 'plain'
 * csvField('topped "USD76 billion", up'); // '"topped ""USD76 billion"", up"'
 * ```
 */
export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A CSV file: a header line of column names, then one line per row, each line
 * ended by CRLF (RFC 4180), UTF-8 without a byte-order mark.
 *
 * @throws {RangeError} when a row has more or fewer cells than the header has names.
 * @example
 * ```ts
 * toCsv(['id', 'value'], [['beijing', 10], ['paris', 4.3]]); // 'id,value\r\nbeijing,10\r\nparis,4.3\r\n'
 * ```
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CellValue[])[]): string {
  const lines = [header.map(csvField), ...rows.map((row, index) => {
    if (row.length !== header.length) {
      throw new RangeError(`toCsv: expected ${header.length} cells in row ${index}, received ${row.length}`);
    }
    return row.map((cell) => csvField(cellText(cell)));
  })];
  return lines.map((fields) => `${fields.join(',')}\r\n`).join('');
}
