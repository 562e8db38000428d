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
 * A table: its column headers, its rows (one cell per header), which
 * columns hold IDs (dimmed where colour is on, and never wrapped nor
 * shortened), and whether its text wraps on a narrow terminal (`show`'s
 * fields) or is shortened, each row on one line (the lists).
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
  readonly wrap?: boolean;
}

/**
 * The columns a list leaves out first where the terminal is too narrow, by
 * header, in the order they go: detail, or what the row's ID says again
 * (a fact's ID names its entity, metric and period).
 */
const LEFT_OUT_FIRST = [
  'Source',
  'Recorded at',
  'At',
  'Period',
  'Status',
  'Published',
  'Publisher',
  'Members',
  'Additive',
  'Metric',
  'Entity',
  'Entities',
  'Stance',
  'Type',
  'Quote',
  'Rank',
  'Check',
  'One-sided',
];

/**
 * The width of each column when a table's columns, at their `natural`
 * widths, are wider together than `available`: the widest are narrowed
 * first, each to no less than its `least` width (an ID's is its natural
 * width); what is left over goes a column each to the narrowed columns,
 * left to right. `undefined` where even that does not fit.
 *
 * @example
 * ```ts
 * fitWidths([13, 40, 30], [13, 16, 16], 60); // [13, 22, 21]
 * ```
 * @category CLI
 */
export function fitWidths(natural: readonly number[], least: readonly number[], available: number): number[] | undefined {
  const total = (widths: readonly number[]) => widths.reduce((sum, width) => sum + width, COLUMN_GAP * (widths.length - 1));
  if (total(natural) <= available) return [...natural];
  const widthsAt = (cap: number) => natural.map((width, column) => Math.min(width, Math.max(cap, least[column] ?? 0)));
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

/** A column of a table: its header, its cells, whether it holds IDs, and its natural width (its widest text's). */
interface Column {
  readonly header: string;
  readonly cells: readonly string[];
  readonly id: boolean;
  readonly width: number;
}

/**
 * A table as text, ending in a newline. Piped, one line per row with cells
 * separated by tabs (header first), complete, for `cut` and `awk`. On a
 * terminal, columns aligned with two spaces between them and the header in
 * bold. Where the terminal says its width (`columns`) and the table is
 * wider, IDs stay whole on one line, to copy: a list leaves out its
 * lower-priority columns ({@link LEFT_OUT_FIRST}) and shortens its widest
 * text (to its header's width) until each row fits on one line, and a
 * table that `wrap`s wraps its widest text (at spaces, to no fewer than 16
 * columns). Where even that does not fit, each row is printed as a block of
 * "header value" lines, one block after another, leaving out IDs wider than
 * the terminal (a table with no rows keeps its header line). What is
 * shortened or left out is said in one last line: `--wide` or `--json` shows it.
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
  const all: Column[] = table.headers.map((header, column) => {
    const cells = table.rows.map((row) => (row[column] ?? '').replace(/[\t\r\n]+/g, ' '));
    return { header, cells, id: table.idColumns?.includes(column) === true, width: Math.max(textWidth(header), ...cells.map(textWidth)) };
  });
  const { bold, dim } = styles(context);
  const styled = (text: string, { id }: Column, cell = text) => (id && cell !== '' ? dim(text) : text);
  if (!context.tty)
    return `${[all.map(({ header }) => bold(header)), ...table.rows.map((_, row) => all.map((column) => styled(column.cells[row] ?? '', column)))].map((cells) => cells.join('\t')).join('\n')}\n`;
  const available = context.columns ?? Infinity;
  let shown = all;
  const wide = (columns: readonly Column[]) => columns.reduce((sum, { width }) => sum + width + COLUMN_GAP, -COLUMN_GAP) > available;
  for (const header of table.wrap ? [] : LEFT_OUT_FIRST) if (wide(shown)) shown = shown.filter((column) => column.header !== header);
  const natural = shown.map(({ width }) => width);
  const least = shown.map(({ id, width, header }) => (id ? width : Math.min(width, Math.max(textWidth(header), table.wrap ? NARROWEST_WRAPPED_COLUMN : 0))));
  const widths = fitWidths(natural, least, available);
  const notice = `${dim(wrapText('Shortened to fit the terminal: --wide or --json shows every column whole.', available).join('\n'))}\n`;
  if (widths === undefined && table.rows.length > 0) {
    // Too wide even so: each row a block of "header value" lines, the values wrapped to the width left beside the headers, IDs whole or left out.
    const labelWidth = Math.max(...all.map(({ header }) => textWidth(header)));
    const valueWidth = Math.max(1, available - labelWidth - COLUMN_GAP);
    const block = (row: number) =>
      all.flatMap((column) => {
        const cell = column.cells[row] ?? '';
        return (column.id ? (textWidth(cell) > valueWidth ? [] : [dim(cell)]) : wrapText(cell, valueWidth)).map((text, i) =>
          `${i === 0 ? bold(padded(column.header, labelWidth)) : ' '.repeat(labelWidth)}${' '.repeat(COLUMN_GAP)}${text}`.trimEnd(),
        );
      });
    const cut = all.some((column) => column.id && column.cells.some((cell) => textWidth(cell) > valueWidth));
    return `${table.rows.map((_, row) => block(row).join('\n')).join('\n\n')}\n${cut ? notice : ''}`;
  }
  const fitted = widths ?? natural;
  const cellLines = (cell: string, width: number, column: Column) =>
    column.id || textWidth(cell) <= width ? [cell] : table.wrap ? wrapText(cell, width) : [`${[...cell].slice(0, width - 1).join('')}…`];
  const lines = [-1, ...table.rows.keys()].flatMap((row) => {
    const wrapped = shown.map((column, i) => cellLines(row < 0 ? column.header : (column.cells[row] ?? ''), fitted[i] ?? 0, column));
    return Array.from({ length: Math.max(...wrapped.map((cellLines) => cellLines.length)) }, (_, line) =>
      wrapped
        .map((texts, i) => {
          const cell = texts[line] ?? '';
          const text = i === shown.length - 1 ? cell : padded(cell, fitted[i] ?? 0);
          return row < 0 ? bold(text) : styled(text, shown[i]!, cell);
        })
        .join(' '.repeat(COLUMN_GAP))
        .trimEnd(),
    );
  });
  const cut = !table.wrap && fitted.some((width, i) => width < (natural[i] ?? 0));
  return `${lines.join('\n')}\n${shown.length < all.length || cut ? notice : ''}`;
}
