import { describe, expect, it } from 'vitest';
import { claims, dataset, entities, facts, metrics, sources, UnknownIdError } from '../../src/index.js';
import { createDataset } from '../../src/schema/index.js';
import { nearestIds } from '../../src/text/nearestIds.js';
import { exampleRecords } from '../fixtures/exampleDataset.js';
import { userFact, userRecords } from '../fixtures/userRecords.js';

/** User records whose IDs the nearest-ID suggestions are worked out from by hand. */
const user = createDataset(
  userRecords([
    userFact('a', 1, { id: 'a-amount-2023', period: '2023' }),
    userFact('a', 2, { id: 'a-amount-2024' }),
    userFact('acme', 3, { id: 'acme-amount-2024' }),
  ]),
);
const example = createDataset(exampleRecords);

describe('dataset.fact(id), entity(id), metric(id), source(id), claim(id)', () => {
  it('return the very records of the collections', () => {
    expect(facts.map((f) => dataset.fact(f.id))).toEqual(facts);
    expect(facts.every((f) => dataset.fact(f.id) === f)).toBe(true);
    expect(entities.every((e) => dataset.entity(e.id) === e)).toBe(true);
    expect(metrics.every((m) => dataset.metric(m.id) === m)).toBe(true);
    expect(sources.every((s) => dataset.source(s.id) === s)).toBe(true);
    expect(claims.every((c) => dataset.claim(c.id) === c)).toBe(true);
  });

  it('fact(id) of user records is that record, with its value, unit and citation', () => {
    expect(example.fact('b-2024')).toMatchObject({ value: 14, unit: 'USD', citation: { attributedTo: 'Sample Analytics' } });
    expect(example.fact('b-2024')).toEqual(exampleRecords.facts.find((fact) => fact.id === 'b-2024'));
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
    // An ID in capitals: no record has it (IDs are kebab-case), and the nearest IDs are those of every fact.
    const error = thrown(() => user.fact('A-Amount-2024'));
    expect(error).toBeInstanceOf(UnknownIdError);
    expect(error).toBeInstanceOf(RangeError);
    const nearest = nearestIds(
      'A-Amount-2024',
      user.facts.map((f) => f.id),
    );
    expect(nearest[0]).toBe('a-amount-2024');
    expect(error).toMatchObject({ name: 'UnknownIdError', recordType: 'fact', value: 'A-Amount-2024', nearest });
    expect(Object.isFrozen((error as UnknownIdError).nearest)).toBe(true);
    expect(thrown(() => user.fact('acme-2024'))).toMatchObject({ recordType: 'fact', value: 'acme-2024', nearest: ['acme-amount-2024', 'a-amount-2024'] });
    expect(thrown(() => user.metric('gdp'))).toMatchObject({ recordType: 'metric', value: 'gdp', nearest: [] });
    // Queries, rankings and derived figures check their IDs the same way.
    expect(thrown(() => user.findFacts({ entityId: 'acmee' }))).toMatchObject({ recordType: 'entity', nearest: ['acme'] });
    expect(thrown(() => user.topEntities('amou', 3))).toMatchObject({ recordType: 'metric', nearest: ['amount'] });
    expect(thrown(() => user.ratioOf('a-amount-2024', 'acme-2024'))).toBeInstanceOf(UnknownIdError);
  });

  it('entity(a name or alias) suggests the entity the sources call so, before the nearest IDs', () => {
    // Entities named as a source might name them, with no other entity whose ID could be suggested beside them.
    const named = createDataset({
      sources: [],
      entities: [
        { id: 'new-atlantis', name: 'New Atlantis', kind: 'country', countryCode: 'XA', aliases: ['NA', 'N.A.'] },
        { id: 'el-dorado-valley', name: 'El Dorado Valley', kind: 'startup-ecosystem', aliases: ['the Valley'] },
        { id: 'acme', name: 'Acme', kind: 'company', aliases: ['Acme Holdings'] },
      ],
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
    expect(['NA', 'N.A.', 'new atlantis', 'New_Atlantis', 'the Valley', 'Acme Holdings', 'Acme', 'Lemuria'].map(nearestFor)).toEqual([
      ['new-atlantis'],
      ['new-atlantis'],
      ['new-atlantis'],
      ['new-atlantis'],
      ['el-dorado-valley'],
      ['acme'],
      ['acme'],
      [],
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
    expect(() => example.fact(42 as never)).toThrow(new TypeError('fact: expected `id` to be the ID of a fact, received 42'));
    expect(() => example.claim(undefined as never)).toThrow(new TypeError('claim: expected `id` to be the ID of a claim, received undefined'));
    expect(() => example.entity(null as never)).toThrow(new TypeError('entity: expected `id` to be the ID of an entity, received null'));
  });
});

describe('lookups of IDs longer than any ID may be', () => {
  const longId = `${'a-'.repeat(5_000_000)}a`;

  it('fact(a 10 MB ID) and entity(it) are unknown IDs with none near, not a search through it', () => {
    for (const lookup of [example.fact, example.entity] as ((id: string) => unknown)[]) {
      expect(() => lookup(longId)).toThrow(UnknownIdError);
    }
    expect(() => example.fact(longId)).toThrow(
      `fact: expected \`id\` to be the ID of a fact of this dataset, received "${'a-'.repeat(60)}…" (10000001 characters); none is near it`,
    );
  });

  it('findFacts with a misspelt field of 10 MB is the error for an unknown field, with none near', () => {
    expect(() => example.findFacts({ [longId]: 'x' } as never)).toThrow(
      `findFacts: expected the fields of \`query\` to be among "entityId", "metricId", "period", "sourceId", "status", "unit", received "${'a-'.repeat(60)}…" (10000001 characters); none is near it`,
    );
  });
});
