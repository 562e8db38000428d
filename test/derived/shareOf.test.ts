import { describe, expect, it } from 'vitest';
import { dataset, share } from '../../src/index.js';
import { createDataset } from '../../src/schema/index.js';
import { nestedRecords } from '../fixtures/nestedGroups.js';
import { sourceDataset, TOP_CITIES, YICAI } from '../fixtures/sourceDataset.js';
import { userFact, userRecords } from '../fixtures/userRecords.js';

const BIG_THREE = 'big-three-share-of-global-ai-native-funding-2023-2024';
const topCities = sourceDataset(TOP_CITIES);

describe('topCities.shareOf(partFactId, wholeFactId), worked out by hand from "Top Cities"', () => {
  it('shareOf(Paris 4.3%, the big three\'s "nearly 80%") is at least 0.05375: the whole is an upper bound', () => {
    expect(topCities.shareOf('paris-share-of-global-ai-native-funding-2023-2024', BIG_THREE)).toEqual({
      derivation: 'share',
      value: 0.05375,
      unit: 'fraction',
      precision: 'lower-bound',
      status: 'reported',
      metricId: 'share-of-global-ai-native-funding',
      entityIds: ['paris', 'big-three'],
      periods: ['2023/2024'],
      formula: 'paris / big-three = 4.3 / 80',
      derivedFrom: ['paris-share-of-global-ai-native-funding-2023-2024', BIG_THREE],
      caveats: [
        'A lower bound, because big-three-share-of-global-ai-native-funding-2023-2024 is an upper bound and the result falls with it.',
        'The period of big-three-share-of-global-ai-native-funding-2023-2024 is read from context, not stated by the source for that figure; see its caveats.',
      ],
    });
  });

  it('shareOf(Silicon Valley 65%, big three) is 0.8125 and of Beijing 10% is 0.125, recomputed from their facts', () => {
    const valley = topCities.shareOf('silicon-valley-share-of-global-ai-native-funding-2023-2024', BIG_THREE);
    const beijing = topCities.shareOf('beijing-share-of-global-ai-native-funding-2023-2024', BIG_THREE);
    expect([valley.value, beijing.value]).toEqual([0.8125, 0.125]);
    for (const figure of [valley, beijing]) {
      const [part, whole] = figure.derivedFrom.map((id) => topCities.fact(id).value as number);
      expect(figure.value).toBe(share(part!, whole!));
    }
  });

  it('shareOf(China, US) throws: China is not a member of the US; ratioOf compares them', () => {
    expect(() => sourceDataset(YICAI).shareOf('china-ai-vc-investment-2024', 'united-states-ai-vc-investment-2024')).toThrow(
      new RangeError(
        'shareOf: expected the part\'s entity to be a member of the whole\'s, received "china" (china-ai-vc-investment-2024), which is not a member of "united-states" (united-states-ai-vc-investment-2024); for two entities side by side, use ratioOf',
      ),
    );
  });

  it('shareOf(AI-native share, AI-related amount) throws: different metrics are never mixed', () => {
    expect(() => dataset.shareOf('beijing-share-of-global-ai-native-funding-2023-2024', 'china-ai-vc-investment-2024')).toThrow(
      /^shareOf: expected facts of one metric, received "share-of-global-ai-native-funding" \(beijing-share-of-global-ai-native-funding-2023-2024\) and "ai-vc-investment" \(china-ai-vc-investment-2024\); facts of different metrics are not comparable, however alike their names$/,
    );
  });
});

describe('shareOf on user records', () => {
  it('shareOf(...) takes a subgroup as a member of its group (subsetOf)', () => {
    const user = createDataset(userRecords([userFact('ab', 30), userFact('all', 120)]));
    expect(user.shareOf('ab-amount-2024-usd-report-one-reported', 'all-amount-2024-usd-report-one-reported').value).toBe(0.25);
  });

  it('shareOf(...) throws for a part above the whole, a non-additive metric, and a zero whole', () => {
    const larger = createDataset(userRecords([userFact('a', 30), userFact('ab', 20)]));
    expect(() => larger.shareOf('a-amount-2024-usd-report-one-reported', 'ab-amount-2024-usd-report-one-reported')).toThrow(
      new RangeError(
        'shareOf: expected the part to be at most the whole (20, ab-amount-2024-usd-report-one-reported), received 30 (a-amount-2024-usd-report-one-reported)',
      ),
    );
    const concentration = createDataset(userRecords([userFact('a', 30, { metricId: 'concentration' }), userFact('ab', 40, { metricId: 'concentration' })]));
    expect(() => concentration.shareOf('a-concentration-2024-percent-report-one-reported', 'ab-concentration-2024-percent-report-one-reported')).toThrow(
      new RangeError('shareOf: expected facts of an additive metric, received "concentration", whose figures are not additive across entities (Concentration)'),
    );
    const zero = createDataset(userRecords([userFact('a', 0), userFact('ab', 0)]));
    expect(() => zero.shareOf('a-amount-2024-usd-report-one-reported', 'ab-amount-2024-usd-report-one-reported')).toThrow(
      new RangeError('shareOf: expected the whole to be > 0, received 0 (ab-amount-2024-usd-report-one-reported)'),
    );
  });
});

describe('shareOf with nested groups', () => {
  it('shareOf(fr, world) takes a member of a member as part of the whole', () => {
    const nested = createDataset(nestedRecords);
    expect(nested.shareOf('fr', 'world').value).toBe(0.2);
    expect(() => nested.shareOf('us', 'eu')).toThrow(/^shareOf: expected the part's entity to be a member of the whole's, received "us"/);
  });
});
