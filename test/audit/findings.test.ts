import { describe, expect, it } from 'vitest';
import { factInterval, monotoneInterval, sumOfIntervals } from '../../src/arithmetic/intervals.js';
import { intervalsMeet } from '../../src/audit/findings.js';
import type { ValueInterval } from '../../src/audit/ConsistencyFinding.js';
import type { ValuedFact } from '../../src/derived/requireInputs.js';
import { auditFactById } from '../fixtures/auditRecords.js';
import { userFact } from '../fixtures/userRecords.js';

const interval = (id: string) => factInterval(auditFactById(id) as ValuedFact);

describe('factInterval(fact)', () => {
  it('factInterval(exact) is half a unit of the last printed digit either side: 65% is 64.5 to 65.5, 4.3% is 4.25 to 4.35', () => {
    expect(interval('example-south-share')).toEqual({ low: 64.5, high: 65.5 });
    expect(interval('example-east-share')).toEqual({ low: 4.25, high: 4.35 });
    expect(interval('example-conglomerate-spending-usd')).toEqual({ low: 51_500_000_000, high: 52_500_000_000 });
  });

  it('factInterval(approximate) is the same interval: "around USD10.5 billion" is 10.45 to 10.55 billion at least', () => {
    expect(interval('example-island-investment-2023')).toEqual({ low: 10_450_000_000, high: 10_550_000_000 });
  });

  it('factInterval(lower-bound) is open above, (upper-bound) closed at 0 below; a percentage never exceeds 100', () => {
    expect(interval('example-land-investment-2024')).toEqual({ low: 76_000_000_000, high: null });
    expect(interval('example-big-three-share')).toEqual({ low: 0, high: 80 });
    expect(factInterval(userFact('a', 99.8, { metricId: 'share' }) as ValuedFact)).toEqual({ low: 99.75, high: 99.85 });
    expect(factInterval(userFact('a', 100, { metricId: 'share' }) as ValuedFact)).toEqual({ low: 99.5, high: 100 });
    expect(factInterval(userFact('a', 90, { metricId: 'share', precision: 'lower-bound' }) as ValuedFact)).toEqual({ low: 90, high: 100 });
    expect(factInterval(userFact('a', 0) as ValuedFact)).toEqual({ low: 0, high: 0.5 });
  });

  it('factInterval(count) is the count itself: 91 unicorns are 91', () => {
    expect(factInterval(userFact('a', 91, { unit: 'count' }) as ValuedFact)).toEqual({ low: 91, high: 91 });
  });
});

describe('interval arithmetic', () => {
  it('sumOfIntervals adds the ends exactly in decimal, an open end staying open', () => {
    expect(
      sumOfIntervals([
        { low: 64.5, high: 65.5 },
        { low: 9.5, high: 10.5 },
        { low: 4.25, high: 4.35 },
      ]),
    ).toEqual({ low: 78.25, high: 80.35 });
    expect(
      sumOfIntervals([
        { low: 1, high: null },
        { low: 2, high: 3 },
      ]),
    ).toEqual({ low: 3, high: null });
  });

  it('monotoneInterval of a quotient divides the low by the high and the high by the low, an open end or a divisor that may be 0 leaving it open', () => {
    const quotient = (a: ValueInterval, b: ValueInterval) => monotoneInterval((divisor, dividend) => dividend / divisor, b, a);
    expect(quotient({ low: 379.5, high: 380.5 }, { low: 51.5, high: 52.5 })).toEqual({ low: 379.5 / 52.5, high: 380.5 / 51.5 });
    expect(quotient({ low: 1, high: 2 }, { low: 0, high: 4 })).toEqual({ low: 0.25, high: null });
    expect(quotient({ low: 1, high: null }, { low: 1, high: null })).toEqual({ low: null, high: null });
    expect(quotient({ low: 1, high: Number.MAX_VALUE }, { low: 0.5, high: 1 })).toEqual({ low: 1, high: null });
  });

  it("monotoneInterval of a growth rate takes the later value's low over the earlier's high: topped 76 over a printed 40 is at least (76 - 40.5) / 40.5", () => {
    const growth = (from: number, to: number) => (to - from) / from;
    expect(monotoneInterval(growth, { low: 39.5, high: 40.5 }, { low: 76, high: null })).toEqual({ low: 35.5 / 40.5, high: null });
    expect(monotoneInterval(growth, { low: 10.45, high: 10.55 }, { low: 13.5, high: 14.5 })).toEqual({
      low: (13.5 - 10.55) / 10.55,
      high: (14.5 - 10.45) / 10.45,
    });
  });

  it('intervalsMeet is true exactly when some value lies in both, touching ends included', () => {
    expect(intervalsMeet({ low: 78.25, high: 80.35 }, { low: 0, high: 80 })).toBe(true);
    expect(intervalsMeet({ low: 1, high: 2 }, { low: 2, high: 3 })).toBe(true);
    expect(intervalsMeet({ low: 1, high: 2 }, { low: 2.01, high: 3 })).toBe(false);
    expect(intervalsMeet({ low: null, high: 0 }, { low: 5, high: null })).toBe(false);
  });
});
