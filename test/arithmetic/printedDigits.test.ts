import { describe, expect, it } from 'vitest';
import { printedDigits } from '../../src/arithmetic/printedDigits.js';
import { facts } from '../../src/index.js';

describe('printedDigits(value, unit)', () => {
  it('printedDigits(money) reads billions as the sources print them: "USD76 billion", "USD10.5 billion"', () => {
    expect(printedDigits(76_000_000_000, 'USD')).toEqual({ mantissa: 76, scale: 1e9, scaleWord: 'billion', step: 1e9 });
    expect(printedDigits(10_500_000_000, 'USD')).toEqual({ mantissa: 10.5, scale: 1e9, scaleWord: 'billion', step: 1e8 });
    expect(printedDigits(380_000_000_000, 'CNY')).toEqual({ mantissa: 380, scale: 1e9, scaleWord: 'billion', step: 1e9 });
    expect(printedDigits(2_500_000, 'EUR')).toEqual({ mantissa: 2.5, scale: 1e6, scaleWord: 'million', step: 1e5 });
    expect(printedDigits(1_200_000_000_000, 'USD')).toEqual({ mantissa: 1.2, scale: 1e12, scaleWord: 'trillion', step: 1e11 });
    expect(printedDigits(950, 'USD')).toEqual({ mantissa: 950, scale: 1, scaleWord: '', step: 1 });
  });

  it('printedDigits(percent, count, years) is the number itself: 4.3% to a tenth, 65% to a unit', () => {
    expect(printedDigits(4.3, 'percent')).toEqual({ mantissa: 4.3, scale: 1, scaleWord: '', step: 0.1 });
    expect(printedDigits(65, 'percent').step).toBe(1);
    expect(printedDigits(91, 'count').step).toBe(1);
    expect(printedDigits(2, 'years').step).toBe(1);
  });

  it("printedDigits(fact) gives every built-in fact's value back as mantissa × scale", () => {
    const offenders = facts.filter((f) => f.value !== null && printedDigits(f.value, f.unit).mantissa * printedDigits(f.value, f.unit).scale !== f.value);
    expect(offenders.map((f) => f.id)).toEqual([]);
  });
});
