import { describe, expect, it } from 'vitest';
import { createDataset } from '../../src/schema/index.js';
import { sourceDataset, TOP_CITIES, YICAI } from '../fixtures/sourceDataset.js';
import { userFact, userRecords } from '../fixtures/userRecords.js';

const yicai = sourceDataset(YICAI);

describe('dataset.ratioOf(numeratorFactId, denominatorFactId), worked out by hand from Yicai', () => {
  it('ratioOf(US 2024, China 2024) is at least 76/14 = 5.428571428571429, from two producers', () => {
    expect(yicai.ratioOf('united-states-ai-vc-investment-2024', 'china-ai-vc-investment-2024')).toEqual({
      derivation: 'ratio',
      value: 5.428571428571429,
      unit: 'ratio',
      precision: 'lower-bound',
      status: 'reported',
      metricId: 'ai-vc-investment',
      entityIds: ['united-states', 'china'],
      periods: ['2024'],
      formula: 'united-states / china = 76000000000 / 14000000000',
      derivedFrom: ['united-states-ai-vc-investment-2024', 'china-ai-vc-investment-2024'],
      caveats: [
        'A lower bound, because united-states-ai-vc-investment-2024 is a lower bound and the result rises with it.',
        'The inputs come from different producers (CB Insights and Zero2IPO Research), which may count differently.',
      ],
    });
  });

  it('ratioOf(US 2023, China 2023) is 40/10.5 = 3.8095238095238093, approximate for "around USD10.5 billion"', () => {
    const ratio = yicai.ratioOf('united-states-ai-vc-investment-2023', 'china-ai-vc-investment-2023');
    expect([ratio.value, ratio.precision]).toEqual([3.8095238095238093, 'approximate']);
    expect(ratio.value).toBe(40_000_000_000 / 10_500_000_000);
  });

  it('ratioOf(...) throws for two facts of one entity (suggesting growthOf only for one metric over time), for different periods, and for different currencies', () => {
    expect(() => yicai.ratioOf('alibaba-group-ai-spending-2025-2027-usd', 'alibaba-group-ai-spending-horizon-2025-2027')).toThrow(
      new RangeError(
        'ratioOf: expected facts of two entities, received two of "alibaba-group" (alibaba-group-ai-spending-2025-2027-usd, alibaba-group-ai-spending-horizon-2025-2027)',
      ),
    );
    expect(() => yicai.ratioOf('china-ai-vc-investment-2024', 'china-ai-vc-investment-2023')).toThrow(
      new RangeError(
        'ratioOf: expected facts of two entities, received two of "china" (china-ai-vc-investment-2024, china-ai-vc-investment-2023); for one entity over time, use growthOf',
      ),
    );
    expect(() => yicai.ratioOf('united-states-ai-vc-investment-2024', 'china-ai-vc-investment-2023')).toThrow(
      new RangeError(
        'ratioOf: expected facts of one period, received "2024" (united-states-ai-vc-investment-2024) and "2023" (china-ai-vc-investment-2023); figures of different periods are not combined',
      ),
    );
    expect(() => yicai.ratioOf('stargate-project-ai-spending-2025-2028', 'alibaba-group-ai-spending-2025-2027-cny')).toThrow(
      new RangeError(
        'ratioOf: expected facts of one unit, received "USD" (stargate-project-ai-spending-2025-2028) and "CNY" (alibaba-group-ai-spending-2025-2027-cny); different units are never combined, and the package converts no currency',
      ),
    );
    expect(() =>
      sourceDataset(TOP_CITIES).ratioOf('paris-ai-native-funding-concentration-2023-2024', 'beijing-ai-native-funding-concentration-2023-2024'),
    ).toThrow(
      /^ratioOf: expected `numeratorFactId` to be a fact with a value, received "paris-ai-native-funding-concentration-2023-2024", whose value is null \(The article's table gives "Not specified"/,
    );
  });
});

describe('ratioOf(numeratorFactId, denominatorFactId) beyond the doubles', () => {
  it('ratioOf(1e308, 5e-324) is an error naming the method and the formula, never an "exact" Infinity', () => {
    const tiny = createDataset(userRecords([userFact('a', 1e308), userFact('c', 5e-324)]));
    const [numerator, denominator] = tiny.facts.map((fact) => fact.id) as [string, string];
    expect(() => tiny.ratioOf(numerator, denominator)).toThrow(
      new RangeError('ratioOf: expected a finite result, received Infinity for a / c = 1e+308 / 5e-324: the result overflows a double'),
    );
  });
});
