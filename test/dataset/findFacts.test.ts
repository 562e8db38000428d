import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claims, dataset, facts } from '../../src/index.js';
import { FACT_KEYS } from '../../src/dataset/indexRecords.js';
import type { FactQuery } from '../../src/index.js';
import { createDataset } from '../../src/schema/index.js';
import { sourceDataset, TECHCRUNCH, TOP_CITIES, YICAI } from '../fixtures/sourceDataset.js';
import { userRecords } from '../fixtures/userRecords.js';

const ids = (found: readonly { id: string }[]) => found.map((f) => f.id);
const [topCities, yicai] = [sourceDataset(TOP_CITIES), sourceDataset(YICAI)];
const user = createDataset(userRecords([]));

describe('dataset.findFacts(query)', () => {
  it('findFacts({ metricId: "ai-vc-investment", period: "2024" }) is the US and China in 2024', () => {
    expect(ids(yicai.findFacts({ metricId: 'ai-vc-investment', period: '2024' }))).toEqual([
      'united-states-ai-vc-investment-2024',
      'china-ai-vc-investment-2024',
    ]);
  });

  it('findFacts({ entityId: "alibaba-group" }) is the plan in CNY and USD and its horizon', () => {
    expect(ids(yicai.findFacts({ entityId: 'alibaba-group' }))).toEqual([
      'alibaba-group-ai-spending-2025-2027-cny',
      'alibaba-group-ai-spending-2025-2027-usd',
      'alibaba-group-ai-spending-horizon-2025-2027',
    ]);
  });

  it('findFacts({ status: "estimate" }) is ByteDance and Tencent; { period: null } is the undated TechCrunch facts', () => {
    expect(ids(yicai.findFacts({ status: 'estimate' }))).toEqual(['bytedance-ai-spending-2025', 'tencent-ai-spending-2025']);
    expect(ids(sourceDataset(TECHCRUNCH).findFacts({ period: null }))).toEqual([
      'mistral-ai-valuation',
      'san-francisco-ai-unicorn-count',
      'ami-labs-seed-round-size',
      'europe-sovereign-ai-infrastructure-window',
    ]);
  });

  it('findFacts({ sourceId, unit }) selects by source and unit; a valid query that matches nothing is []', () => {
    expect(ids(dataset.findFacts({ sourceId: '2025-03-26-yicai-china-ai-vc-lags-us', unit: 'CNY' }))).toEqual(['alibaba-group-ai-spending-2025-2027-cny']);
    expect(topCities.findFacts({ entityId: 'paris', unit: 'USD' })).toEqual([]);
  });

  it('findFacts({}) and findFacts() are every fact, as a new array; facts without a value match like any other', () => {
    const all = dataset.findFacts({});
    expect(all).toEqual(facts);
    expect(all).not.toBe(facts);
    expect(dataset.findFacts()).toEqual(facts);
    expect(ids(topCities.findFacts({ entityId: 'paris', metricId: 'ai-native-funding-concentration' }))).toEqual([
      'paris-ai-native-funding-concentration-2023-2024',
    ]);
  });

  it('findFacts(query) agrees with filtering every fact, for any combination of fields', () => {
    const values = Object.fromEntries(Object.entries(FACT_KEYS).map(([key, of]) => [key, [...new Set(facts.map((fact) => of(fact)))]])) as Record<
      keyof typeof FACT_KEYS,
      (string | null)[]
    >;
    const query = fc.record(
      Object.fromEntries(Object.entries(values).map(([key, options]) => [key, fc.constantFrom(...options)])) as {
        [K in keyof typeof FACT_KEYS]: fc.Arbitrary<string | null>;
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(query, (q) => {
        const expected = facts.filter((fact) => Object.entries(q).every(([key, value]) => FACT_KEYS[key as keyof typeof FACT_KEYS](fact) === value));
        expect(dataset.findFacts(q as FactQuery<never>)).toEqual(expected);
      }),
    );
  });

  it('findFacts(query) rejects an unknown field, an unknown ID and a malformed value, never returning a silent []', () => {
    expect(() => dataset.findFacts({ entity: 'paris' } as never)).toThrow(
      new RangeError(
        'findFacts: expected the fields of `query` to be among "entityId", "metricId", "period", "sourceId", "status", "unit", received "entity"; did you mean "entityId"?',
      ),
    );
    expect(() => user.findFacts({ entityId: 'acmee' })).toThrow(
      expect.objectContaining({
        name: 'UnknownIdError',
        message: 'findFacts: expected `query.entityId` to be the ID of an entity of this dataset, received "acmee"; did you mean "acme"?',
        recordType: 'entity',
        value: 'acmee',
        nearest: ['acme'],
        method: 'findFacts',
        argument: 'query.entityId',
      }),
    );
    expect(() => dataset.findFacts({ period: '2023-2024' })).toThrow(
      new RangeError('findFacts: expected `query.period` to be a year ("2024") or an interval of years ("2023/2024"), received "2023-2024"'),
    );
    expect(() => dataset.findFacts({ period: '2024/2023' })).toThrow(RangeError);
    expect(() => dataset.findFacts({ status: 'planned' as never })).toThrow(
      new RangeError('findFacts: expected `query.status` to be a status (reported, estimate, plan, forecast), received "planned"; did you mean "plan"?'),
    );
    expect(() => dataset.findFacts({ unit: 'usd' as never })).toThrow(
      /^findFacts: expected `query.unit` to be a unit .*received "usd"; did you mean "USD", "BSD" or "RSD"\?$/,
    );
    expect(() => dataset.findFacts({ metricId: 7 as never })).toThrow(TypeError);
    expect(() => dataset.findFacts(null as never)).toThrow(new TypeError('findFacts: expected `query` to be a plain object, received null'));
    expect(() => dataset.findFacts(new Map([['entityId', 'china']]) as never)).toThrow(
      new TypeError('findFacts: expected `query` to be a plain object, received a Map'),
    );
    expect(() => dataset.findFacts(Object.create({ entityId: 'china' }) as never)).toThrow(TypeError);
    expect(yicai.findFacts(Object.assign(Object.create(null) as object, { entityId: 'china' as const }))).toHaveLength(2);
  });
});

describe('dataset.findClaims(query)', () => {
  it('findClaims({ entityId: "london" }) is the claim that London and Berlin lag Paris', () => {
    expect(ids(topCities.findClaims({ entityId: 'london' }))).toEqual(['europe-rising-stars-lag-paris']);
  });

  it('findClaims({ entityId, sourceId }) selects by both; {} is every claim', () => {
    expect(ids(dataset.findClaims({ entityId: 'mistral-ai', sourceId: 'techcrunch-paris-ai-hub-summary' }))).toEqual([
      'mistral-ai-makes-europe-a-force-in-ai',
      'mistral-ai-full-stack-european-partner',
      'mistral-ai-non-american-alternative',
      'mistral-ai-playbook-for-european-self-reliance',
      'mensch-warns-europe-has-two-years-for-sovereign-ai',
    ]);
    expect(dataset.findClaims({ sourceId: '2025-03-26-yicai-china-ai-vc-lags-us' })).toHaveLength(9);
    expect(dataset.findClaims({})).toEqual(claims);
    expect(dataset.findClaims()).toEqual(dataset.claims);
  });

  it('findClaims(query) rejects an unknown field or ID', () => {
    expect(() => dataset.findClaims({ metricId: 'valuation' } as never)).toThrow(RangeError);
    expect(() => user.findClaims({ sourceId: 'two' })).toThrow(
      /^findClaims: expected `query.sourceId` to be the ID of a source of this dataset, received "two"; did you mean "report-two"\?$/,
    );
  });
});

describe('findFacts(query) and the other option objects read each field once', () => {
  it('a query whose getter answers "reported" once and then a status that does not exist is answered as first read', () => {
    let reads = 0;
    const query = {
      get status() {
        reads++;
        return reads === 1 ? 'reported' : 'hacked';
      },
    } as Parameters<typeof dataset.findFacts>[0];
    expect(ids(dataset.findFacts(query))).toEqual(ids(dataset.findFacts({ status: 'reported' })));
    expect(reads).toBe(1);
  });

  it('a ranking option behind a Proxy that answers another period on each read is read once', () => {
    let reads = 0;
    const options = new Proxy({ period: '2023/2024' }, { get: (target, key) => (key === 'period' && reads++ > 0 ? '1999' : Reflect.get(target, key)) });
    expect(ids(topCities.topEcosystems('share-of-global-ai-native-funding', 2, options))).toEqual(
      ids(topCities.topEcosystems('share-of-global-ai-native-funding', 2)),
    );
    expect(reads).toBe(1);
  });
});
