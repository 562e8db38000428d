import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACT_KEYS } from '../../src/dataset/indexRecords.js';
import { dataset as builtIn, type FactQuery } from '../../src/index.js';
import { createDataset } from '../../src/schema/index.js';
import { exampleRecords } from '../fixtures/exampleDataset.js';

const ids = (found: readonly { id: string }[]) => found.map((f) => f.id);
const example = createDataset(exampleRecords);

describe('dataset.findFacts(query), on the example records', () => {
  it('findFacts({ metricId: "amount", period: "2024" }) is the amounts of a and b in 2024, in the dataset order', () => {
    expect(ids(example.findFacts({ metricId: 'amount', period: '2024' }))).toEqual(['a-2024', 'b-2024']);
  });

  it('findFacts({ entityId: "acme" }) is its plan in CNY and in USD, and its horizon', () => {
    expect(ids(example.findFacts({ entityId: 'acme' }))).toEqual(['acme-plan-cny', 'acme-plan-usd', 'acme-horizon']);
  });

  it('findFacts({ status }) selects plans or estimates; { period: null } is the facts without a period', () => {
    expect(ids(example.findFacts({ status: 'plan' }))).toEqual(['a-plan-2025', 'b-plan-2025', 'acme-plan-cny', 'acme-plan-usd', 'acme-horizon']);
    expect(ids(example.findFacts({ status: 'estimate' }))).toEqual(['c-estimate-2025']);
    expect(ids(example.findFacts({ period: null }))).toEqual(['a-undated', 'c-undated']);
  });

  it('findFacts({ sourceId, unit }) selects by source and unit; a valid query that matches nothing is []', () => {
    expect(ids(example.findFacts({ sourceId: 'report-two', unit: 'CNY' }))).toEqual(['acme-plan-cny']);
    expect(example.findFacts({ entityId: 'c', unit: 'CNY' })).toEqual([]);
  });

  it('findFacts({}) and findFacts() are every fact, as a new array; facts without a value match like any other', () => {
    const all = example.findFacts({});
    expect(all).toEqual(example.facts);
    expect(all).not.toBe(example.facts);
    expect(example.findFacts()).toEqual(example.facts);
    expect(ids(example.findFacts({ entityId: 'c', metricId: 'concentration' }))).toEqual(['c-concentration']);
  });

  it('findFacts(query) agrees with filtering every fact, for any combination of fields', () => {
    const { facts } = example;
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
        expect(example.findFacts(q as FactQuery<never>)).toEqual(expected);
      }),
    );
  });

  it('findFacts(query) rejects an unknown field, an unknown ID and a malformed value, never returning a silent []', () => {
    expect(() => example.findFacts({ entity: 'a' } as never)).toThrow(
      new RangeError(
        'findFacts: expected the fields of `query` to be among "entityId", "metricId", "period", "sourceId", "status", "unit", received "entity"; did you mean "entityId"?',
      ),
    );
    expect(() => example.findFacts({ entityId: 'acmee' })).toThrow(
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
    expect(() => example.findFacts({ period: '2023-2024' })).toThrow(
      new RangeError('findFacts: expected `query.period` to be a year ("2024") or an interval of years ("2023/2024"), received "2023-2024"'),
    );
    expect(() => example.findFacts({ period: '2024/2023' })).toThrow(RangeError);
    expect(() => example.findFacts({ status: 'planned' as never })).toThrow(
      new RangeError('findFacts: expected `query.status` to be a status (reported, estimate, plan, forecast), received "planned"; did you mean "plan"?'),
    );
    expect(() => example.findFacts({ unit: 'usd' as never })).toThrow(
      /^findFacts: expected `query.unit` to be a unit .*received "usd"; did you mean "USD", "BSD" or "RSD"\?$/,
    );
    expect(() => example.findFacts({ metricId: 7 as never })).toThrow(TypeError);
    expect(() => example.findFacts(null as never)).toThrow(new TypeError('findFacts: expected `query` to be a plain object, received null'));
    expect(() => example.findFacts(new Map([['entityId', 'acme']]) as never)).toThrow(
      new TypeError('findFacts: expected `query` to be a plain object, received a Map'),
    );
    expect(() => example.findFacts(Object.create({ entityId: 'acme' }) as never)).toThrow(TypeError);
    expect(example.findFacts(Object.assign(Object.create(null) as object, { entityId: 'acme' }))).toHaveLength(3);
  });
});

describe('dataset.findClaims(query), on the example records', () => {
  it('findClaims({ entityId: "c" }) is the claim that b and c lag a', () => {
    expect(ids(example.findClaims({ entityId: 'c' }))).toEqual(['b-and-c-lag-a']);
  });

  it('findClaims({ entityId, sourceId }) selects by both, { sourceId } by source; {} is every claim', () => {
    expect(ids(example.findClaims({ entityId: 'acme', sourceId: 'report-two' }))).toEqual(['acme-first', 'acme-second']);
    expect(ids(example.findClaims({ sourceId: 'report-one' }))).toEqual(['b-and-c-lag-a', 'acme-elsewhere']);
    expect(example.findClaims({})).toEqual(example.claims);
    expect(example.findClaims()).toEqual(example.claims);
  });

  it('findClaims({ stance }) selects by stance, alone or with an entity; a stance not among STANCES, or not a string, is an error naming it', () => {
    const claims = [...example.claims];
    expect(ids(example.findClaims({ stance: 'report' }))).toEqual(ids(claims.filter((c) => c.stance === 'report')));
    expect(ids(example.findClaims({ stance: 'view' }))).toEqual([]);
    expect(ids(builtIn.findClaims({ stance: 'forecast' }))).toEqual([
      'ai-most-significant-investment-opportunity-next-decade',
      'china-ai-applications-boom-forecast-2025',
      'mensch-warns-europe-has-two-years-for-sovereign-ai',
    ]);
    expect(ids(builtIn.findClaims({ entityId: 'paris', stance: 'view' }))).toEqual(['paris-ai-growth-drivers', 'paris-emerging-ai-hub-outside-silicon-valley']);
    expect(() => example.findClaims({ stance: 'opinion' as never })).toThrow(
      new RangeError('findClaims: expected `query.stance` to be a stance (report, view, forecast), received "opinion"; none is near it'),
    );
    expect(() => example.findClaims({ stance: 1 as never })).toThrow(new TypeError('findClaims: expected `query.stance` to be a string, received 1'));
  });

  it('findClaims(query) rejects an unknown field or ID', () => {
    expect(() => example.findClaims({ metricId: 'amount' } as never)).toThrow(RangeError);
    expect(() => example.findClaims({ sourceId: 'two' })).toThrow(
      /^findClaims: expected `query.sourceId` to be the ID of a source of this dataset, received "two"; did you mean "report-two"\?$/,
    );
  });
});

describe('findFacts(query) and the other option objects read each field once', () => {
  it('a query whose getter answers "plan" once and then a status that does not exist is answered as first read', () => {
    let reads = 0;
    const query = {
      get status() {
        reads++;
        return reads === 1 ? 'plan' : 'hacked';
      },
    } as Parameters<typeof example.findFacts>[0];
    expect(ids(example.findFacts(query))).toEqual(ids(example.findFacts({ status: 'plan' })));
    expect(reads).toBe(1);
  });

  it('a ranking option behind a Proxy that answers another period on each read is read once', () => {
    let reads = 0;
    const options = new Proxy({ period: '2023/2024' }, { get: (target, key) => (key === 'period' && reads++ > 0 ? '1999' : Reflect.get(target, key)) });
    expect(ids(example.topEcosystems('share', 2, options))).toEqual(['a-share', 'b-share']);
    expect(reads).toBe(1);
  });
});
