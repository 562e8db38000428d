import { describe, expect, it } from 'vitest';
import { createDataset } from '../../src/schema/index.js';
import { nestedRecords } from '../fixtures/nestedGroups.js';
import { sourceDataset, TOP_CITIES, YICAI } from '../fixtures/sourceDataset.js';
import { userFact, userRecords } from '../fixtures/userRecords.js';

const ranked = (facts: readonly { entityId: string; value: number | null }[]) => facts.map((f) => [f.entityId, f.value]);
const [topCities, yicai] = [sourceDataset(TOP_CITIES), sourceDataset(YICAI)];

describe('dataset.topEcosystems(metricId, n), worked out by hand from "Top Cities Leading The AI Investment Boom In 2025"', () => {
  it('topEcosystems("share-of-global-ai-native-funding", 3) is Silicon Valley 65%, Beijing 10%, Paris 4.3%, leaving out the groups', () => {
    const leaders = topCities.topEcosystems('share-of-global-ai-native-funding', 3);
    expect(ranked(leaders)).toEqual([
      ['silicon-valley', 65],
      ['beijing', 10],
      ['paris', 4.3],
    ]);
    expect(leaders.map((f) => f.id)).toEqual([
      'silicon-valley-share-of-global-ai-native-funding-2023-2024',
      'beijing-share-of-global-ai-native-funding-2023-2024',
      'paris-share-of-global-ai-native-funding-2023-2024',
    ]);
  });

  it('returns the records themselves, so each number keeps its citation', () => {
    const [leader] = topCities.topEcosystems('share-of-global-ai-native-funding', 1);
    expect(leader).toBe(topCities.fact('silicon-valley-share-of-global-ai-native-funding-2023-2024'));
    expect(leader?.citation.sourceId).toBe('2025-06-02-top-cities-ai-investment-boom');
  });

  it('topEcosystems("ai-native-funding-concentration", 10) is Beijing 66%, Silicon Valley 62%, Seattle 15%, New York 14%; Paris, "Not specified", is not ranked', () => {
    expect(ranked(topCities.topEcosystems('ai-native-funding-concentration', 10))).toEqual([
      ['beijing', 66],
      ['silicon-valley', 62],
      ['seattle', 15],
      ['new-york', 14],
    ]);
  });

  it('topEcosystems("share-of-overall-tech-funding", 3) is Silicon Valley 32.2% alone', () => {
    expect(ranked(topCities.topEcosystems('share-of-overall-tech-funding', 3))).toEqual([['silicon-valley', 32.2]]);
  });

  it('topEcosystems(metricId, 0) is []', () => {
    expect(topCities.topEcosystems('share-of-global-ai-native-funding', 0)).toEqual([]);
  });
});

describe('dataset.topEntities(metricId, n, options)', () => {
  it('topEntities("ai-vc-investment", 2, { period }) ranks the US over China in 2023 and in 2024', () => {
    expect(ranked(yicai.topEntities('ai-vc-investment', 2, { period: '2024' }))).toEqual([
      ['united-states', 76_000_000_000],
      ['china', 14_000_000_000],
    ]);
    expect(ranked(yicai.topEntities('ai-vc-investment', 5, { period: '2023' }))).toEqual([
      ['united-states', 40_000_000_000],
      ['china', 10_500_000_000],
    ]);
  });

  it('topEntities("ai-spending", n, { period: "2025" }) ranks announced plans and market estimates together, each keeping its status', () => {
    const spending = yicai.topEntities('ai-spending', 6, { period: '2025' });
    expect(spending.map((f) => [f.entityId, f.value, f.status])).toEqual([
      ['amazon', 100_000_000_000, 'plan'],
      ['microsoft', 80_000_000_000, 'plan'],
      ['google', 75_000_000_000, 'plan'],
      ['meta', 65_000_000_000, 'plan'],
      ['bytedance', 20_000_000_000, 'estimate'],
      ['tencent', 15_000_000_000, 'estimate'],
    ]);
    expect(yicai.topEntities('ai-spending', 6, { period: '2025', status: 'estimate' }).map((f) => f.entityId)).toEqual(['bytedance', 'tencent']);
  });

  it('topEntities(metricId, n) throws when the facts span periods, naming them and the option that chooses', () => {
    expect(() => yicai.topEntities('ai-vc-investment', 2)).toThrow(
      new RangeError(
        'topEntities: expected facts of one period, received "2024" (united-states-ai-vc-investment-2024, china-ai-vc-investment-2024) and "2023" (united-states-ai-vc-investment-2023, china-ai-vc-investment-2023); facts of different periods are not ranked together: pass `options.period`',
      ),
    );
  });

  it('topEntities(metricId, n, { period }) throws when one plan is stated in two currencies, never converting', () => {
    expect(() => yicai.topEntities('ai-spending', 3, { period: '2025/2027' })).toThrow(
      new RangeError(
        'topEntities: expected facts of one unit, received "CNY" (alibaba-group-ai-spending-2025-2027-cny) and "USD" (alibaba-group-ai-spending-2025-2027-usd); facts of different units are not ranked together: pass `options.unit`',
      ),
    );
    expect(ranked(yicai.topEntities('ai-spending', 3, { period: '2025/2027', unit: 'USD' }))).toEqual([['alibaba-group', 52_000_000_000]]);
  });

  it('topEntities(metricId, n) throws rather than rank groups beside their members', () => {
    expect(() => topCities.topEntities('share-of-global-ai-native-funding', 2)).toThrow(
      /^topEntities: expected facts of one entity kind, received "startup-ecosystem" \(.*\) and "group" \(big-three-share-of-global-ai-native-funding-2023-2024, rest-of-top-40-share-of-global-ai-native-funding-2023-2024\); .*pass `options.kind`$/,
    );
    expect(ranked(topCities.topEntities('share-of-global-ai-native-funding', 2, { kind: 'group' }))).toEqual([
      ['big-three', 80],
      ['rest-of-top-40', 20.6],
    ]);
  });

  it('topEntities(unknown metric) names the nearest metrics', () => {
    expect(() => createDataset(userRecords([])).topEntities('amou', 2)).toThrow(
      expect.objectContaining({
        name: 'UnknownIdError',
        message: 'topEntities: expected `metricId` to be the ID of a metric of this dataset, received "amou"; did you mean "amount"?',
        recordType: 'metric',
        value: 'amou',
        nearest: ['amount'],
        method: 'topEntities',
        argument: 'metricId',
      }),
    );
  });

  it('topEntities(metricId, n, options) rejects a bad n, an unknown or malformed option, and a filter that matches nothing', () => {
    const metric = 'ai-vc-investment';
    expect(() => yicai.topEntities(metric, -1)).toThrow(new RangeError('topEntities: expected `n` to be a non-negative integer, received -1'));
    expect(() => yicai.topEntities(metric, 1.5)).toThrow(RangeError);
    expect(() => yicai.topEntities(metric, '3' as never)).toThrow(TypeError);
    expect(() => yicai.topEntities(metric, 2, { perod: '2024' } as never)).toThrow(
      new RangeError(
        'topEntities: expected the fields of `options` to be among "period", "unit", "kind", "status", "sourceId", received "perod"; did you mean "period"?',
      ),
    );
    expect(() => yicai.topEntities(metric, 2, { period: '2023-2024' })).toThrow(
      new RangeError('topEntities: expected `options.period` to be a year ("2024") or an interval of years ("2023/2024"), received "2023-2024"'),
    );
    expect(() => yicai.topEntities(metric, 2, { kind: 'city' as never })).toThrow(RangeError);
    expect(() => yicai.topEntities(metric, 2, { period: '2030' })).toThrow(
      new RangeError('topEntities: expected facts with a value of metric "ai-vc-investment" and period "2030", received none'),
    );
    expect(() => yicai.topEcosystems(metric, 2, { kind: 'country' } as never)).toThrow(
      /^topEcosystems: expected the fields of `options` to be among "period", "unit", "status", "sourceId", received "kind"/,
    );
    expect(() => yicai.topEcosystems(metric, 2)).toThrow(
      new RangeError('topEcosystems: expected facts with a value of metric "ai-vc-investment" and kind "startup-ecosystem", received none'),
    );
  });

  it('topEntities on user records keeps ties in the dataset order and leaves null values out', () => {
    const user = createDataset(userRecords([userFact('a', 5), userFact('b', 7), userFact('c', 5), userFact('acme', null, { id: 'acme-unknown' })]));
    expect(ranked(user.topEntities('amount', 3, { kind: 'startup-ecosystem' }))).toEqual([
      ['b', 7],
      ['a', 5],
      ['c', 5],
    ]);
  });
});

describe('topEntities: one fact for each entity, and no group beside what it contains', () => {
  it("throws where a second source states a figure for a ranked entity, and ranks each source's figures with options.sourceId", () => {
    const second = { citation: { sourceId: 'report-two', section: 'body' as const, quote: 'Figure 10' } };
    const user = createDataset(userRecords([userFact('a', 10), userFact('b', 20), userFact('a', 12, second)]));
    expect(() => user.topEntities('amount', 3)).toThrow(
      new RangeError(
        'topEntities: expected one fact for each entity, received two for "a" (a-amount-2024-usd-report-one-reported, a-amount-2024-usd-report-two-reported); an entity is not ranked twice: pass `options.sourceId` or `options.status`',
      ),
    );
    expect(ranked(user.topEntities('amount', 3, { sourceId: 'report-one' }))).toEqual([
      ['b', 20],
      ['a', 10],
    ]);
    expect(() => user.topEntities('amount', 3, { sourceId: 'report-tw0' })).toThrow(
      /^topEntities: expected `options.sourceId` to be the ID of a source of this dataset, received "report-tw0"; did you mean "report-two" or "report-one"\?$/,
    );
  });

  it('throws rather than rank a group beside an entity it contains, even through a subgroup', () => {
    const nested = createDataset(nestedRecords);
    expect(() => nested.topEntities('amount', 3, { kind: 'group' })).toThrow(
      new RangeError(
        'topEntities: expected entities that do not contain one another, received "world", which contains "eu"; a group is not ranked beside its members',
      ),
    );
  });
});
