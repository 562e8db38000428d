/**
 * The text rules of the document checks: the whitespace rule of the sources'
 * README, and which runs of text are figures. How a value is printed, and
 * which qualifier stands before it, is `statedValues` (src/format/statedValues.ts).
 */

/** Collapses every run of whitespace (spaces, no-break spaces, line breaks) to one space. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Every index at which `needle` occurs in `haystack`. */
export function indexesOf(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

const FIGURE_PATTERN = new RegExp(
  [
    String.raw`\d+(?:[.,]\d+)*`,
    String.raw`\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|decades?|half|thirds?|quarters?|twice|double|triple)\b`,
  ].join('|'),
  'gi',
);

/** Every figure in `text`: runs of digits, and number words such as "two", "billion", "decade". */
export function figuresIn(text: string): { index: number; text: string }[] {
  return [...text.matchAll(FIGURE_PATTERN)].map((match) => ({ index: match.index, text: match[0] }));
}
