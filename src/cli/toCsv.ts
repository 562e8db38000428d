/**
 * A field as RFC 4180 writes it: quoted, with its quotes doubled, where it
 * holds a comma, a quote, CR or LF; as it is otherwise.
 *
 * @example
 * ```ts
 * csvField('say "hi", then go'); // '"say ""hi"", then go"'
 * ```
 * @category CLI
 */
export function csvField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * Rows as RFC 4180 CSV: a header line, then one line per row, each ending in CRLF.
 *
 * @example
 * ```ts
 * toCsv(['id', 'value'], [['a', '1']]); // 'id,value\r\na,1\r\n'
 * ```
 * @category CLI
 */
export function toCsv(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return [headers, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
