import { requireFiniteNumber, requireFiniteResult, requireRange } from '../arguments.js';

/**
 * The growth rate from `from` to `to`: `(to - from) / from`, as a fraction
 * (0.9 for 40 to 76, -0.5 for 40 to 20), not percentage points.
 *
 * @param from - the earlier value: a finite number greater than 0.
 * @param to - the later value: a finite number.
 * @returns `(to - from) / from`: 0 when the two are equal, -1 when `to` is 0
 * (or too small beside `from` for floating point to tell it from 0).
 * @throws {TypeError} if `from` or `to` is not a number.
 * @throws {RangeError} if either is `NaN` or infinite, if `from` <= 0, from
 * which no growth rate can be measured, or if the result overflows (a `to`
 * over 1e308 times `from`).
 * @example
 * ```ts
 * import { growthRate } from 'ai-investment-facts';
 * growthRate(40, 76); // 0.9: USD40 billion in 2023 to USD76 billion in 2024
 * growthRate(10.5, 14); // 0.3333333333333333
 * growthRate(0, 14); // throws RangeError: growthRate: expected `from` > 0, received 0
 * ```
 * @category Numbers
 */
export function growthRate(from: number, to: number): number {
  requireFiniteNumber('growthRate', 'from', from);
  requireFiniteNumber('growthRate', 'to', to);
  requireRange('growthRate', 'from', from, from > 0, '> 0');
  return requireFiniteResult('growthRate', { from, to }, (to - from) / from);
}
