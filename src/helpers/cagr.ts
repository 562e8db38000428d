import { requireFiniteNumber, requireFiniteResult, requireRange } from '../arguments.js';

/** The smallest positive normal double, 2^-1022: below it a double keeps fewer than 53 bits. */
const MIN_NORMAL = 2 ** -1022;

/**
 * The compound annual growth rate from `from` to `to` over `years` years:
 * `(to / from) ** (1 / years) - 1`, as a fraction (0.1 for 10% a year). Over
 * one year it equals {@link growthRate}, up to floating-point rounding.
 *
 * It is computed as `expm1(ln(to / from) / years)`, with the logarithm of the
 * exact change `to - from` where `to` is within a factor of 2 of `from`, so
 * that a small rate keeps its digits: `cagr(1, 2, 1e300)` is ln 2 / 1e300,
 * where `2 ** (1 / 1e300) - 1` rounds to 0. Where the rate is e − 1 or more
 * (or 1/e − 1 or less) and `to / from` is not within a factor of 2 of 1,
 * nothing cancels, and it is the power itself, exact where the rate is
 * (`cagr(1, 4, 0.5)` is 15). Its relative error is within a few units in
 * the last place times `1 + ln(1 + rate)`: the rounding of `ln(to / from) /
 * years`, which any double computation has, grows with the exponent; a rate
 * below 2^-1022 (subnormal) is within 2^-1074 of the true one.
 *
 * @param from - the value at the start: a finite number greater than 0.
 * @param to - the value at the end: a finite number, 0 or more.
 * @param years - the time between them in years: a finite number greater than
 * 0, not necessarily whole.
 * @returns The constant yearly rate that turns `from` into `to` in `years`
 * years: -1 when `to` is 0, exactly 0 when `to` equals `from`, and 0 where
 * the true rate is below half the smallest double (2^-1075).
 * @throws {TypeError} if an argument is not a number.
 * @throws {RangeError} if an argument is `NaN` or infinite, if `from` <= 0, if
 * `to` < 0, if `years` <= 0, or if the result overflows (a growth over a
 * vanishingly short time, such as `cagr(1, 2, 1e-300)`).
 * @example
 * ```ts
 * import { cagr } from 'ai-investment-facts';
 * cagr(100, 121, 2); // 0.09999999999999999: 10% a year, in floating point
 * cagr(40, 76, 1); // 0.9, growthRate(40, 76)
 * cagr(1, 4, 0.5); // 15
 * cagr(1, 2, 1e300); // 6.931471805599452e-301, ln 2 / 1e300
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
  if (to === 0) return -1;
  return requireFiniteResult('cagr', { from, to, years }, yearlyRate(from, to, years));
}

/**
 * `(to / from) ** (1 / years) - 1` for `0 < to != from`, as {@link cagr} says
 * it is computed: `expm1(ln(to / from) / years)`, with `ln(to / from)` to a
 * few units in the last place for any positive `from` and `to`.
 */
function yearlyRate(from: number, to: number, years: number): number {
  // Within a factor of 2, `to - from` is exact (Sterbenz's lemma): `log1p` of the exact change keeps a tiny change's digits.
  if (to >= from / 2 && to <= 2 * from) return Math.expm1(Math.log1p((to - from) / from) / years);
  const ratio = to / from;
  // Where `to / from` overflows or underflows, the difference of the two logarithms, each a few ulps of a logarithm over 708.
  if (!(ratio >= MIN_NORMAL && ratio <= Number.MAX_VALUE)) return Math.expm1((Math.log(to) - Math.log(from)) / years);
  // Further apart, the logarithm of the ratio, at least ln 2, so rounding the ratio costs under an ulp; and where the rate is
  // e - 1 or more (or 1/e - 1 or less), nothing cancels: the power itself, exact where the rate is.
  const exponent = Math.log(ratio) / years;
  return Math.abs(exponent) >= 1 ? ratio ** (1 / years) - 1 : Math.expm1(exponent);
}
