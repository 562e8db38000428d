import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalPlaces, decimalSum } from '../../src/arithmetic/decimalSum.js';

describe('decimalSum(values)', () => {
  it('decimalSum(printed figures) is their exact decimal sum', () => {
    expect(decimalSum([65, 10, 4.3])).toBe(79.3);
    expect(decimalSum([20.6, 10, 65, 4.3])).toBe(99.9);
    expect(decimalSum([0.1, 0.2])).toBe(0.3);
    expect(decimalSum([20.55, 9.5, 64.5, 4.25])).toBe(98.8);
    expect(decimalSum([76_000_000_000, 14_000_000_000])).toBe(90_000_000_000);
    expect(decimalSum([79.3, -100])).toBe(-20.7);
    expect(decimalSum([])).toBe(0);
  });

  it('decimalSum(values) equals the sum computed in exact integer arithmetic, for values of up to 4 decimal places', () => {
    const decimal = fc.tuple(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: 0, max: 4 }));
    fc.assert(
      fc.property(fc.array(decimal, { maxLength: 20 }), (parts) => {
        const values = parts.map(([units, places]) => units / 10 ** places);
        const exact = parts.reduce((total, [units, places]) => total + BigInt(units) * 10n ** BigInt(4 - places), 0n);
        expect(decimalSum(values)).toBe(Number(exact) / 10_000);
      }),
    );
  });

  it('decimalSum(values) falls back to floating point beyond 15 decimal places', () => {
    expect(decimalSum([1 / 3, 1 / 3])).toBe(1 / 3 + 1 / 3);
  });
});

describe('decimalPlaces(value)', () => {
  it('decimalPlaces(x) counts the decimals JavaScript prints, exponents included', () => {
    expect([4.25, 76e9, 1e-7, 10.5, 0, -0.05, 1.5e-10].map(decimalPlaces)).toEqual([2, 0, 7, 1, 0, 2, 11]);
  });
});
