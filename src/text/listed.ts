/** `items` joined as a sentence joins them: "a", "a or b", "a, b or c". */
function joined(items: readonly string[], conjunction: 'and' | 'or'): string {
  return items.length <= 2 ? items.join(` ${conjunction} `) : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/**
 * A list in words, for messages and caveats: "a", "a and b", "a, b and c";
 * past `most` items, "a, b, c, d, e and 7 more".
 *
 * @internal
 */
export function listed(items: readonly string[], most = 5): string {
  if (items.length > most) return `${items.slice(0, most).join(', ')} and ${items.length - most} more`;
  return joined(items, 'and');
}

/**
 * The names a message offers for one mistyped, as the library's errors and
 * the command both say them: "did you mean a?", "did you mean a, b or c?".
 *
 * @internal
 */
export function didYouMeanText(names: readonly string[]): string {
  return `did you mean ${joined(names, 'or')}?`;
}
