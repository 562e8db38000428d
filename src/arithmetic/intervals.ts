/**
 * The values a figure may have, as intervals: a fact's, from its printed
 * digits and qualifier, and from those the intervals of sums, quotients and
 * growth rates. The consistency audit and every derived figure use these, so
 * that both read a fact the same way.
 *
 * @internal
 * @module
 */
import type { ValueInterval } from '../audit/ConsistencyFinding.js';
import type { ValuedFact } from '../derived/requireInputs.js';
import { decimalSum } from './decimalSum.js';
import { printedDigits } from './printedDigits.js';

/**
 * The values a fact may have, given how its source prints it:
 *
 * - `exact` and `approximate`: within half a unit of the last printed digit
 *   (65% is 64.5 to 65.5; USD10.5 billion is 10.45 to 10.55 billion). Counts
 *   are whole things, so an exact count is exactly itself. For an approximate figure
 *   ("around") this is the least the source allows, and whatever uses it says so.
 * - `lower-bound` ("topped", "over"): the value or more.
 * - `upper-bound` ("nearly"): the value or less.
 *
 * No value is below 0, and no percentage above 100.
 */
export function factInterval(fact: ValuedFact): ValueInterval {
  const ceiling = fact.unit === 'percent' ? 100 : null;
  if (fact.precision === 'lower-bound') return { low: fact.value, high: ceiling };
  if (fact.precision === 'upper-bound') return { low: 0, high: fact.value };
  const half = fact.unit === 'count' && fact.precision === 'exact' ? 0 : printedDigits(fact.value, fact.unit).step / 2;
  const high = plusExactly(fact.value, half);
  return { low: Math.max(0, plusExactly(fact.value, -half)), high: ceiling === null ? high : Math.min(ceiling, high) };
}

/** Up to this, a whole number plus a multiple of one half, and ten times each, are held exactly. */
const EXACT_HALVES = 281_474_976_710_656; // 2 ** 48, written out: an expression would be kept by every bundle of the main entry

/**
 * `value + half`, exact in decimal, as {@link decimalSum} gives it. Where
 * `value` is whole and `half` a multiple of one half (65% ± 0.5, USD76 billion
 * ± 500 million: most figures), floating point holds the sum exactly, so it is
 * the decimal sum, without the decimal places read from each number's digits
 * that make `decimalSum` the audit's cost at a million facts.
 */
function plusExactly(value: number, half: number): number {
  const halves = half * 2;
  if (Number.isInteger(value) && Number.isInteger(halves) && Math.abs(value) <= EXACT_HALVES && Math.abs(halves) <= EXACT_HALVES) return 0 + value + half; // in decimalSum's order, so that -0 sums as it does
  return decimalSum([value, half]);
}

/** The interval of a sum: the sum of the lows to the sum of the highs, exact in decimal, an open end staying open. */
export function sumOfIntervals(intervals: readonly ValueInterval[]): ValueInterval {
  const sum = (ends: readonly (number | null)[]) => (ends.includes(null) ? null : decimalSum(ends as number[]));
  return { low: sum(intervals.map((interval) => interval.low)), high: sum(intervals.map((interval) => interval.high)) };
}

/**
 * The interval of `of(divisor, other)`, for values not below 0 and a function
 * that falls as `divisor` rises and rises with `other`: a quotient
 * (`(b, a) => a / b`), a growth rate, a compound annual growth rate. Its low
 * is `of` at the divisor's high and the other's low, its high `of` at the
 * divisor's low and the other's high. An end the inputs leave open (an
 * unbounded input, a divisor that may be 0, a result past the largest double)
 * is `null`.
 *
 * @example
 * ```ts
 * monotoneInterval((b, a) => a / b, { low: 14.5, high: 15.5 }, { low: 76, high: null }); // { low: 76 / 15.5, high: null }
 * ```
 */
export function monotoneInterval(of: (divisor: number, other: number) => number, divisor: ValueInterval, other: ValueInterval): ValueInterval {
  const high = other.high === null || !divisor.low ? null : of(divisor.low, other.high);
  return { low: divisor.high === null || other.low === null ? null : of(divisor.high, other.low), high: Number.isFinite(high) ? high : null };
}
