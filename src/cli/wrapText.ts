/**
 * How many terminal columns `text` takes: one per code point. The records'
 * text is in scripts one column wide (the Latin alphabet, with typographic
 * quotes and dashes), so that no East Asian width table is needed.
 *
 * @example
 * ```ts
 * textWidth('Beijing’s'); // 9
 * ```
 * @category CLI
 */
export function textWidth(text: string): number {
  return [...text].length;
}

/**
 * `text` wrapped into lines at most `width` columns wide, broken at spaces,
 * and inside a word only where the word alone is wider than `width`. Joined
 * with spaces, the lines give back the text with its runs of spaces as one.
 *
 * @example
 * ```ts
 * wrapText('Top Cities Leading The AI Investment Boom', 16); // ['Top Cities', 'Leading The AI', 'Investment Boom']
 * ```
 * @category CLI
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const codePoints = [...word];
    // A word wider than `width` is cut into pieces `width` code points long.
    for (let start = 0; start < codePoints.length; start += width) {
      const piece = codePoints.slice(start, start + width).join('');
      if (line !== '' && textWidth(line) + 1 + textWidth(piece) <= width) line += ` ${piece}`;
      else {
        if (line !== '') lines.push(line);
        line = piece;
      }
    }
  }
  lines.push(line);
  return lines;
}
