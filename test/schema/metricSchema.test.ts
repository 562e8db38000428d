import { describe, expect, it } from 'vitest';
import { metrics } from '../../src/index.js';
import { datasetSchema, metricSchema } from '../../src/schema/index.js';
import { userEntities, userMetrics, userSources } from '../fixtures/userRecords.js';

const valid = { id: 'share', name: 'Share', unit: 'percent', definition: 'Share of all.', additive: true, baseEntityId: 'all' } as const;
const problems = (input: unknown) => (metricSchema.safeParse(input).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);

describe('metricSchema', () => {
  it('metricSchema.parse(metric) accepts every built-in metric and an additive share with its base', () => {
    expect(metrics.filter((m) => !metricSchema.safeParse(m).success).map((m) => m.id)).toEqual([]);
    expect(problems(valid)).toEqual([]);
  });

  it('metricSchema.parse(metric) requires `additive`', () => {
    const { additive: _, ...withoutAdditive } = valid;
    expect(problems(withoutAdditive)).toEqual([['additive', 'Invalid input: expected boolean, received undefined']]);
  });

  it('metricSchema.parse(metric) takes `baseInferredReason` (the base is inferred, and why) only beside a `baseEntityId`', () => {
    expect(problems({ ...valid, baseInferredReason: 'The source states this base for one figure only.' })).toEqual([]);
    const { baseEntityId: _, ...withoutBase } = valid;
    expect(problems({ ...withoutBase, baseInferredReason: 'Why.' })).toEqual([
      ['baseInferredReason', 'Expected no `baseInferredReason` unless `baseEntityId` is given'],
    ]);
    expect(problems({ ...valid, baseInferredReason: '' })).toHaveLength(1);
  });

  it('metricSchema.parse(metric) allows `baseEntityId` only on an additive percentage', () => {
    const message = 'Expected no baseEntityId on a metric that is not an additive percentage, received "all"';
    expect(problems({ ...valid, additive: false })).toEqual([['baseEntityId', message]]);
    expect(problems({ ...valid, unit: 'currency' })).toEqual([['baseEntityId', message]]);
  });

  it('datasetSchema.parse(dataset) requires `baseEntityId` to name an entity', () => {
    const dataset = {
      sources: userSources,
      entities: userEntities,
      metrics: [...userMetrics, { ...valid, id: 'other-share', baseEntityId: 'everything' }],
      facts: [],
      claims: [],
    };
    expect((datasetSchema.safeParse(dataset).error?.issues ?? []).map((i) => [i.path.join('.'), i.message])).toEqual([
      ['metrics.3.baseEntityId', 'Expected an ID of entities, received "everything"'],
    ]);
  });
});
