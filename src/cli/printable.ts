/**
 * What the command may echo of what its user typed, made safe for a
 * terminal: a terminal acts on a control character rather than showing it
 * (`ESC ]0;TITLE BEL` retitles the window, `ESC [31m` colours what follows,
 * U+202E reverses it), so none reaches the output raw.
 *
 * @module
 */

/**
 * The characters a terminal may act on or not show: the C0 and C1 controls and
 * DEL (`\p{Cc}`), the invisible format characters (`\p{Cf}`: the bidi
 * overrides and isolates, zero-width spaces and joiners) and the line and
 * paragraph separators.
 */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** The short escapes JSON writes. */
const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r' };

/** A character as JSON escapes it: `\n`, `\u001b`; each UTF-16 unit of one beyond the BMP (`\udb40\udc01`). */
function escaped(character: string): string {
  const short = SHORT_ESCAPES[character];
  if (short !== undefined) return short;
  return Array.from({ length: character.length }, (_, i) => `\\u${character.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');
}

/**
 * `text` with every character a terminal may act on or not show (a control,
 * DEL, a bidi override, a zero-width character, a line separator) written as
 * its JSON escape, as {@link quoted} does, and the rest unchanged: one line, for
 * any text.
 *
 * @example
 * ```ts
 * printable('a\u001b]0;TITLE\u0007b'); // 'a\\u001b]0;TITLE\\u0007b'
 * printable('x\u202Ey\n'); // 'x\\u202ey\\n'
 * printable('Zürich 2024'); // 'Zürich 2024'
 * ```
 * @category CLI
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escaped);
}

/**
 * What a message shows of a text its user typed (an ID, an argument, a flag's
 * value, a path): in double quotes, escaped as JSON escapes it, and with the
 * characters a terminal may act on escaped too ({@link printable}). The one
 * way the command echoes what it was given.
 *
 * @example
 * ```ts
 * quoted('ai-vc'); // '"ai-vc"'
 * quoted('say "hi"'); // '"say \\"hi\\""'
 * quoted('\u001b[31mred'); // '"\\u001b[31mred"'
 * quoted('\u009b31m'); // '"\\u009b31m"' (the C1 CSI, which JSON leaves raw)
 * ```
 * @category CLI
 */
export function quoted(text: string): string {
  return printable(JSON.stringify(text));
}
