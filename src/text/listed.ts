/**
 * A list in words, for messages and caveats: "a", "a and b", "a, b and c";
 * past `most` items, "a, b, c, d, e and 7 more".
 *
 * @internal
 */
export function listed(items: readonly string[], most = 5): string {
  if (items.length > most) return `${items.slice(0, most).join(', ')} and ${items.length - most} more`;
  return items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
