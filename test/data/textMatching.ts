/**
 * The text rules of the quote checks: the whitespace rule of the sources'
 * README, how a value is printed, which qualifier word stands before it, and
 * which runs of text are figures.
 */
import { printedDigits } from '../../src/arithmetic/printedDigits.js';
import type { FactUnit, Precision } from '../../src/types.js';
import { isCurrencyCode, PRECISION_WORDS, PRECISIONS } from '../../src/vocabulary.js';

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

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * The ways a source may print a value, lowercase: 66 percent as "66%", 76e9
 * USD as "76 billion" (within "USD76 billion" or "$76 billion"), 2 years as
 * "two" or "2". Money is read by `printedDigits`, the same rule the
 * consistency audit takes the rounding of a printed figure from, so these
 * checks also prove that rule against every document.
 */
export function printedForms(value: number, unit: FactUnit): string[] {
  if (unit === 'percent') return [`${value}%`];
  if (!isCurrencyCode(unit)) {
    const word = NUMBER_WORDS[value];
    return word === undefined ? [String(value)] : [String(value), word];
  }
  const { mantissa, scaleWord } = printedDigits(value, unit);
  if (scaleWord !== '') return [`${mantissa} ${scaleWord}`];
  return [String(value), value.toLocaleString('en-US')];
}

/** Where a printed form of the value stands in `text` as a whole number, not inside a longer one. */
export function findPrinted(text: string, value: number, unit: FactUnit): number[] {
  const lower = text.toLowerCase();
  return printedForms(value, unit).flatMap((form) =>
    indexesOf(lower, form).filter((i) => {
      const before = lower[i - 1] ?? ' ';
      const after = lower[i + form.length] ?? ' ';
      const isWordForm = /^[a-z]/.test(form);
      if (isWordForm) return !/[a-z]/.test(before) && !/[a-z]/.test(after);
      const endsInDigit = /\d$/.test(form);
      const continuesNumber = /\d/.test(after) || (after === '.' && /\d/.test(lower[i + form.length + 1] ?? ''));
      return !/[\d.]/.test(before) && !(endsInDigit && continuesNumber);
    }),
  );
}

/**
 * The precision that the words right before `index` in `text` give a value:
 * "topped USD76 billion" is a lower bound, "around USD10.5 billion"
 * approximate, "nearly 80%" an upper bound, and no qualifier word exact.
 */
export function precisionOfQualifier(text: string, index: number): Precision {
  const before = text
    .slice(Math.max(0, index - 40), index)
    .toLowerCase()
    .replace(/(usd|cny|us\$|\$|€|£)$/, '')
    .replace(/[^a-z ]/g, ' ')
    .trim()
    .split(/\s+/);
  const lastWord = before.at(-1) ?? '';
  const lastTwoWords = before.slice(-2).join(' ');
  for (const precision of PRECISIONS) {
    const words: readonly string[] = PRECISION_WORDS[precision].qualifiers;
    if (words.includes(lastWord) || words.includes(lastTwoWords)) return precision;
  }
  return 'exact';
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
