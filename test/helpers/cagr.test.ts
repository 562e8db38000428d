import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notANumber, notFinite, offenders, outcome, throwsWith } from './badInput.js';
import { cagr, growthRate } from '../../src/index.js';

/** `cagr` without its parameter types, to pass the wrong kind of value on purpose. */
const untypedCagr = cagr as (from: unknown, to: unknown, years: unknown) => number;


const positive = fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true });
const nonNegative = fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true });
/** Amounts in the range the data uses (up to a trillion), where no step overflows or underflows. */
const amount = fc.double({ min: 1e-6, max: 1e12, noNaN: true });
/** Periods from a month to a millennium, whole or not. */
const years = fc.oneof(fc.integer({ min: 1, max: 30 }), fc.double({ min: 1 / 12, max: 1000, noNaN: true }));

describe('cagr(from, to, years)', () => {
  it('cagr(from, to, years) returns the TSDoc examples exactly', () => {
    expect(cagr(100, 121, 2)).toBe(0.10000000000000009);
    expect(cagr(40, 76, 1)).toBe(0.8999999999999999);
    expect(cagr(40, 76, 1)).toBeCloseTo(growthRate(40, 76), 15);
    expect(outcome(() => cagr(40, 76, 0))).toEqual({
      threw: 'RangeError',
      message: 'cagr: expected `years` > 0, received 0',
    });
  });

  it('cagr(2023, 2024, 1) gives the one-year growth of AI venture investment in the US and China', () => {
    expect(cagr(40e9, 76e9, 1)).toBe(0.8999999999999999);
    expect(cagr(10.5e9, 14e9, 1)).toBe(0.33333333333333326);
    expect(Math.abs(cagr(40e9, 76e9, 1) - growthRate(40e9, 76e9))).toBeLessThanOrEqual(Number.EPSILON);
    expect(Math.abs(cagr(10.5e9, 14e9, 1) - growthRate(10.5e9, 14e9))).toBeLessThanOrEqual(Number.EPSILON);
  });

  it('cagr(from, to, years) is -1 when `to` is 0 and 0 when `to` equals `from`', () => {
    expect(cagr(40, 0, 3)).toBe(-1);
    expect(cagr(40, -0, 1)).toBe(-1);
    expect(cagr(40, 40, 2.5)).toBe(0);
  });

  it('cagr(from, to, years) accepts years that are not whole', () => {
    expect(cagr(1, 4, 0.5)).toBe(15);
    expect(cagr(100, 150, 1.5)).toBeCloseTo(0.3103706971044482, 15);
    expect(cagr(16, 1, 4)).toBe(-0.5);
  });

  it('cagr(from, to, years) throws a RangeError when `from` <= 0', () => {
    expect(
      offenders(untypedCagr, [
        [0, 76, 1, 'RangeError', 'cagr: expected `from` > 0, received 0'],
        [-0, 76, 1, 'RangeError', 'cagr: expected `from` > 0, received -0'],
        [-40, 76, 1, 'RangeError', 'cagr: expected `from` > 0, received -40'],
        // `from` is checked before `to` and `years`.
        [0, -1, 0, 'RangeError', 'cagr: expected `from` > 0, received 0'],
      ])
    ).toEqual([]);
  });

  it('cagr(from, to, years) throws a RangeError when `to` < 0', () => {
    expect(
      offenders(untypedCagr, [
        [40, -1, 1, 'RangeError', 'cagr: expected `to` >= 0, received -1'],
        [40, -Number.MIN_VALUE, 1, 'RangeError', 'cagr: expected `to` >= 0, received -5e-324'],
        // `to` is checked before `years`.
        [40, -76, -1, 'RangeError', 'cagr: expected `to` >= 0, received -76'],
      ])
    ).toEqual([]);
  });

  it('cagr(from, to, years) throws a RangeError when `years` <= 0', () => {
    expect(
      offenders(untypedCagr, [
        [40, 76, 0, 'RangeError', 'cagr: expected `years` > 0, received 0'],
        [40, 76, -0, 'RangeError', 'cagr: expected `years` > 0, received -0'],
        [40, 76, -1, 'RangeError', 'cagr: expected `years` > 0, received -1'],
        [40, 76, -0.5, 'RangeError', 'cagr: expected `years` > 0, received -0.5'],
      ])
    ).toEqual([]);
  });

  it('cagr(from, to, years) throws a TypeError when an argument is not a number', () => {
    expect(
      offenders(untypedCagr, [
        ['40', 76, 1, 'TypeError', 'cagr: expected `from` to be a number, received "40" (string)'],
        [undefined, 76, 1, 'TypeError', 'cagr: expected `from` to be a number, received undefined (undefined)'],
        [null, 76, 1, 'TypeError', 'cagr: expected `from` to be a number, received null (object)'],
        [40, '76', 1, 'TypeError', 'cagr: expected `to` to be a number, received "76" (string)'],
        [40, 76n, 1, 'TypeError', 'cagr: expected `to` to be a number, received 76n (bigint)'],
        [40, null, 1, 'TypeError', 'cagr: expected `to` to be a number, received null (object)'],
        [40, 76, '1', 'TypeError', 'cagr: expected `years` to be a number, received "1" (string)'],
        [40, 76, undefined, 'TypeError', 'cagr: expected `years` to be a number, received undefined (undefined)'],
        [40, 76, true, 'TypeError', 'cagr: expected `years` to be a number, received true (boolean)'],
        [40, 76, [1], 'TypeError', 'cagr: expected `years` to be a number, received an array of 1 (object)'],
      ])
    ).toEqual([]);
  });

  it('cagr(from, to, years) throws a RangeError when an argument is NaN or infinite', () => {
    expect(
      offenders(untypedCagr, [
        [NaN, 76, 1, 'RangeError', 'cagr: expected `from` to be a finite number, received NaN'],
        [Infinity, 76, 1, 'RangeError', 'cagr: expected `from` to be a finite number, received Infinity'],
        [-Infinity, 76, 1, 'RangeError', 'cagr: expected `from` to be a finite number, received -Infinity'],
        [40, NaN, 1, 'RangeError', 'cagr: expected `to` to be a finite number, received NaN'],
        [40, Infinity, 1, 'RangeError', 'cagr: expected `to` to be a finite number, received Infinity'],
        [40, -Infinity, 1, 'RangeError', 'cagr: expected `to` to be a finite number, received -Infinity'],
        [40, 76, NaN, 'RangeError', 'cagr: expected `years` to be a finite number, received NaN'],
        [40, 76, Infinity, 'RangeError', 'cagr: expected `years` to be a finite number, received Infinity'],
        [40, 76, -Infinity, 'RangeError', 'cagr: expected `years` to be a finite number, received -Infinity'],
        // All three are checked for finiteness before any range check.
        [0, -1, NaN, 'RangeError', 'cagr: expected `years` to be a finite number, received NaN'],
      ])
    ).toEqual([]);
  });
});

describe('cagr(from, to, years) properties', () => {
  it('cagr(from, to, 1) equals growthRate(from, to), up to floating-point rounding', () => {
    fc.assert(
      fc.property(amount, fc.oneof(amount, fc.constant(0)), (from, to) => {
        // `to / from - 1` and `(to - from) / from` differ by a few roundings of numbers no larger than max(1, to / from).
        const tolerance = 4 * Number.EPSILON * Math.max(1, to / from);
        expect(Math.abs(cagr(from, to, 1) - growthRate(from, to))).toBeLessThanOrEqual(tolerance);
      }),
      { numRuns: 2000 }
    );
  });

  it('from * (1 + cagr(from, to, years)) ** years gives back `to`, up to floating-point rounding', () => {
    // Over less than a year a fall is compounded back from a rate near -1, where `1 + rate` keeps only a few digits
    // (cagr(1e-6, 1e-9, 1 / 12) rounds `1 + rate` to 0); so short periods are checked with growth only.
    const fall = fc.double({ min: 1e-3, max: 1, noNaN: true });
    const rise = fc.double({ min: 1, max: 1e3, noNaN: true });
    const longPeriod = fc.oneof(fc.integer({ min: 1, max: 30 }), fc.double({ min: 1, max: 1000, noNaN: true }));
    const shortPeriod = fc.double({ min: 1 / 12, max: 1, noNaN: true });
    const ratioAndPeriod = fc.oneof(
      fc.tuple(fc.oneof(fall, rise, fc.constant(0)), longPeriod),
      fc.tuple(fc.oneof(rise, fc.constant(0)), shortPeriod)
    );
    fc.assert(
      fc.property(amount, ratioAndPeriod, (from, [r, period]) => {
        const to = from * r;
        const back = from * (1 + cagr(from, to, period)) ** period;
        // Raising to `years` multiplies the relative rounding error of `1 + rate` by `years`.
        const tolerance = 8 * Math.max(1, period) * Number.EPSILON * Math.max(from, to);
        expect(Math.abs(back - to)).toBeLessThanOrEqual(tolerance);
      }),
      { numRuns: 2000 }
    );
  });

  it('cagr(x, x, years) is exactly 0', () => {
    fc.assert(
      fc.property(positive, years, (x, period) => {
        expect(cagr(x, x, period)).toBe(0);
      }),
      { numRuns: 1000 }
    );
  });

  it('cagr(from, to, years) is at least -1 and never has the opposite sign to `to` - `from`', () => {
    // A tiny change over many years can round to a rate of exactly 0, so the sign may be 0 but never flipped.
    fc.assert(
      fc.property(amount, fc.oneof(amount, fc.constant(0)), years, (from, to, period) => {
        const rate = cagr(from, to, period);
        expect(rate).toBeGreaterThanOrEqual(-1);
        expect(Math.sign(rate) * Math.sign(to - from)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 1000 }
    );
  });
});

describe('cagr(from, to, years) bad input', () => {
  const nonPositive = fc.double({ max: 0, noNaN: true, noDefaultInfinity: true });
  const negative = fc.double({ max: -Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true });

  const errorClassFor = (value: unknown) => (typeof value === 'number' ? 'RangeError' : 'TypeError');

  it('cagr(bad, to, years) throws a TypeError for a non-number and a RangeError for a non-finite or non-positive `from`', () => {
    fc.assert(
      fc.property(fc.oneof(notANumber, notFinite, nonPositive), nonNegative, positive, (from, to, period) => {
        throwsWith(() => untypedCagr(from, to, period), errorClassFor(from), 'cagr: expected `from` ');
      }),
      { numRuns: 1000 }
    );
  });

  it('cagr(from, bad, years) throws a TypeError for a non-number and a RangeError for a non-finite or negative `to`', () => {
    fc.assert(
      fc.property(positive, fc.oneof(notANumber, notFinite, negative), positive, (from, to, period) => {
        throwsWith(() => untypedCagr(from, to, period), errorClassFor(to), 'cagr: expected `to` ');
      }),
      { numRuns: 1000 }
    );
  });

  it('cagr(from, to, bad) throws a TypeError for a non-number and a RangeError for a non-finite or non-positive `years`', () => {
    fc.assert(
      fc.property(positive, nonNegative, fc.oneof(notANumber, notFinite, nonPositive), (from, to, period) => {
        throwsWith(() => untypedCagr(from, to, period), errorClassFor(period), 'cagr: expected `years` ');
      }),
      { numRuns: 1000 }
    );
  });
});

describe('cagr(from, to, years) at the edges of floating point', () => {
  it('cagr(x, x, years) is exactly 0 for any years, however small', () => {
    expect([cagr(7, 7, 1e-310), cagr(7, 7, Number.MIN_VALUE), cagr(7, 7, 1e300)]).toEqual([0, 0, 0]);
  });

  it('cagr(from, to, years) throws a RangeError rather than return an overflow', () => {
    expect(
      offenders(untypedCagr, [
        [1, 2, 1e-300, 'RangeError', 'cagr: expected a finite result, received Infinity for `from` = 1, `to` = 2, `years` = 1e-300: the result overflows a double'],
      ]),
    ).toEqual([]);
    expect(cagr(2, 1, 1e-310)).toBe(-1);
  });
});
