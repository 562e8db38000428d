import { describe, expect, it } from 'vitest';
import { claims, dataset, entities, facts, metrics, sources, UnknownIdError } from '../../src/index.js';
import { createDataset } from '../../src/schema/index.js';
import { nearestIds } from '../../src/text/nearestIds.js';
import { userFact, userRecords } from '../fixtures/userRecords.js';

/** User records whose IDs the nearest-ID suggestions are worked out from by hand. */
const user = createDataset(
  userRecords([
    userFact('a', 1, { id: 'a-amount-2023', period: '2023' }),
    userFact('a', 2, { id: 'a-amount-2024' }),
    userFact('acme', 3, { id: 'acme-amount-2024' }),
  ]),
);

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
    expect(() => user.fact('a-amount-2025')).toThrow(
      expect.objectContaining({
        name: 'UnknownIdError',
        message: 'fact: expected `id` to be the ID of a fact of this dataset, received "a-amount-2025"; did you mean "a-amount-2023" or "a-amount-2024"?',
        recordType: 'fact',
        value: 'a-amount-2025',
        nearest: ['a-amount-2023', 'a-amount-2024'],
        method: 'fact',
        argument: 'id',
      }),
    );
    expect(() => user.entity('acmee')).toThrow(
      expect.objectContaining({
        name: 'UnknownIdError',
        message: 'entity: expected `id` to be the ID of an entity of this dataset, received "acmee"; did you mean "acme"?',
        recordType: 'entity',
        value: 'acmee',
        nearest: ['acme'],
        method: 'entity',
        argument: 'id',
      }),
    );
    expect(() => user.source('two')).toThrow(
      expect.objectContaining({
        name: 'UnknownIdError',
        message: 'source: expected `id` to be the ID of a source of this dataset, received "two"; did you mean "report-two"?',
        recordType: 'source',
        value: 'two',
        nearest: ['report-two'],
        method: 'source',
        argument: 'id',
      }),
    );
    expect(() => user.metric('gdp')).toThrow(
      expect.objectContaining({
        name: 'UnknownIdError',
        message: 'metric: expected `id` to be the ID of a metric of this dataset, received "gdp"; none is near it',
        recordType: 'metric',
        value: 'gdp',
        nearest: [],
        method: 'metric',
        argument: 'id',
      }),
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
    // A built-in ID in capitals: no record has it (IDs are kebab-case), and the nearest IDs are those of every fact.
    const error = thrown(() => dataset.fact('China-AI-VC-Investment-2024' as never));
    expect(error).toBeInstanceOf(UnknownIdError);
    expect(error).toBeInstanceOf(RangeError);
    const nearest = nearestIds(
      'China-AI-VC-Investment-2024',
      facts.map((f) => f.id),
    );
    expect(nearest[0]).toBe('china-ai-vc-investment-2024');
    expect(error).toMatchObject({ name: 'UnknownIdError', recordType: 'fact', value: 'China-AI-VC-Investment-2024', nearest });
    expect(Object.isFrozen((error as UnknownIdError).nearest)).toBe(true);
    expect(thrown(() => user.fact('acme-2024'))).toMatchObject({ recordType: 'fact', value: 'acme-2024', nearest: ['acme-amount-2024', 'a-amount-2024'] });
    expect(thrown(() => user.metric('gdp'))).toMatchObject({ recordType: 'metric', value: 'gdp', nearest: [] });
    // Queries, rankings and derived figures check their IDs the same way.
    expect(thrown(() => user.findFacts({ entityId: 'acmee' }))).toMatchObject({ recordType: 'entity', nearest: ['acme'] });
    expect(thrown(() => user.topEntities('amou', 3))).toMatchObject({ recordType: 'metric', nearest: ['amount'] });
    expect(thrown(() => user.ratioOf('a-amount-2024', 'acme-2024'))).toBeInstanceOf(UnknownIdError);
  });

  it('entity(a name or alias) suggests the entity the sources call so, before the nearest IDs', () => {
    // Three built-in entities alone: no other entity's ID can be suggested beside them.
    const named = createDataset({
      sources: [],
      entities: entities.filter((e) => ['united-states', 'silicon-valley', 'tencent'].includes(e.id)),
      metrics: [],
      facts: [],
      claims: [],
    });
    const nearestFor = (id: string): unknown => {
      try {
        named.entity(id as never);
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
    const error = new UnknownIdError('claim', 'id', 'x', 'claim', []);
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

describe('lookups of IDs longer than any ID may be', () => {
  const longId = `${'a-'.repeat(5_000_000)}a`;

  it('dataset.fact(a 10 MB ID) and dataset.entity(it) are unknown IDs with none near, not a search through it', () => {
    for (const lookup of [dataset.fact, dataset.entity] as ((id: string) => unknown)[]) {
      expect(() => lookup(longId)).toThrow(UnknownIdError);
    }
    expect(() => dataset.fact(longId as never)).toThrow(
      `fact: expected \`id\` to be the ID of a fact of this dataset, received "${'a-'.repeat(60)}…" (10000001 characters); none is near it`,
    );
  });

  it('findFacts with a misspelt field of 10 MB is the error for an unknown field, with none near', () => {
    expect(() => dataset.findFacts({ [longId]: 'x' } as never)).toThrow(
      `findFacts: expected the fields of \`query\` to be among "entityId", "metricId", "period", "sourceId", "status", "unit", received "${'a-'.repeat(60)}…" (10000001 characters); none is near it`,
    );
  });
});
