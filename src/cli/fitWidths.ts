/** The narrowest a column of text is wrapped to: narrower, it reads as a list of words. */
export const NARROWEST_WRAPPED_COLUMN = 16;

/** Two spaces between columns. */
export const COLUMN_GAP = 2;

/**
 * The width of each column when a table's columns, at their `natural`
 * widths, are wider together than `available`: the `fixed` columns (IDs)
 * keep theirs, and the widest of the others are narrowed first, each to no
 * less than {@link NARROWEST_WRAPPED_COLUMN} or its `header` width (nor more
 * than its own). `undefined` where even that does not fit.
 *
 * @example
 * ```ts
 * fitWidths([13, 40, 30], [2, 5, 5], new Set([0]), 60); // [13, 22, 21]
 * ```
 * @category CLI
 */
export function fitWidths(natural: readonly number[], header: readonly number[], fixed: ReadonlySet<number>, available: number): number[] | undefined {
  const gaps = COLUMN_GAP * (natural.length - 1);
  if (natural.reduce((sum, width) => sum + width, gaps) <= available) return [...natural];
  const narrowest = natural.map((width, column) => (fixed.has(column) ? width : Math.min(width, Math.max(NARROWEST_WRAPPED_COLUMN, header[column] ?? 0))));
  const widthsAt = (cap: number) => natural.map((width, column) => (fixed.has(column) ? width : Math.min(width, Math.max(cap, narrowest[column] ?? 0))));
  const total = (widths: readonly number[]) => widths.reduce((sum, width) => sum + width, gaps);
  if (total(narrowest) > available) return undefined;
  // The widest cap that fits: every column narrowed to it, none below its narrowest.
  let low = 0;
  let high = Math.max(...natural);
  while (low < high) {
    const cap = Math.ceil((low + high) / 2);
    if (total(widthsAt(cap)) <= available) low = cap;
    else high = cap - 1;
  }
  const widths = widthsAt(low);
  // What the cap leaves over goes, a column each, to the columns it narrowed, left to right.
  let spare = available - total(widths);
  for (let column = 0; column < widths.length && spare > 0; column += 1) {
    if ((widths[column] ?? 0) < (natural[column] ?? 0)) {
      widths[column] = (widths[column] ?? 0) + 1;
      spare -= 1;
    }
  }
  return widths;
}
