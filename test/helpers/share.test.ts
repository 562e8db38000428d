import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notANumber, notFinite, offenders, outcome, throwsWith } from './badInput.js';
import { share } from '../../src/index.js';

/** `share` without its parameter types, to pass the wrong kind of value on purpose. */
const untypedShare = share as (part: unknown, whole: unknown) => number;

const positive = fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true });
const nonNegative = fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true });

describe('share(part, whole)', () => {
  it('share(part, whole) returns the TSDoc examples exactly', () => {
    expect(share(10, 40)).toBe(0.25);
    expect(share(65, 79.3)).toBe(0.819672131147541);
    expect(outcome(() => share(50, 40))).toEqual({
      threw: 'RangeError',
      message: 'share: expected `part` <= `whole` (40), received 50',
    });
  });

  it('share(part, whole) returns a fraction, not percentage points', () => {
    expect(share(25, 100)).toBe(0.25);
    expect(share(1, 3)).toBe(1 / 3);
    expect(share(0.5, 2)).toBe(0.25);
  });

  it("share(ecosystem, 100) gives the leading ecosystems' shares of AI-native funding as fractions", () => {
    // Silicon Valley 65%, Beijing 10%, Paris 4.3% of funding to the top 40 AI-native startups.
    expect([65, 10, 4.3].map((percent) => share(percent, 100))).toEqual([0.65, 0.1, 0.043]);
  });

  it("share(ecosystem, 79.3) splits the big three's combined 79.3% into parts that sum to 1", () => {
    const shares = [65, 10, 4.3].map((percent) => share(percent, 65 + 10 + 4.3));
    expect(shares).toEqual([0.819672131147541, 0.12610340479192939, 0.05422446406052964]);
    expect(Math.abs(shares.reduce((total, x) => total + x, 0) - 1)).toBeLessThanOrEqual(2 * Number.EPSILON);
  });

  it('share(0, whole) is 0 and share(whole, whole) is 1, at the edges of the range', () => {
    expect(share(0, 40)).toBe(0);
    expect(share(40, 40)).toBe(1);
    expect(share(Number.MIN_VALUE, Number.MIN_VALUE)).toBe(1);
    expect(share(Number.MAX_VALUE, Number.MAX_VALUE)).toBe(1);
    expect(share(Number.MIN_VALUE, Number.MAX_VALUE)).toBe(0);
  });

  it('share(part, whole) throws a RangeError when `whole` <= 0', () => {
    expect(
      offenders(untypedShare, [
        [0, 0, 'RangeError', 'share: expected `whole` > 0, received 0'],
        [0, -0, 'RangeError', 'share: expected `whole` > 0, received -0'],
        [1, -40, 'RangeError', 'share: expected `whole` > 0, received -40'],
        [0, -Number.MIN_VALUE, 'RangeError', 'share: expected `whole` > 0, received -5e-324'],
        // `whole` is checked before `part`'s range.
        [-1, 0, 'RangeError', 'share: expected `whole` > 0, received 0'],
        [50, -40, 'RangeError', 'share: expected `whole` > 0, received -40'],
      ]),
    ).toEqual([]);
  });

  it('share(part, whole) throws a RangeError when `part` < 0', () => {
    expect(
      offenders(untypedShare, [
        [-1, 40, 'RangeError', 'share: expected `part` >= 0, received -1'],
        [-Number.MIN_VALUE, 40, 'RangeError', 'share: expected `part` >= 0, received -5e-324'],
        [-0.5, 0.25, 'RangeError', 'share: expected `part` >= 0, received -0.5'],
      ]),
    ).toEqual([]);
  });

  it('share(part, whole) throws a RangeError when `part` > `whole`', () => {
    expect(
      offenders(untypedShare, [
        [50, 40, 'RangeError', 'share: expected `part` <= `whole` (40), received 50'],
        [40.00000000000001, 40, 'RangeError', 'share: expected `part` <= `whole` (40), received 40.00000000000001'],
        [100, 79.3, 'RangeError', 'share: expected `part` <= `whole` (79.3), received 100'],
        [2e21, 1e21, 'RangeError', 'share: expected `part` <= `whole` (1e+21), received 2e+21'],
      ]),
    ).toEqual([]);
  });

  it('share(part, whole) throws a TypeError when an argument is not a number', () => {
    expect(
      offenders(untypedShare, [
        ['10', 40, 'TypeError', 'share: expected `part` to be a number, received "10" (string)'],
        [undefined, 40, 'TypeError', 'share: expected `part` to be a number, received undefined (undefined)'],
        [null, 40, 'TypeError', 'share: expected `part` to be a number, received null (object)'],
        [10n, 40, 'TypeError', 'share: expected `part` to be a number, received 10n (bigint)'],
        [true, 40, 'TypeError', 'share: expected `part` to be a number, received true (boolean)'],
        [[10], 40, 'TypeError', 'share: expected `part` to be a number, received an array of 1 (object)'],
        [10, '40', 'TypeError', 'share: expected `whole` to be a number, received "40" (string)'],
        [10, undefined, 'TypeError', 'share: expected `whole` to be a number, received undefined (undefined)'],
        [10, null, 'TypeError', 'share: expected `whole` to be a number, received null (object)'],
        [10, 40n, 'TypeError', 'share: expected `whole` to be a number, received 40n (bigint)'],
        // `part` is checked first.
        ['10', NaN, 'TypeError', 'share: expected `part` to be a number, received "10" (string)'],
      ]),
    ).toEqual([]);
  });

  it('share(part, whole) throws a RangeError when an argument is NaN or infinite', () => {
    expect(
      offenders(untypedShare, [
        [NaN, 40, 'RangeError', 'share: expected `part` to be a finite number, received NaN'],
        [Infinity, 40, 'RangeError', 'share: expected `part` to be a finite number, received Infinity'],
        [-Infinity, 40, 'RangeError', 'share: expected `part` to be a finite number, received -Infinity'],
        [10, NaN, 'RangeError', 'share: expected `whole` to be a finite number, received NaN'],
        [10, Infinity, 'RangeError', 'share: expected `whole` to be a finite number, received Infinity'],
        [10, -Infinity, 'RangeError', 'share: expected `whole` to be a finite number, received -Infinity'],
        // A finite-number check comes before any range check.
        [-1, NaN, 'RangeError', 'share: expected `whole` to be a finite number, received NaN'],
        [Infinity, Infinity, 'RangeError', 'share: expected `part` to be a finite number, received Infinity'],
      ]),
    ).toEqual([]);
  });
});

describe('share(part, whole) properties', () => {
  /** Two finite numbers 0 <= part <= whole with whole > 0, over the whole double range. */
  const partAndWhole = fc.tuple(nonNegative, positive).map(([a, b]) => (a <= b ? ([a, b] as const) : ([b, a] as const)));

  it('share(part, whole) is in [0, 1] for every valid pair', () => {
    fc.assert(
      fc.property(partAndWhole, ([part, whole]) => {
        const result = share(part, whole);
        expect(result >= 0 && result <= 1).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('share(x, x) is exactly 1', () => {
    fc.assert(
      fc.property(positive, (x) => {
        expect(share(x, x)).toBe(1);
      }),
      { numRuns: 1000 },
    );
  });

  it('share(0, whole) is exactly 0', () => {
    fc.assert(
      fc.property(positive, (whole) => {
        expect(share(0, whole)).toBe(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('share(part, whole) never decreases as `part` grows', () => {
    const ordered = fc.tuple(nonNegative, nonNegative, positive).map((values) => [...values].sort((a, b) => a - b));
    fc.assert(
      fc.property(ordered, ([low = 0, high = 0, whole = 0]) => {
        fc.pre(whole > 0);
        expect(share(low, whole)).toBeLessThanOrEqual(share(high, whole));
      }),
      { numRuns: 2000 },
    );
  });

  it('share(part, sum of parts) sums to 1 over the parts, up to floating-point rounding', () => {
    const parts = fc.array(fc.double({ min: 0, max: 1e12, noNaN: true }), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(parts, (values) => {
        const whole = values.reduce((total, x) => total + x, 0);
        fc.pre(whole > 0);
        const total = values.reduce((sum, part) => sum + share(part, whole), 0);
        expect(Math.abs(total - 1)).toBeLessThanOrEqual(4 * values.length * Number.EPSILON);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('share(part, whole) bad input', () => {
  it('share(bad, whole) throws a TypeError for a non-number and a RangeError for a non-finite or out-of-range `part`', () => {
    const badPart = fc.oneof(notANumber, notFinite, fc.double({ max: -Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true }));
    fc.assert(
      fc.property(badPart, positive, (part, whole) => {
        throwsWith(() => untypedShare(part, whole), typeof part === 'number' ? 'RangeError' : 'TypeError', 'share: expected `part` ');
      }),
      { numRuns: 1000 },
    );
  });

  it('share(part, whole) throws a RangeError when `part` exceeds a valid `whole`', () => {
    fc.assert(
      fc.property(
        fc.tuple(positive, positive).filter(([a, b]) => a !== b),
        ([a, b]) => {
          throwsWith(() => share(Math.max(a, b), Math.min(a, b)), 'RangeError', 'share: expected `part` <= `whole` (');
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('share(part, bad) throws a TypeError for a non-number and a RangeError for a non-finite or non-positive `whole`', () => {
    const badWhole = fc.oneof(notANumber, notFinite, fc.double({ max: 0, noNaN: true, noDefaultInfinity: true }));
    fc.assert(
      fc.property(nonNegative, badWhole, (part, whole) => {
        throwsWith(() => untypedShare(part, whole), typeof whole === 'number' ? 'RangeError' : 'TypeError', 'share: expected `whole` ');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('share(part, whole) and negative zero', () => {
  it('share(-0, whole) is 0, not -0', () => {
    expect(Object.is(share(-0, 40), 0)).toBe(true);
    expect(Object.is(share(0, 40), 0)).toBe(true);
  });
});
