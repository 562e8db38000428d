import type { FactUnit } from '../types.js';
import { isCurrencyCode, MONEY_SCALES } from '../vocabulary.js';
import { decimalPlaces } from './decimalSum.js';

/** How a value is printed: the digits, and the scale word after them ("76" "billion"). */
export interface PrintedDigits {
  /** The number printed before the scale word: 76 for USD76 billion, 4.3 for 4.3%. */
  readonly mantissa: number;
  /** The scale word's value: 1e9 for "billion", 1 where there is none. */
  readonly scale: number;
  /** The scale word: "trillion", "billion", "million", or "" where there is none. */
  readonly scaleWord: string;
  /** The value of one unit in the last printed digit: 1e9 for "76 billion", 1e8 for "10.5 billion", 0.1 for "4.3%". */
  readonly step: number;
}

/**
 * How a value is printed, as the sources print it: percentages, counts and
 * durations as plain numbers ("4.3%"), money in the largest of trillions,
 * billions and millions that leaves at least 1 ("USD76 billion", "USD10.5
 * billion"). The tests check every fact's quote prints its value this way, so
 * `step` is the resolution that the source's printed digits imply: a printed 65
 * may be anything from 64.5 to 65.5.
 *
 * @internal
 */
export function printedDigits(value: number, unit: FactUnit): PrintedDigits {
  const [power, scaleWord] = (isCurrencyCode(unit) && MONEY_SCALES.find(([scalePower]) => Math.abs(value) >= 10 ** scalePower)) || [0, ''];
  const scale = 10 ** power;
  const mantissa = value / scale;
  return { mantissa, scale, scaleWord, step: scale / 10 ** decimalPlaces(mantissa) };
}
