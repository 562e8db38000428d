import { describe, expect, it } from 'vitest';
import { factInterval, intervalsMeet, sumOfIntervals } from '../../src/audit/findings.js';
import { quotientOfIntervals } from '../../src/audit/currencyPairFindings.js';
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

  it('quotientOfIntervals divides the low by the high and the high by the low', () => {
    expect(quotientOfIntervals({ low: 379.5, high: 380.5 }, { low: 51.5, high: 52.5 })).toEqual({ low: 379.5 / 52.5, high: 380.5 / 51.5 });
    expect(quotientOfIntervals({ low: 1, high: 2 }, { low: 0, high: 4 })).toEqual({ low: 0.25, high: null });
    expect(quotientOfIntervals({ low: 1, high: null }, { low: 1, high: null })).toEqual({ low: 0, high: null });
  });

  it('intervalsMeet is true exactly when some value lies in both, touching ends included', () => {
    expect(intervalsMeet({ low: 78.25, high: 80.35 }, { low: 0, high: 80 })).toBe(true);
    expect(intervalsMeet({ low: 1, high: 2 }, { low: 2, high: 3 })).toBe(true);
    expect(intervalsMeet({ low: 1, high: 2 }, { low: 2.01, high: 3 })).toBe(false);
    expect(intervalsMeet({ low: null, high: 0 }, { low: 5, high: null })).toBe(false);
  });
});
