import { printedDigits } from '../arithmetic/printedDigits.js';
import type { FactUnit, Precision } from '../types.js';
import { isCurrencyCode, PRECISION_WORDS, PRECISIONS } from '../vocabulary.js';
import { enUsAmount } from './enUsAmount.js';

/**
 * One place where a text prints a value: the words as printed, and the
 * precision that its qualifier gives.
 *
 * @example
 * ```ts
 * statedValues('Funding topped USD76 billion.', 76e9, 'USD'); // [{ text: 'topped USD76 billion', precision: 'lower-bound' }]
 * ```
 * @internal
 */
export interface StatedValue {
  /** The words verbatim: the qualifier, the currency and the number (`topped USD76 billion`, `nearly €40 million`, `65%`). */
  readonly text: string;
  /** The precision of the qualifier ({@link PRECISION_WORDS}), `exact` where there is none. */
  readonly precision: Precision;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** The precision each qualifier word gives, by the word. */
const QUALIFIERS = new Map<string, Precision>(PRECISIONS.flatMap((precision) => PRECISION_WORDS[precision].qualifiers.map((word) => [word, precision])));

/** `digits` as a regular expression that finds them printed, but not inside a longer number: not `76` in `1976` or `76.5`. */
function number(digits: string): string {
  return `(?<![\\d.,])${digits.replace('.', '\\.')}(?!\\d|[.,]\\d)`;
}

/**
 * The ways a source prints `value` in `unit`, as a regular expression: `66%`,
 * `76 billion` (of USD76 billion: the digits and scale word of
 * {@link printedDigits}), `950` or `950,000` below a million, `2` or `two`
 * (a count or a duration).
 */
function printedNumber(value: number, unit: FactUnit): string {
  const digits = number(String(value));
  const word = NUMBER_WORDS[value];
  if (unit === 'percent') return `${digits}%`;
  if (!isCurrencyCode(unit)) return word === undefined ? digits : `${digits}|\\b${word}\\b`;
  const { mantissa, scaleWord } = printedDigits(value, unit);
  return scaleWord === '' ? `${digits}|${number(enUsAmount(value, 'count'))}` : `${number(String(mantissa))} ${scaleWord}\\b`;
}

/**
 * Every place `text` prints `value` in `unit` the way the sources print
 * values, with the qualifier right before it: `topped USD76 billion`, `around
 * USD10.5 billion`, `nearly 80%`, `approximately two years`, `nearly €40
 * million`. A number is printed as {@link printedDigits} reads it (money in
 * the largest of trillions, billions and millions that leaves at least 1), a
 * count or a duration up to ten also as a word; an amount may have its
 * currency's ISO code or a currency sign (`$`, `US$`, `€`) before it, after
 * the qualifier. A number inside a longer one (`76` in `1976` or `76.5`) is
 * not the value. The qualifier words are {@link PRECISION_WORDS}'
 * `qualifiers`, in any case. The rule the quote checks prove for every fact,
 * and the charts print.
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
  const currency = isCurrencyCode(unit) ? `(?:(?:${unit}|[A-Z]{0,2}\\p{Sc})\\s?)?` : '';
  const pattern = new RegExp(`${qualifier}${currency}(?:${printedNumber(value, unit)})`, 'giu');
  return [...text.matchAll(pattern)].map(([words, word = '']) => ({ text: words, precision: QUALIFIERS.get(word.toLowerCase()) ?? 'exact' }));
}
