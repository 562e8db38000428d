/**
 * Whether a text names a value, as a changeset must name the old and the new
 * value of a correction: the value written as `String(value)` (`76000000000`,
 * `4.3`, `lower-bound`, `null`, a quote verbatim) appears in the text, and
 * not as part of a longer word or number (`65` is not named by `650`, `6.65`
 * or `65.5`, but is by `65%` and `65.` ending a sentence). Any run of
 * whitespace stands for any other, as in quotes, so a wrapped line still
 * names a quote. An empty string is never named.
 *
 * @param text - the changeset's text.
 * @param value - a tracked value (a string, a number, a boolean or `null`).
 * @returns `true` if the text names the value.
 * @example
 * ```ts
 * mentionsValue('Correct the value from 67000000000 to 76000000000.', 76_000_000_000); // true
 * mentionsValue('Correct the share from 650 to 66.', 65); // false
 * mentionsValue('Set the precision to `lower-bound`.', 'lower-bound'); // true
 * ```
 * @category Release
 */
export function mentionsValue(text: string, value: unknown): boolean {
  const words = String(value).trim().split(/\s+/);
  if (words[0] === '') return false;
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  // A word or a number continues across a letter, a digit or `_`, and across a `.` or `,` between digits.
  const notContinuedBefore = /^[\p{L}\p{N}_]/u.test(escaped) ? '(?<![\\p{L}\\p{N}_]|\\p{N}[.,])' : '';
  const notContinuedAfter = /[\p{L}\p{N}_]$/u.test(escaped) ? '(?![\\p{L}\\p{N}_]|[.,]\\p{N})' : '';
  return new RegExp(notContinuedBefore + escaped + notContinuedAfter, 'u').test(text);
}
