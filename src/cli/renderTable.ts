import { type RenderContext, styles } from './renderContext.js';

/**
 * A table: its column headers, its rows (one cell per header), and which
 * columns hold IDs (dimmed where colour is on).
 *
 * @example
 * ```ts
 * const table: TextTable = { headers: ['ID', 'Value'], rows: [['paris-…', '4.3%']], idColumns: [0] };
 * ```
 * @category CLI
 */
export interface TextTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly idColumns?: readonly number[];
}

/** A cell on one line, without the tabs that separate piped cells. */
function oneLine(cell: string): string {
  return cell.replace(/[\t\r\n]+/g, ' ');
}

/**
 * A table as text, ending in a newline: on a terminal, columns aligned with
 * two spaces between them and the header in bold; piped, one line per row
 * with cells separated by tabs (header first), for `cut` and `awk`.
 *
 * @example
 * ```ts
 * renderTable({ headers: ['Entity', 'Value'], rows: [['Beijing', '10%']] }, { tty: false, colour: false });
 * // 'Entity\tValue\nBeijing\t10%\n'
 * ```
 * @category CLI
 */
export function renderTable(table: TextTable, context: RenderContext): string {
  const lines = [table.headers, ...table.rows].map((row) => row.map(oneLine));
  const ids = new Set(table.idColumns ?? []);
  const { bold, dim } = styles(context);
  const styled = (cell: string, line: number, column: number): string => (line === 0 ? bold(cell) : ids.has(column) ? dim(cell) : cell);
  if (!context.tty) return lines.map((cells, line) => cells.map((cell, column) => styled(cell, line, column)).join('\t')).join('\n') + '\n';
  const widths = table.headers.map((_, column) => Math.max(...lines.map((cells) => (cells[column] ?? '').length)));
  return (
    lines
      .map((cells, line) =>
        cells
          .map((cell, column) => {
            return styled(column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0), line, column);
          })
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n'
  );
}
