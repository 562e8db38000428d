import { printedDigits } from '../arithmetic/printedDigits.js';
import type { FactUnit, Precision } from '../types.js';
import { isCurrencyCode, PRECISION_WORDS, PRECISIONS } from '../vocabulary.js';
import { enUsAmount } from './enUsAmount.js';

/**
 * One place where a text prints a value: where, the words as printed, and the
 * precision that its qualifier gives.
 *
 * @example
 * ```ts
 * statedValues('Funding topped USD76 billion.', 76e9, 'USD');
 * // [{ index: 8, text: 'topped USD76 billion', precision: 'lower-bound' }]
 * ```
 * @internal
 */
export interface StatedValue {
  /** Where the words start in the text: at the qualifier, or at the currency or number where there is none. */
  readonly index: number;
  /** The words verbatim: the qualifier, the currency and the number (`topped USD76 billion`, `nearly €40 million`, `65%`). */
  readonly text: string;
  /** The precision of the qualifier ({@link PRECISION_WORDS}), `exact` where there is none. */
  readonly precision: Precision;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** The precision each qualifier word gives, by the word. */
const QUALIFIERS = new Map<string, Precision>(PRECISIONS.flatMap((precision) => PRECISION_WORDS[precision].qualifiers.map((word) => [word, precision])));

/** `text` matched literally in a regular expression. */
function literally(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `number` matched literally, but not inside a longer number or word: not `76` in `1976` or `76.5`, not `two` in `twofold`. */
function bounded(number: string): string {
  const before = /^\p{L}/u.test(number) ? '(?<!\\p{L})' : '(?<![\\d.,])';
  const after = /\p{L}$/u.test(number) ? '(?!\\p{L})' : /\d$/.test(number) ? '(?!\\d|[.,]\\d)' : '';
  return before + literally(number) + after;
}

/**
 * The numbers a source prints `value` in `unit` with: `66%`, `76 billion` (of
 * USD76 billion: the digits and scale word of {@link printedDigits}), `950`
 * or `950,000` below a million, `2` or `two` (a count or a duration).
 */
function printedNumbers(value: number, unit: FactUnit): string[] {
  if (unit === 'percent') return [`${value}%`];
  if (!isCurrencyCode(unit)) return [String(value), NUMBER_WORDS[value] ?? String(value)];
  const { mantissa, scaleWord } = printedDigits(value, unit);
  return scaleWord === '' ? [String(value), enUsAmount(value, 'count')] : [`${mantissa} ${scaleWord}`];
}

/** The currency a source prints before an amount in `code`: the code itself (`USD`, `EUR `), or its symbol, maybe after letters (`$`, `US$`, `€`). */
function currencyBefore(code: string): string {
  const symbol = new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'narrowSymbol' })
    .formatToParts(0)
    .find((part) => part.type === 'currency')?.value;
  return `(?:(?:${code}|[A-Z]{0,2}${literally(symbol ?? code)})\\s?)?`;
}

/**
 * Every place `text` prints `value` in `unit` the way the sources print
 * values, with the qualifier right before it: `topped USD76 billion`, `around
 * USD10.5 billion`, `nearly 80%`, `approximately two years`, `nearly €40
 * million`. A number is printed as {@link printedDigits} reads it (money in
 * the largest of trillions, billions and millions that leaves at least 1), a
 * count or a duration up to ten also as a word; an amount may have its
 * currency's ISO code or symbol before it, after the qualifier. A number
 * inside a longer one (`76` in `1976` or `76.5`) is not the value. The
 * qualifier words are {@link PRECISION_WORDS}' `qualifiers`, in any case. The
 * rule the quote checks prove for every fact, and the charts print.
 *
 * @param text - a quote, its whitespace as the document has it.
 * @param value - the value, in `unit`.
 * @param unit - the value's unit.
 * @returns The places in the order of the text; none where it does not print the value.
 * @example
 * ```ts
 * statedValues('up from USD40 billion, around USD10.5 billion', 10.5e9, 'USD').map((stated) => stated.text); // ['around USD10.5 billion']
 * statedValues('Lisbon drew nearly €40 million', 40e6, 'EUR')[0]?.precision; // 'upper-bound'
 * ```
 * @internal
 */
export function statedValues(text: string, value: number, unit: FactUnit): StatedValue[] {
  const qualifier = `(?:(?<!\\p{L})(${[...QUALIFIERS.keys()].join('|')})\\s+)?`;
  const number = `(?:${printedNumbers(value, unit).map(bounded).join('|')})`;
  const pattern = new RegExp(`${qualifier}${isCurrencyCode(unit) ? currencyBefore(unit) : ''}${number}`, 'giu');
  return [...text.matchAll(pattern)].map((match) => ({
    index: match.index,
    text: match[0],
    precision: QUALIFIERS.get(match[1]?.toLowerCase() ?? '') ?? 'exact',
  }));
}
