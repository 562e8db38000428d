import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enUsAmount } from '../../src/format/enUsAmount.js';
import { intlAmount } from '../../src/format/formatValue.js';
import { CURRENCY_CODES, NON_CURRENCY_UNITS } from '../../src/vocabulary.js';

/** Values of every kind a fact may hold, and the edges of the writing: integers, decimals, the compact scales, tiny and huge numbers, zero and -0. */
const values = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc
    .integer({ min: 1, max: 999 })
    .chain((mantissa) => fc.constantFrom(...[3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 21].map((power) => mantissa * 10 ** power))),
  fc.constantFrom(0, -0, 1, -1, 1.5, 999_999, 1_000_000, 999_999_999, 1e15, 1.5e21, 1e-7, 0.30000000000000004, 10.5e9, 76e9),
);

describe('enUsAmount(value, unit)', () => {
  it('enUsAmount(value, unit) writes what Intl.NumberFormat writes in en-US, for every unit and currency code', () => {
    fc.assert(
      fc.property(values, fc.constantFrom(...NON_CURRENCY_UNITS, ...CURRENCY_CODES), (value, unit) => {
        expect(enUsAmount(value, unit)).toBe(intlAmount(value, unit, 'en-US'));
      }),
      { numRuns: 5_000 },
    );
  });

  it('enUsAmount(value, unit) writes the hand-worked texts of the records', () => {
    expect([enUsAmount(66, 'percent'), enUsAmount(4.3, 'percent'), enUsAmount(2, 'years'), enUsAmount(1, 'years'), enUsAmount(91, 'count')]).toEqual([
      '66%',
      '4.3%',
      '2 years',
      '1 year',
      '91',
    ]);
    expect([enUsAmount(76e9, 'USD'), enUsAmount(10.5e9, 'USD'), enUsAmount(380e9, 'CNY'), enUsAmount(76_123_456_789, 'USD'), enUsAmount(-5.25, 'CNY')]).toEqual(
      ['$76B', '$10.5B', 'CNY\u00a0380B', '$76,123,456,789', '-CNY\u00a05.25'],
    );
  });
});
