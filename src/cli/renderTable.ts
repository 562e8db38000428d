import { COLUMN_GAP, fitWidths } from './fitWidths.js';
import { type RenderContext, styles } from './renderContext.js';
import { textWidth, wrapText } from './wrapText.js';

/**
 * A table: its column headers, its rows (one cell per header), and which
 * columns hold IDs (dimmed where colour is on, and never wrapped).
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

/** `text` padded with spaces to `width` columns. */
function padded(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - textWidth(text)));
}

/**
 * A table as text, ending in a newline. Piped, one line per row with cells
 * separated by tabs (header first), complete, for `cut` and `awk`. On a
 * terminal, columns aligned with two spaces between them and the header in
 * bold; where the terminal says its width (`columns`) and the table is
 * wider, the widest text columns are wrapped (at spaces, to no fewer than 16
 * columns) while IDs stay whole on one line, to copy; where even that does
 * not fit, each row is printed as a block of "header value" lines, one
 * block after another (a table with no rows keeps its header line).
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
  if (!context.tty)
    return `${lines.map((cells, line) => cells.map((cell, column) => (line === 0 ? bold(cell) : ids.has(column) ? dim(cell) : cell)).join('\t')).join('\n')}\n`;
  const natural = table.headers.map((_, column) => Math.max(...lines.map((cells) => textWidth(cells[column] ?? ''))));
  const fitted = context.columns === undefined ? natural : fitWidths(natural, table.headers.map(textWidth), ids, context.columns);
  if (fitted === undefined && table.rows.length > 0) return renderBlocks(lines, ids, context);
  const widths = fitted ?? natural;
  const styledLine = (cells: readonly string[], line: number) =>
    cells
      .map((cell, column) => {
        const text = column === cells.length - 1 ? cell : padded(cell, widths[column] ?? 0);
        return line === 0 ? bold(text) : ids.has(column) && cell !== '' ? dim(text) : text;
      })
      .join(' '.repeat(COLUMN_GAP))
      .trimEnd();
  return `${lines
    .flatMap((cells, line) => {
      const wrapped = cells.map((cell, column) => (ids.has(column) || textWidth(cell) <= (widths[column] ?? 0) ? [cell] : wrapText(cell, widths[column] ?? 0)));
      const height = Math.max(...wrapped.map((cellLines) => cellLines.length));
      return Array.from({ length: height }, (_, row) =>
        styledLine(
          wrapped.map((cellLines) => cellLines[row] ?? ''),
          line,
        ),
      );
    })
    .join('\n')}\n`;
}

/**
 * The rows of a table too wide for the terminal as blocks of "header value"
 * lines, a blank line between blocks: the values wrapped to the width left
 * beside the headers, IDs whole.
 */
function renderBlocks(lines: readonly (readonly string[])[], ids: ReadonlySet<number>, context: RenderContext): string {
  const [headers = [], ...rows] = lines;
  const { bold, dim } = styles(context);
  const labelWidth = Math.max(...headers.map(textWidth));
  const valueWidth = Math.max(1, (context.columns ?? 0) - labelWidth - COLUMN_GAP);
  const block = (cells: readonly string[]) =>
    cells.flatMap((cell, column) =>
      (ids.has(column) ? [dim(cell)] : wrapText(cell, valueWidth)).map((text, i) =>
        `${i === 0 ? bold(padded(headers[column] ?? '', labelWidth)) : ' '.repeat(labelWidth)}${' '.repeat(COLUMN_GAP)}${text}`.trimEnd(),
      ),
    );
  return `${rows.map((cells) => block(cells).join('\n')).join('\n\n')}\n`;
}
