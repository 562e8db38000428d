import { type RenderContext, styles } from './renderContext.js';
import { textWidth, wrapText } from './wrapText.js';

/**
 * The narrowest a column of text is wrapped to: narrower, it reads as a list of words.
 *
 * @example
 * ```ts
 * NARROWEST_WRAPPED_COLUMN; // 16
 * ```
 * @category CLI
 */
export const NARROWEST_WRAPPED_COLUMN = 16;

/** Two spaces between columns. */
const COLUMN_GAP = 2;

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

/**
 * The width of each column when a table's columns, at their `natural`
 * widths, are wider together than `available`: the `fixed` columns (IDs)
 * keep theirs, and the widest of the others are narrowed first, each to no
 * less than {@link NARROWEST_WRAPPED_COLUMN} or its `header` width (nor more
 * than its own); what is left over goes a column each to the narrowed
 * columns, left to right. `undefined` where even that does not fit.
 *
 * @example
 * ```ts
 * fitWidths([13, 40, 30], [2, 5, 5], new Set([0]), 60); // [13, 22, 21]
 * ```
 * @category CLI
 */
export function fitWidths(natural: readonly number[], header: readonly number[], fixed: ReadonlySet<number>, available: number): number[] | undefined {
  const total = (widths: readonly number[]) => widths.reduce((sum, width) => sum + width, COLUMN_GAP * (widths.length - 1));
  if (total(natural) <= available) return [...natural];
  const widthsAt = (cap: number) =>
    natural.map((width, column) => (fixed.has(column) ? width : Math.min(width, Math.max(cap, NARROWEST_WRAPPED_COLUMN, header[column] ?? 0))));
  if (total(widthsAt(0)) > available) return undefined;
  // The widest cap that fits: every column narrowed to it, none below its narrowest.
  let cap = Math.max(...natural);
  while (total(widthsAt(cap)) > available) cap -= 1;
  // What the cap leaves over goes, a column each, to the columns it narrowed, left to right.
  let spare = available - total(widthsAt(cap));
  return widthsAt(cap).map((width, column) => {
    if (spare === 0 || width === natural[column]) return width;
    spare -= 1;
    return width + 1;
  });
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
  // Each cell on one line, without the tabs that separate piped cells.
  const lines = [table.headers, ...table.rows].map((row) => row.map((cell) => cell.replace(/[\t\r\n]+/g, ' ')));
  const ids = new Set(table.idColumns ?? []);
  const { bold, dim } = styles(context);
  const styled = (text: string, line: number, column: number, cell = text) => (line === 0 ? bold(text) : ids.has(column) && cell !== '' ? dim(text) : text);
  if (!context.tty) return `${lines.map((cells, line) => cells.map((cell, column) => styled(cell, line, column)).join('\t')).join('\n')}\n`;
  const natural = table.headers.map((_, column) => Math.max(...lines.map((cells) => textWidth(cells[column] ?? ''))));
  const widths = context.columns === undefined ? natural : fitWidths(natural, table.headers.map(textWidth), ids, context.columns);
  if (widths === undefined && table.rows.length > 0) {
    // Too wide even wrapped: each row a block of "header value" lines, the values wrapped to the width left beside the headers, IDs whole.
    const [headers = [], ...rows] = lines;
    const labelWidth = Math.max(...headers.map(textWidth));
    const gap = ' '.repeat(COLUMN_GAP);
    const block = (cells: readonly string[]) =>
      cells.flatMap((cell, column) =>
        (ids.has(column) ? [dim(cell)] : wrapText(cell, Math.max(1, (context.columns ?? 0) - labelWidth - COLUMN_GAP))).map((text, i) =>
          `${i === 0 ? bold(padded(headers[column] ?? '', labelWidth)) : ' '.repeat(labelWidth)}${gap}${text}`.trimEnd(),
        ),
      );
    return `${rows.map((cells) => block(cells).join('\n')).join('\n\n')}\n`;
  }
  const fitted = widths ?? natural;
  return `${lines
    .flatMap((cells, line) => {
      const wrapped = cells.map((cell, column) => (ids.has(column) || textWidth(cell) <= (fitted[column] ?? 0) ? [cell] : wrapText(cell, fitted[column] ?? 0)));
      return Array.from({ length: Math.max(...wrapped.map((cellLines) => cellLines.length)) }, (_, row) =>
        wrapped
          .map((cellLines, column) => {
            const cell = cellLines[row] ?? '';
            return styled(column === cells.length - 1 ? cell : padded(cell, fitted[column] ?? 0), line, column, cell);
          })
          .join(' '.repeat(COLUMN_GAP))
          .trimEnd(),
      );
    })
    .join('\n')}\n`;
}
