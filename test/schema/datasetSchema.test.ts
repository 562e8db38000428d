import { describe, expect, it } from 'vitest';
import { claims, entities, facts, metrics, sources } from '../../src/index.js';
import { datasetSchema } from '../../src/schema/index.js';

const builtIn = { sources, entities, metrics, facts, claims };
const issues = (input: unknown) => (datasetSchema.safeParse(input).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);

describe('datasetSchema', () => {
  it('datasetSchema.parse(dataset) reports every dangling reference with its path and value, not only the first', () => {
    const first = facts.find((f) => f.id === 'beijing-ai-native-funding-concentration-2023-2024');
    const second = facts.find((f) => f.id === 'china-ai-vc-investment-2024');
    if (!first || !second) throw new Error('the facts this test uses are missing');
    const broken = {
      ...builtIn,
      facts: [
        { ...first, entityId: 'atlantis' },
        { ...second, metricId: 'happiness', citation: { ...second.citation, sourceId: 'rumour-mill' } },
      ],
      claims: [{ ...claims[0], entityIds: ['beijing', 'gotham'] }],
    };
    expect(issues(broken)).toEqual([
      ['facts.0.entityId', 'Expected an ID of entities, received "atlantis"'],
      ['facts.1.citation.sourceId', 'Expected an ID of sources, received "rumour-mill"'],
      ['facts.1.metricId', 'Expected an ID of metrics, received "happiness"'],
      ['claims.0.entityIds.1', 'Expected an ID of entities, received "gotham"'],
    ]);
  });

  it('datasetSchema.parse(dataset) reports duplicate IDs and unresolved group members', () => {
    const bigThree = entities.find((e) => e.id === 'big-three');
    const broken = {
      ...builtIn,
      entities: [...entities, { ...bigThree, members: ['beijing', 'narnia'] }],
    };
    expect(issues(broken)).toEqual([
      [`entities.${entities.length}.id`, 'Expected a unique ID in entities, received "big-three" again'],
      [`entities.${entities.length}.members.1`, 'Expected an ID of entities, received "narnia"'],
    ]);
  });

  it('datasetSchema.parse(dataset) rejects a unit that does not suit the metric', () => {
    const usFact = facts.find((f) => f.id === 'united-states-ai-vc-investment-2024');
    const beijing = facts.find((f) => f.id === 'beijing-ai-native-funding-concentration-2023-2024');
    const broken = {
      ...builtIn,
      facts: [
        { ...usFact, unit: 'count' },
        { ...beijing, unit: 'USD' },
      ],
    };
    expect(issues(broken)).toEqual([
      ['facts.0.unit', 'Expected a currency code for metric "ai-vc-investment", received "count"'],
      ['facts.1.unit', 'Expected "percent" for metric "ai-native-funding-concentration", received "USD"'],
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
    const cyclic = { ...builtIn, entities: [...entities, group('g1', ['g2']), group('g2', ['g1']), group('g3', [], { subsetOf: 'g3' })] };
    expect(issues(cyclic)).toEqual([
      [`entities.${entities.length}.id`, 'Expected no entity to contain itself, received "g1" in g1 > g2 > g1'],
      [`entities.${entities.length + 1}.id`, 'Expected no entity to contain itself, received "g2" in g2 > g1 > g2'],
      [`entities.${entities.length + 2}.id`, 'Expected no entity to contain itself, received "g3" in g3 > g3'],
    ]);
  });

  it('datasetSchema.parse(dataset) reports dangling references even beside a record that fails its own schema', () => {
    const first = facts[0]!;
    const broken = {
      ...builtIn,
      facts: [
        { ...first, entityId: 'zz', value: Number.NaN },
        { ...first, id: 'other', entityId: 'yy', caveats: undefined },
      ],
    };
    expect(issues(broken)).toEqual([
      ['facts.0.value', 'Invalid input: expected number, received NaN'],
      ['facts.1.caveats', 'Invalid input: expected array, received undefined'],
      ['facts.0.entityId', 'Expected an ID of entities, received "zz"'],
      ['facts.1.entityId', 'Expected an ID of entities, received "yy"'],
    ]);
  });
});
