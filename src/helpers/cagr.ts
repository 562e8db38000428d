import { requireFiniteNumber, requireFiniteResult, requireRange } from '../arguments.js';

/**
 * The compound annual growth rate from `from` to `to` over `years` years:
 * `(to / from) ** (1 / years) - 1`, as a fraction (0.1 for 10% a year). Over
 * one year it equals {@link growthRate}, up to floating-point rounding.
 *
 * @param from - the value at the start: a finite number greater than 0.
 * @param to - the value at the end: a finite number, 0 or more.
 * @param years - the time between them in years: a finite number greater than
 * 0, not necessarily whole.
 * @returns The constant yearly rate that turns `from` into `to` in `years`
 * years: -1 when `to` is 0, exactly 0 when `to` equals `from`.
 * @throws {TypeError} if an argument is not a number.
 * @throws {RangeError} if an argument is `NaN` or infinite, if `from` <= 0, if
 * `to` < 0, if `years` <= 0, or if the result overflows (a growth over a
 * vanishingly short time, such as `cagr(1, 2, 1e-300)`).
 * @example
 * ```ts
 * import { cagr } from 'ai-investment-facts';
 * cagr(100, 121, 2); // 0.10000000000000009: 10% a year, in floating point
 * cagr(40, 76, 1); // 0.8999999999999999, growthRate(40, 76) up to rounding
 * cagr(40, 76, 0); // throws RangeError: cagr: expected `years` > 0, received 0
 * ```
 * @category Numbers
 */
export function cagr(from: number, to: number, years: number): number {
  requireFiniteNumber('cagr', 'from', from);
  requireFiniteNumber('cagr', 'to', to);
  requireFiniteNumber('cagr', 'years', years);
  requireRange('cagr', 'from', from, from > 0, '> 0');
  requireRange('cagr', 'to', to, to >= 0, '>= 0');
  requireRange('cagr', 'years', years, years > 0, '> 0');
  if (to === from) return 0;
  return requireFiniteResult('cagr', { from, to, years }, (to / from) ** (1 / years) - 1);
}
