const WORD_CHARACTER = /[\p{L}\p{N}_]/u;
const DIGIT = /\p{N}/u;

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
  const haystack = collapseWhitespace(text);
  const needle = collapseWhitespace(String(value));
  if (needle === '') return false;
  const checkBefore = WORD_CHARACTER.test(needle[0] ?? '');
  const checkAfter = WORD_CHARACTER.test(needle.at(-1) ?? '');
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    const continuedBefore = checkBefore && continues(haystack[at - 1], haystack[at - 2]);
    const continuedAfter = checkAfter && continues(haystack[end], haystack[end + 1]);
    if (!continuedBefore && !continuedAfter) return true;
  }
  return false;
}

/** Whether `next` (with `beyond` after it) continues a word or a number: a letter, digit or `_`, or a `.` or `,` followed by a digit. */
function continues(next: string | undefined, beyond: string | undefined): boolean {
  if (next === undefined) return false;
  return WORD_CHARACTER.test(next) || ((next === '.' || next === ',') && beyond !== undefined && DIGIT.test(beyond));
}

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
