import { describe, expect, it } from 'vitest';
import { claims, dataset, entities, facts, metrics, notes, sources } from '../../src/index.js';
import { createDataset, InvalidRecordsError } from '../../src/schema/index.js';
import { TOP_CITIES, YICAI } from '../fixtures/sourceDataset.js';
import { userFact, userRecords } from '../fixtures/userRecords.js';

describe('createDataset(records)', () => {
  it('createDataset(the built-in records) answers as the built-in dataset does', () => {
    const copy = createDataset({ sources, entities, metrics, facts, claims, notes });
    const [ranking, choice] = [{ sourceId: TOP_CITIES }, { sourceId: YICAI }] as const;
    expect(copy.topEcosystems('share-of-global-ai-native-funding', 3, ranking)).toEqual(dataset.topEcosystems('share-of-global-ai-native-funding', 3, ranking));
    expect(copy.growthOf('united-states', 'ai-vc-investment', '2023', '2024', choice)).toEqual(
      dataset.growthOf('united-states', 'ai-vc-investment', '2023', '2024', choice),
    );
    expect(copy.auditConsistency()).toEqual(dataset.auditConsistency());
    expect(copy.fact('china-ai-vc-investment-2024')).toEqual(dataset.fact('china-ai-vc-investment-2024'));
    expect(copy.notes).toEqual(dataset.notes);
    expect(createDataset({ sources, entities, metrics, facts, claims }).notes).toEqual([]);
  });

  it("createDataset(records) works on a deeply frozen copy: the caller's later changes do not reach it", () => {
    const mine = [userFact('a', 10), userFact('b', 20)];
    const user = createDataset(userRecords(mine));
    mine[0] = userFact('a', 99);
    (mine[1] as { value: number }).value = 99;
    expect(user.facts.map((f) => f.value)).toEqual([10, 20]);
    expect(Object.isFrozen(user.facts) && Object.isFrozen(user.facts[0]) && Object.isFrozen(user.facts[0]?.citation)).toBe(true);
    expect(Object.isFrozen(user)).toBe(true);
  });

  it('createDataset(records from JSON) accepts the records after a round trip through JSON', () => {
    const fromJson: unknown = JSON.parse(JSON.stringify({ sources, entities, metrics, facts, claims }));
    expect(createDataset(fromJson).facts).toHaveLength(facts.length);
  });

  it('createDataset(invalid records) throws an InvalidRecordsError listing every problem with its path, dropping nothing', () => {
    const broken = userRecords([
      userFact('atlantis', 10),
      userFact('a', 10, { metricId: 'happiness', id: 'a-happiness' }),
      userFact('b', -5, { id: 'b-negative' }),
      userFact('c', 10, { unit: 'percent', id: 'c-percent' }),
    ]);
    let thrown: unknown;
    try {
      createDataset(broken);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidRecordsError);
    expect(thrown).toBeInstanceOf(TypeError);
    const error = thrown as InvalidRecordsError;
    expect(error.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['facts.2.value', 'Expected a value >= 0, received -5'],
      ['facts.0.entityId', 'Expected an ID of entities, received "atlantis"'],
      ['facts.1.metricId', 'Expected an ID of metrics, received "happiness"'],
      ['facts.3.unit', 'Expected a currency code for metric "amount", received "percent"'],
    ]);
    expect(error.message).toBe(
      [
        'createDataset: expected valid records, received 4 problems:',
        '  facts[2].value: Expected a value >= 0, received -5',
        '  facts[0].entityId: Expected an ID of entities, received "atlantis"',
        '  facts[1].metricId: Expected an ID of metrics, received "happiness"',
        '  facts[3].unit: Expected a currency code for metric "amount", received "percent"',
      ].join('\n'),
    );
    expect(error.name).toBe('InvalidRecordsError');
  });

  it('createDataset(not records at all) throws with the path of each missing collection', () => {
    expect(() => createDataset(null)).toThrow(InvalidRecordsError);
    try {
      createDataset({ facts: [] });
    } catch (error) {
      expect((error as InvalidRecordsError).issues.map((issue) => issue.path.join('.'))).toEqual(['sources', 'entities', 'metrics', 'claims']);
    }
  });
});
