/**
 * Text that the package echoes (an ID, an argument, a path a user typed)
 * made safe for a terminal: a terminal acts on a control character rather
 * than showing it (`ESC ]0;TITLE BEL` retitles the window, `ESC [31m`
 * colours what follows, U+202E reverses it), so none reaches a message raw.
 * The one rule both the library's errors and the command's messages follow.
 *
 * @internal
 * @module
 */

/**
 * The characters a terminal may act on or not show: the C0 and C1 controls and
 * DEL (`\p{Cc}`), the invisible format characters (`\p{Cf}`: the bidi
 * overrides and isolates, zero-width spaces and joiners) and the line and
 * paragraph separators.
 */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/**
 * A character as a JSON escape: a C0 control as JSON writes it (`\n`,
 * `\u001b`); any other, each of its UTF-16 units as `\uXXXX` (`\u202e`,
 * `\udb40\udc01` beyond the BMP).
 */
function escaped(character: string): string {
  if (character < ' ') return JSON.stringify(character).slice(1, -1);
  return character.replace(/./gs, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * `text` with every character a terminal may act on or not show (a control,
 * DEL, a bidi override, a zero-width character, a line separator) written as
 * its JSON escape, and the rest unchanged: one line, for any text.
 *
 * @example
 * ```ts
 * printable('a\u001b]0;TITLE\u0007b'); // 'a\\u001b]0;TITLE\\u0007b'
 * printable('x\u202Ey\n'); // 'x\\u202ey\\n'
 * printable('Zürich 2024'); // 'Zürich 2024'
 * ```
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escaped);
}

/**
 * `text` as a message quotes it: in double quotes, escaped as JSON escapes
 * it, and with the characters a terminal may act on escaped too
 * ({@link printable}), which JSON leaves raw (DEL, the C1 controls, U+202E).
 *
 * @example
 * ```ts
 * quoted('ai-vc'); // '"ai-vc"'
 * quoted('say "hi"'); // '"say \\"hi\\""'
 * quoted('\u009b31m'); // '"\\u009b31m"' (the C1 CSI, which JSON leaves raw)
 * ```
 */
export function quoted(text: string): string {
  return printable(JSON.stringify(text));
}
