import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/schema/index.js';
import { userEntities, userFact, userRecords } from '../fixtures/userRecords.js';

const base = userRecords([]);
const issues = (input: unknown) => (datasetSchema.safeParse(input).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);
const claim = {
  id: 'a-leads',
  entityIds: ['a'],
  statement: 'A leads.',
  stance: 'report',
  citation: { sourceId: 'report-one', section: 'body', quote: 'A leads' },
  caveats: [],
} as const;

describe('datasetSchema', () => {
  it('datasetSchema.parse(dataset) reports every dangling reference with its path and value, not only the first', () => {
    const broken = userRecords(
      [
        userFact('atlantis', 10),
        userFact('a', 20, { metricId: 'happiness', unit: 'USD', citation: { sourceId: 'rumour-mill', section: 'body', quote: 'Figure 20' } }),
      ],
      [{ ...claim, entityIds: ['a', 'gotham'] }],
    );
    expect(issues(broken)).toEqual([
      ['facts.0.entityId', 'Expected an ID of entities, received "atlantis"'],
      ['facts.1.citation.sourceId', 'Expected an ID of sources, received "rumour-mill"'],
      ['facts.1.metricId', 'Expected an ID of metrics, received "happiness"'],
      ['claims.0.entityIds.1', 'Expected an ID of entities, received "gotham"'],
    ]);
  });

  it('datasetSchema.parse(dataset) reports duplicate IDs and unresolved group members', () => {
    const ab = userEntities.find((e) => e.id === 'ab');
    const broken = { ...base, entities: [...userEntities, { ...ab, members: ['a', 'narnia'] }] };
    expect(issues(broken)).toEqual([
      [`entities.${userEntities.length}.id`, 'Expected a unique ID in entities, received "ab" again'],
      [`entities.${userEntities.length}.members.1`, 'Expected an ID of entities, received "narnia"'],
    ]);
  });

  it('datasetSchema.parse(dataset) rejects a unit that does not suit the metric', () => {
    const broken = userRecords([userFact('a', 10, { unit: 'count' }), userFact('b', 10, { metricId: 'concentration', unit: 'USD' })]);
    expect(issues(broken)).toEqual([
      ['facts.0.unit', 'Expected a currency code for metric "amount", received "count"'],
      ['facts.1.unit', 'Expected "percent" for metric "concentration", received "USD"'],
    ]);
  });
});

describe('datasetSchema across records', () => {
  it('datasetSchema.parse(dataset) reports a group that contains itself, directly or through another group', () => {
    const group = (id: string, members: string[], extra = {}) => ({
      id,
      name: id,
      kind: 'group',
      description: 'A group.',
      members,
      membersComplete: true,
      ...extra,
    });
    // g0 contains the cycle of g1 and g2 but is on no cycle: it is not reported.
    const cyclic = {
      ...base,
      entities: [...userEntities, group('g1', ['g2']), group('g2', ['g1']), group('g3', [], { subsetOf: 'g3' }), group('g0', ['g1'])],
    };
    expect(issues(cyclic)).toEqual([
      [
        `entities.${userEntities.length}.id`,
        'Expected no entity to contain itself, received "g1", which contains "g2", which contains it, directly or through other groups',
      ],
      [
        `entities.${userEntities.length + 1}.id`,
        'Expected no entity to contain itself, received "g2", which contains "g1", which contains it, directly or through other groups',
      ],
      [`entities.${userEntities.length + 2}.id`, 'Expected no entity to contain itself, received "g3", which contains "g3"'],
    ]);
  });

  it('datasetSchema.parse(dataset) reports dangling references even beside a record that fails its own schema', () => {
    const broken = { ...base, facts: [userFact('zz', Number.NaN), { ...userFact('yy', 1, { id: 'other' }), caveats: undefined }] };
    expect(issues(broken)).toEqual([
      ['facts.0.value', 'Invalid input: expected number, received NaN'],
      ['facts.1.caveats', 'Invalid input: expected array, received undefined'],
      ['facts.0.entityId', 'Expected an ID of entities, received "zz"'],
      ['facts.1.entityId', 'Expected an ID of entities, received "yy"'],
    ]);
  });
});

describe('datasetSchema on hostile sizes', () => {
  it('datasetSchema.safeParse(a collection, or a list inside a record, of 2 ** 32 - 1 items) refuses it by its length, at once', () => {
    const fact = userFact('a', 1);
    expect(issues({ ...base, facts: new Array(2 ** 32 - 1) })).toEqual([['facts', 'Too big: expected array to have <=10000000 items']]);
    expect(issues({ ...base, facts: [{ ...fact, caveats: new Array(2 ** 32 - 1) }] })).toEqual([
      ['facts.0.caveats', 'Too big: expected array to have <=10000 items'],
    ]);
    expect(issues({ ...base, entities: [...userEntities, { ...userEntities[3], id: 'example-group', members: new Array(2 ** 32 - 1) }] })).toEqual([
      [`entities.${userEntities.length}.members`, 'Too big: expected array to have <=10000 items'],
    ]);
  });
});
