import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notANumber, notFinite, offenders, outcome, throwsWith } from './badInput.js';
import { growthRate } from '../../src/index.js';

/** `growthRate` without its parameter types, to pass the wrong kind of value on purpose. */
const untypedGrowthRate = growthRate as (from: unknown, to: unknown) => number;

const positive = fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true });
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
/** Amounts in the range the data uses (up to a trillion), where no step overflows or underflows. */
const amount = fc.double({ min: 1e-3, max: 1e12, noNaN: true });

describe('growthRate(from, to)', () => {
  it('growthRate(from, to) returns the TSDoc examples exactly', () => {
    expect(growthRate(40, 76)).toBe(0.9);
    expect(growthRate(10.5, 14)).toBe(0.3333333333333333);
    expect(growthRate(40, 20)).toBe(-0.5);
    expect(outcome(() => growthRate(0, 14))).toEqual({
      threw: 'RangeError',
      message: 'growthRate: expected `from` > 0, received 0',
    });
  });

  it('growthRate(2023, 2024) gives the AI venture investment growth of the US and China', () => {
    // US: USD40 billion in 2023 to USD76 billion in 2024; China: USD10.5 billion to USD14 billion.
    expect(growthRate(40e9, 76e9)).toBe(0.9);
    expect(growthRate(10.5e9, 14e9)).toBe(0.3333333333333333);
  });

  it('growthRate(from, to) is a fraction, 0 for no change, -1 for a fall to 0 and below -1 for a negative `to`', () => {
    expect(growthRate(100, 150)).toBe(0.5);
    expect(growthRate(40, 40)).toBe(0);
    expect(growthRate(40, 0)).toBe(-1);
    expect(growthRate(40, -20)).toBe(-1.5);
    expect(growthRate(0.5, 1)).toBe(1);
  });

  it('growthRate(from, to) throws a RangeError when `from` <= 0', () => {
    expect(
      offenders(untypedGrowthRate, [
        [0, 14, 'RangeError', 'growthRate: expected `from` > 0, received 0'],
        [-0, 14, 'RangeError', 'growthRate: expected `from` > 0, received -0'],
        [-40, 76, 'RangeError', 'growthRate: expected `from` > 0, received -40'],
        [-Number.MIN_VALUE, 0, 'RangeError', 'growthRate: expected `from` > 0, received -5e-324'],
      ]),
    ).toEqual([]);
  });

  it('growthRate(from, to) throws a TypeError when an argument is not a number', () => {
    expect(
      offenders(untypedGrowthRate, [
        ['40', 76, 'TypeError', 'growthRate: expected `from` to be a number, received "40" (string)'],
        [undefined, 76, 'TypeError', 'growthRate: expected `from` to be a number, received undefined (undefined)'],
        [null, 76, 'TypeError', 'growthRate: expected `from` to be a number, received null (object)'],
        [40n, 76, 'TypeError', 'growthRate: expected `from` to be a number, received 40n (bigint)'],
        [{}, 76, 'TypeError', 'growthRate: expected `from` to be a number, received an object (object)'],
        [40, '76', 'TypeError', 'growthRate: expected `to` to be a number, received "76" (string)'],
        [40, undefined, 'TypeError', 'growthRate: expected `to` to be a number, received undefined (undefined)'],
        [40, null, 'TypeError', 'growthRate: expected `to` to be a number, received null (object)'],
        [40, false, 'TypeError', 'growthRate: expected `to` to be a number, received false (boolean)'],
        [40, [76], 'TypeError', 'growthRate: expected `to` to be a number, received an array of 1 (object)'],
      ]),
    ).toEqual([]);
  });

  it('growthRate(from, to) throws a RangeError when an argument is NaN or infinite', () => {
    expect(
      offenders(untypedGrowthRate, [
        [NaN, 76, 'RangeError', 'growthRate: expected `from` to be a finite number, received NaN'],
        [Infinity, 76, 'RangeError', 'growthRate: expected `from` to be a finite number, received Infinity'],
        [-Infinity, 76, 'RangeError', 'growthRate: expected `from` to be a finite number, received -Infinity'],
        [40, NaN, 'RangeError', 'growthRate: expected `to` to be a finite number, received NaN'],
        [40, Infinity, 'RangeError', 'growthRate: expected `to` to be a finite number, received Infinity'],
        [40, -Infinity, 'RangeError', 'growthRate: expected `to` to be a finite number, received -Infinity'],
        // Both are checked for finiteness before `from`'s range.
        [0, NaN, 'RangeError', 'growthRate: expected `to` to be a finite number, received NaN'],
      ]),
    ).toEqual([]);
  });
});

describe('growthRate(from, to) properties', () => {
  it('from * (1 + growthRate(from, to)) gives back `to`, up to floating-point rounding', () => {
    fc.assert(
      fc.property(
        amount,
        fc.oneof(
          amount,
          amount.map((x) => -x),
          fc.constant(0),
        ),
        (from, to) => {
          const back = from * (1 + growthRate(from, to));
          // A few roundings, each at most half an ulp of the larger magnitude involved.
          expect(Math.abs(back - to)).toBeLessThanOrEqual(8 * Number.EPSILON * Math.max(from, Math.abs(to)));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('growthRate(x, x) is exactly 0', () => {
    fc.assert(
      fc.property(positive, (x) => {
        expect(growthRate(x, x)).toBe(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('growthRate(from, to) has the sign of `to` - `from`, or throws a RangeError where the result overflows, over the whole double range', () => {
    fc.assert(
      fc.property(positive, finite, (from, to) => {
        const got = outcome(() => growthRate(from, to));
        if ('threw' in got) {
          expect(got.threw).toBe('RangeError');
          expect(got.message).toMatch(/^growthRate: expected a finite result, received -?Infinity for `from` = .*, `to` = .*: the result overflows a double$/);
          expect(Number.isFinite((to - from) / from)).toBe(false);
        } else {
          expect(Math.sign(got.returned as number)).toBe(Math.sign(to - from));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('growthRate(from, to) throws a RangeError rather than return an overflow', () => {
    expect(
      offenders(untypedGrowthRate, [
        [
          Number.MIN_VALUE,
          1,
          'RangeError',
          'growthRate: expected a finite result, received Infinity for `from` = 5e-324, `to` = 1: the result overflows a double',
        ],
        [
          1e308,
          -1e308,
          'RangeError',
          'growthRate: expected a finite result, received -Infinity for `from` = 1e+308, `to` = -1e+308: the result overflows a double',
        ],
      ]),
    ).toEqual([]);
  });

  it('growthRate(from, to) is greater than -1 when `to` > 0, for amounts up to a trillion', () => {
    fc.assert(
      fc.property(amount, amount, (from, to) => {
        expect(growthRate(from, to)).toBeGreaterThan(-1);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('growthRate(from, to) bad input', () => {
  it('growthRate(bad, to) throws a TypeError for a non-number and a RangeError for a non-finite or non-positive `from`', () => {
    const badFrom = fc.oneof(notANumber, notFinite, fc.double({ max: 0, noNaN: true, noDefaultInfinity: true }));
    fc.assert(
      fc.property(badFrom, finite, (from, to) => {
        throwsWith(() => untypedGrowthRate(from, to), typeof from === 'number' ? 'RangeError' : 'TypeError', 'growthRate: expected `from` ');
      }),
      { numRuns: 1000 },
    );
  });

  it('growthRate(from, bad) throws a TypeError for a non-number and a RangeError for a non-finite `to`', () => {
    fc.assert(
      fc.property(positive, fc.oneof(notANumber, notFinite), (from, to) => {
        throwsWith(() => untypedGrowthRate(from, to), typeof to === 'number' ? 'RangeError' : 'TypeError', 'growthRate: expected `to` ');
      }),
      { numRuns: 1000 },
    );
  });
});
