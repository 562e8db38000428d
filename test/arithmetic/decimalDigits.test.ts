import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimal, decimalValue, forReading, type Rounding, toSignificantDigits } from '../../src/arithmetic/decimalDigits.js';

/** `value` to three significant digits, rounded as asked, back as a number. */
function toThree(value: number, rounding: Rounding): number {
  return decimalValue(toSignificantDigits(decimal(value), 3, rounding).value);
}

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

describe('decimal digits', () => {
  it('decimal(value) holds the digits String(value) prints, and decimalValue reads them back', () => {
    expect(decimal(76e9)).toEqual({ negative: false, digits: '76', exponent: 9 });
    expect(decimal(0.05375)).toEqual({ negative: false, digits: '5375', exponent: -5 });
    expect(decimal(-1e-7)).toEqual({ negative: true, digits: '1', exponent: -7 });
    expect(decimal(0)).toEqual({ negative: false, digits: '', exponent: 0 });
    // Shifted in decimal, not multiplied in binary: 0.07 * 100 is 7.000000000000001.
    expect([0.07 * 100, decimalValue(decimal(0.07), 2)]).toEqual([7.000000000000001, 7]);
    fc.assert(fc.property(finite, (value) => Object.is(decimalValue(decimal(value)), value)));
  });

  it('toSignificantDigits rounds to the nearest (half away from zero), down or up, as worked by hand', () => {
    expect([toThree(5.375, 'nearest'), toThree(5.375, 'down'), toThree(5.375, 'up')]).toEqual([5.38, 5.37, 5.38]);
    expect([toThree(-5.375, 'nearest'), toThree(-5.375, 'down'), toThree(-5.375, 'up')]).toEqual([-5.38, -5.38, -5.37]);
    expect([toThree(1 / 3, 'nearest'), toThree(40 / 10.5, 'nearest'), toThree(999.5, 'nearest'), toThree(999.1, 'up')]).toEqual([0.333, 3.81, 1000, 1000]);
    expect(toSignificantDigits(decimal(320e9), 3, 'down')).toEqual({ value: decimal(320e9), rounded: false });
    expect(toSignificantDigits(decimal(1.2345), 3, 'down')).toEqual({ value: { negative: false, digits: '123', exponent: -2 }, rounded: true });
  });

  it('toSignificantDigits keeps at most the digits asked for, rounds down to at most the value and up to at least it, and says when it cut', () => {
    fc.assert(
      fc.property(finite, fc.integer({ min: 1, max: 17 }), (value, significant) => {
        const number = decimal(value);
        const results = (['nearest', 'down', 'up'] as const).map((rounding) => toSignificantDigits(number, significant, rounding));
        for (const { value: result, rounded } of results) {
          expect(result.digits.length).toBeLessThanOrEqual(significant);
          expect(/0$/.test(result.digits)).toBe(false);
          expect(rounded).toBe(number.digits.length > significant);
          if (!rounded) expect(result).toEqual(number);
        }
        const [nearest, down, up] = results.map((result) => decimalValue(result.value)) as [number, number, number];
        expect(down).toBeLessThanOrEqual(value);
        expect(up).toBeGreaterThanOrEqual(value);
        expect(nearest === down || nearest === up).toBe(true);
      }),
      { numRuns: 3_000 },
    );
  });

  it('forReading(number, rounding, shift) reads three significant digits, a bound outward and whole where four digits show it, as worked by hand', () => {
    // 380 / 52 = 7.3076…; 379.5 / 52.5 = 7.2285…; 380.5 / 51.5 = 7.3883…
    expect([forReading(380 / 52, 'nearest'), forReading(379.5 / 52.5, 'down'), forReading(380.5 / 51.5, 'up')]).toEqual([
      { value: 7.31, rounded: true },
      { value: 7.22, rounded: true },
      { value: 7.39, rounded: true },
    ]);
    // 78.25 shows exactly in four digits as a bound, but a value is read to three; 0.7825 shifted two places is 78.25.
    expect([forReading(78.25, 'down'), forReading(78.25, 'nearest'), forReading(0.7825, 'up', 2), forReading(-55, 'nearest')]).toEqual([
      { value: 78.25, rounded: false },
      { value: 78.3, rounded: true },
      { value: 78.25, rounded: false },
      { value: -55, rounded: false },
    ]);
    // A rate over an amount of 0 is Infinity (or NaN for 0 / 0): read as it is.
    expect([forReading(380 / 0, 'nearest'), forReading(0 / 0, 'up', 2)]).toEqual([
      { value: Infinity, rounded: false },
      { value: Number.NaN, rounded: false },
    ]);
  });

  it('forReading rounds a lower bound to at most itself and an upper bound to at least itself, so a printed interval contains the true one', () => {
    fc.assert(
      fc.property(finite, finite, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(forReading(low, 'down').value).toBeLessThanOrEqual(low);
        expect(forReading(high, 'up').value).toBeGreaterThanOrEqual(high);
      }),
      { numRuns: 2_000 },
    );
  });
});
