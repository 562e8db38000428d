import { requireFiniteNumber, requireFiniteResult, requireRange } from '../arguments.js';

/** The smallest positive normal double, 2^-1022: below it a double keeps fewer than 53 bits. */
const MIN_NORMAL = 2 ** -1022;

/** `to` is within a factor of 2 of `from`, where `to - from` is exact (Sterbenz's lemma). */
function withinTwofold(from: number, to: number): boolean {
  return to >= from / 2 && to <= 2 * from;
}

/** `ratio` is a finite, normal double: neither an overflow nor an underflow of `to / from`. */
function isNormal(ratio: number): boolean {
  return ratio >= MIN_NORMAL && ratio <= Number.MAX_VALUE;
}

/**
 * `ln(to / from)`, to a few units in the last place for any positive `from`
 * and `to`: within a factor of 2, `log1p` of the exact change `to - from`
 * over `from`, so a tiny change keeps its digits (`to / from - 1` would lose
 * them); further apart, the logarithm of the ratio, at least ln 2, so
 * rounding the ratio costs under an ulp; and where the ratio overflows or
 * underflows, the difference of the two logarithms, each then a few ulps of
 * a logarithm larger than 708.
 */
function logRatio(from: number, to: number): number {
  if (withinTwofold(from, to)) return Math.log1p((to - from) / from);
  const ratio = to / from;
  return isNormal(ratio) ? Math.log(ratio) : Math.log(to) - Math.log(from);
}

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

/** `(to / from) ** (1 / years) - 1` for `0 < to != from`, as {@link cagr} says it is computed. */
function yearlyRate(from: number, to: number, years: number): number {
  const exponent = logRatio(from, to) / years;
  const ratio = to / from;
  if (Math.abs(exponent) >= 1 && !withinTwofold(from, to) && isNormal(ratio)) return ratio ** (1 / years) - 1;
  return Math.expm1(exponent);
}
