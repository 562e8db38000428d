import { describe, expect, it } from 'vitest';
import { fieldOf, hasFields, requireAlike, requireFields } from '../../src/dataset/factFields.js';
import { indexRecords } from '../../src/dataset/indexRecords.js';
import { userFact, userRecords } from '../fixtures/userRecords.js';

const comparison = { method: 'rank', argument: 'metricId', value: 'amount' };
const facts = [
  userFact('a', 1, { id: 'a-2024' }),
  userFact('b', 2, { id: 'b-2024' }),
  userFact('c', 3, { id: 'c-2024' }),
  userFact('acme', 4, { id: 'acme-2024' }),
  userFact('a', 5, { id: 'a-undated', period: null }),
  userFact('a', 6, { id: 'a-2023', period: '2023' }),
  userFact('a', 7, { id: 'a-2022', period: '2022' }),
  userFact('a', 8, { id: 'a-2021', period: '2021' }),
];
const index = indexRecords(userRecords(facts));
const alike = (selected: typeof facts, field: Parameters<typeof requireAlike>[3]) => () => requireAlike(comparison, index, selected, field, ['they differ']);

describe('fieldOf(index, fact, field) and hasFields(index, fact, fields)', () => {
  it("read a fact's indexed fields and its entity's kind", () => {
    expect(['entityId', 'metricId', 'period', 'sourceId', 'status', 'unit', 'kind'].map((field) => fieldOf(index, facts[3]!, field as never))).toEqual([
      'acme',
      'amount',
      '2024',
      'report-one',
      'reported',
      'USD',
      'company',
    ]);
  });

  it('hasFields matches every field given, a field left undefined matching any value, and period null only facts without one', () => {
    expect(facts.filter((fact) => hasFields(index, fact, { kind: 'startup-ecosystem', period: '2024', unit: undefined })).map((f) => f.id)).toEqual([
      'a-2024',
      'b-2024',
      'c-2024',
    ]);
    expect(facts.filter((fact) => hasFields(index, fact, { period: null })).map((f) => f.id)).toEqual(['a-undated']);
    expect(facts.filter((fact) => hasFields(index, fact, {}))).toEqual(facts);
  });
});

describe('requireAlike(comparison, index, facts, field, remedy)', () => {
  it('passes facts alike in the field, and no facts at all', () => {
    expect(alike(facts.slice(0, 4), 'period')).not.toThrow();
    expect(alike([], 'unit')).not.toThrow();
  });

  it('names two values with their facts, and the field by its name in words', () => {
    expect(alike([facts[0]!, facts[3]!], 'kind')).toThrow(
      new RangeError('rank: expected facts of one entity kind, received "startup-ecosystem" (a-2024) and "company" (acme-2024); they differ'),
    );
    expect(alike([facts[0]!, facts[5]!], 'period')).toThrow(
      new RangeError('rank: expected facts of one period, received "2024" (a-2024) and "2023" (a-2023); they differ'),
    );
  });

  it('lists three values with a comma before the last, a missing value as "no period", and at most three facts of each', () => {
    expect(alike(facts.slice(0, 6), 'period')).toThrow(
      new RangeError(
        'rank: expected facts of one period, received "2024" (a-2024, b-2024, c-2024 and 1 more), no period (a-undated), and "2023" (a-2023); they differ',
      ),
    );
  });

  it('names at most four values, and how many more there are', () => {
    expect(alike(facts, 'period')).toThrow(
      new RangeError(
        'rank: expected facts of one period, received "2024" (a-2024, b-2024, c-2024 and 1 more), no period (a-undated), "2023" (a-2023), and "2022" (a-2022) and 1 more; they differ',
      ),
    );
  });
});

describe('requireFields(index, method, name, value, fields, nullPeriod)', () => {
  it('returns a copy of the fields given, once each is checked; period null only where allowed', () => {
    const query = { entityId: 'acme', period: null, unit: undefined };
    const given = requireFields(index, 'find', 'query', query, ['entityId', 'period', 'unit'], true);
    expect(given).toEqual(query);
    expect(given).not.toBe(query);
    expect(() => requireFields(index, 'rank', 'options', { period: null }, ['period'])).toThrow(
      new TypeError('rank: expected `options.period` to be a string, received null'),
    );
    expect(() => requireFields(index, 'rank', 'options', { sourceId: 'report-3' }, ['sourceId'])).toThrow(
      /^rank: expected `options.sourceId` to be the ID of a source of this dataset, received "report-3"; did you mean /,
    );
  });
});
