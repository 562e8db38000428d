import { decimalSum } from '../arithmetic/decimalSum.js';
import { printedDigits } from '../arithmetic/printedDigits.js';
import type { ValuedFact } from '../derived/requireInputs.js';
import type { ValueInterval } from './ConsistencyFinding.js';

/**
 * The values a fact may have, given how its source prints it:
 *
 * - `exact` and `approximate`: within half a unit of the last printed digit
 *   (65% is 64.5 to 65.5; USD10.5 billion is 10.45 to 10.55 billion). Counts
 *   are whole things, so an exact count is exactly itself. For an approximate figure
 *   ("around") this is the least the source allows, and the finding says so.
 * - `lower-bound` ("topped", "over"): the value or more.
 * - `upper-bound` ("nearly"): the value or less.
 *
 * No value is below 0, and no percentage above 100.
 *
 * @internal
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
const EXACT_HALVES = 2 ** 48;

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

/** The interval of a sum: the sum of the lows to the sum of the highs, exact in decimal. */
export function sumOfIntervals(intervals: readonly ValueInterval[]): ValueInterval {
  const lows = intervals.map((interval) => interval.low);
  const highs = intervals.map((interval) => interval.high);
  return {
    low: lows.includes(null) ? null : decimalSum(lows as number[]),
    high: highs.includes(null) ? null : decimalSum(highs as number[]),
  };
}

/** The interval of `a / b`, for intervals of values not below 0. */
export function quotientOfIntervals(a: ValueInterval, b: ValueInterval): ValueInterval {
  return {
    low: a.low === null || b.high === null ? 0 : a.low / b.high,
    high: a.high === null || b.low === null || b.low === 0 ? null : a.high / b.low,
  };
}

/** Whether some value lies in both intervals. */
export function intervalsMeet(a: ValueInterval, b: ValueInterval): boolean {
  return (a.low ?? -Infinity) <= (b.high ?? Infinity) && (b.low ?? -Infinity) <= (a.high ?? Infinity);
}
