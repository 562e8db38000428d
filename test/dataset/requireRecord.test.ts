import { describe, expect, it } from 'vitest';
import { claims, dataset, entities, facts, metrics, sources, UnknownIdError } from '../../src/index.js';
import { createDataset } from '../../src/schema/index.js';

describe('dataset.fact(id), entity(id), metric(id), source(id), claim(id)', () => {
  it('return the very records of the collections', () => {
    expect(facts.map((f) => dataset.fact(f.id))).toEqual(facts);
    expect(facts.every((f) => dataset.fact(f.id) === f)).toBe(true);
    expect(entities.every((e) => dataset.entity(e.id) === e)).toBe(true);
    expect(metrics.every((m) => dataset.metric(m.id) === m)).toBe(true);
    expect(sources.every((s) => dataset.source(s.id) === s)).toBe(true);
    expect(claims.every((c) => dataset.claim(c.id) === c)).toBe(true);
  });

  it('fact("china-ai-vc-investment-2024") is USD14 billion from Zero2IPO Research', () => {
    expect(dataset.fact('china-ai-vc-investment-2024')).toMatchObject({
      value: 14_000_000_000,
      unit: 'USD',
      citation: { attributedTo: 'Zero2IPO Research' },
    });
  });

  it('fact(unknown id) throws an UnknownIdError that names the nearest IDs', () => {
    expect(() => dataset.fact('china-ai-vc-investment-2025' as never)).toThrow(
      new UnknownIdError(
        'fact: expected `id` to be the ID of a fact of this dataset, received "china-ai-vc-investment-2025"; nearest: "china-ai-vc-investment-2024", "china-ai-vc-investment-2023"',
        { recordType: 'fact', id: 'china-ai-vc-investment-2025', nearest: ['china-ai-vc-investment-2024', 'china-ai-vc-investment-2023'], method: 'fact', argument: 'id' },
      ),
    );
    expect(() => dataset.entity('silicon-vally' as never)).toThrow(
      new UnknownIdError('entity: expected `id` to be the ID of an entity of this dataset, received "silicon-vally"; nearest: "silicon-valley"', { recordType: 'entity', id: 'silicon-vally', nearest: ['silicon-valley'], method: 'entity', argument: 'id' }),
    );
    expect(() => dataset.source('yicai' as never)).toThrow(
      new UnknownIdError(
        'source: expected `id` to be the ID of a source of this dataset, received "yicai"; nearest: "2025-03-26-yicai-china-ai-vc-lags-us"',
        { recordType: 'source', id: 'yicai', nearest: ['2025-03-26-yicai-china-ai-vc-lags-us'], method: 'source', argument: 'id' },
      ),
    );
    expect(() => dataset.metric('gdp' as never)).toThrow(
      new UnknownIdError('metric: expected `id` to be the ID of a metric of this dataset, received "gdp"; none is near it', { recordType: 'metric', id: 'gdp', nearest: [], method: 'metric', argument: 'id' }),
    );
  });

  it('fact(unknown id) throws an UnknownIdError, a RangeError that gives the record type, the ID and the nearest IDs as data', () => {
    const thrown = (lookup: () => unknown): unknown => {
      try {
        lookup();
      } catch (error) {
        return error;
      }
      throw new Error('expected the lookup to throw');
    };
    const error = thrown(() => dataset.fact('china-ai-vc-2024' as never));
    expect(error).toBeInstanceOf(UnknownIdError);
    expect(error).toBeInstanceOf(RangeError);
    expect(error).toMatchObject({
      name: 'UnknownIdError',
      recordType: 'fact',
      id: 'china-ai-vc-2024',
      nearest: ['china-ai-vc-investment-2024', 'china-ai-vc-investment-2023', 'united-states-ai-vc-investment-2024'],
    });
    expect(Object.isFrozen((error as UnknownIdError).nearest)).toBe(true);
    expect(thrown(() => dataset.metric('gdp' as never))).toMatchObject({ recordType: 'metric', id: 'gdp', nearest: [] });
    // Queries, rankings and derived figures check their IDs the same way.
    expect(thrown(() => dataset.findFacts({ entityId: 'chna' as never }))).toMatchObject({ recordType: 'entity', nearest: ['china'] });
    expect(thrown(() => dataset.topEntities('ai-natve-funding' as never, 3))).toMatchObject({
      recordType: 'metric',
      nearest: ['ai-native-funding-concentration', 'share-of-top-40-ai-native-funding', 'share-of-overall-tech-funding'],
    });
    expect(thrown(() => dataset.ratioOf('united-states-ai-vc-investment-2024', 'china-2024' as never))).toBeInstanceOf(UnknownIdError);
    // A user's dataset throws the same class.
    expect(thrown(() => createDataset({ sources, entities, metrics, facts, claims }).source('reuters' as never))).toMatchObject({ recordType: 'source', nearest: [] });
  });

  it('entity(a name or alias) suggests the entity the sources call so, before the nearest IDs', () => {
    const nearestFor = (id: string): unknown => {
      try {
        dataset.entity(id as never);
      } catch (error) {
        return (error as UnknownIdError).nearest;
      }
      throw new Error('expected the lookup to throw');
    };
    expect(['US', 'U.S.', 'united states', 'United_States', 'the Valley', 'Tencent Holdings', 'Tencent'].map(nearestFor)).toEqual([
      ['united-states'],
      ['united-states'],
      ['united-states'],
      ['united-states'],
      ['silicon-valley'],
      ['tencent'],
      ['tencent'],
    ]);
  });

  it('an UnknownIdError is recognised by its brand, and nothing else is', () => {
    const error = new UnknownIdError('m', { recordType: 'claim', id: 'x', nearest: [] });
    expect([error instanceof UnknownIdError, error instanceof RangeError, error instanceof Error]).toEqual([true, true, true]);
    expect([new RangeError('m'), null, 'x', { recordType: 'claim', id: 'x', nearest: [] }].map((value) => value instanceof UnknownIdError)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('fact(non-string) throws a TypeError', () => {
    expect(() => dataset.fact(42 as never)).toThrow(new TypeError('fact: expected `id` to be the ID of a fact, received 42'));
    expect(() => dataset.claim(undefined as never)).toThrow(new TypeError('claim: expected `id` to be the ID of a claim, received undefined'));
  });
});
