import { describe, expectTypeOf, it } from 'vitest';
import type {
  BuiltInRecords,
  Claim,
  ConsistencyFinding,
  Dataset,
  DatasetRecords,
  DerivedFigure,
  Entity,
  EntityId,
  EntityKind,
  Fact,
  FactId,
  FactUnit,
  Metric,
  MetricId,
  Source,
} from '../../src/index.js';
import { dataset } from '../../src/index.js';
import { createDataset } from '../../src/schema/index.js';

describe("the built-in dataset is typed with the records' literal IDs", () => {
  it("fact(id) returns that fact's own literal type for its IDs, figures and vocabulary values", () => {
    // Expected as the records type them, so that a corrected value changes nothing here; and narrower than the record types.
    type Own<Id extends string> = Extract<BuiltInRecords['facts'][number], { readonly id: Id }>;
    type China2024 = Own<'china-ai-vc-investment-2024'>;
    expectTypeOf(dataset.fact('china-ai-vc-investment-2024').value).toEqualTypeOf<China2024['value']>();
    expectTypeOf(dataset.fact('china-ai-vc-investment-2024').unit).toEqualTypeOf<China2024['unit']>();
    expectTypeOf<China2024['value']>().not.toEqualTypeOf<number | null>();
    expectTypeOf<China2024['unit']>().not.toEqualTypeOf<FactUnit>();
    expectTypeOf(dataset.fact('paris-ai-native-funding-concentration-2023-2024').value).toEqualTypeOf<
      Own<'paris-ai-native-funding-concentration-2023-2024'>['value']
    >();
    type BigThree = Extract<BuiltInRecords['entities'][number], { readonly id: 'big-three' }>;
    expectTypeOf(dataset.entity('big-three').kind).toEqualTypeOf<BigThree['kind']>();
    expectTypeOf<BigThree['kind']>().not.toEqualTypeOf<EntityKind>();
    // Prose and lists take the record type's own types: the declarations carry no record's text.
    expectTypeOf(dataset.fact('china-ai-vc-investment-2024').citation.quote).toEqualTypeOf<string>();
    expectTypeOf(dataset.entity('big-three').members).toEqualTypeOf<readonly EntityId[] | undefined>();
  });

  it("lookups and queries reject an ID that is not a record's", () => {
    // Names, not IDs: no record can ever have them, as IDs are kebab-case.
    // @ts-expect-error TS2345: Argument of type '"China AI VC investment 2024"' is not assignable to parameter of type FactId.
    dataset.fact('China AI VC investment 2024');
    // @ts-expect-error TS2322: Type '"Paris"' is not assignable to type EntityId.
    dataset.findFacts({ entityId: 'Paris' });
    // @ts-expect-error TS2345: Argument of type '"AI VC"' is not assignable to parameter of type MetricId.
    dataset.topEcosystems('AI VC', 3);
    // @ts-expect-error TS2322: Type '"planned"' is not assignable to type Status.
    dataset.findFacts({ status: 'planned' });
  });

  it('topEcosystems(metricId, n) returns facts of that metric', () => {
    expectTypeOf(dataset.topEcosystems('ai-native-funding-concentration', 3)[0]!.metricId).toEqualTypeOf<'ai-native-funding-concentration'>();
    expectTypeOf(dataset.topEntities('ai-vc-investment', 3)).toExtend<readonly Fact<EntityId, MetricId>[]>();
  });

  it("derived figures and findings carry the dataset's ID types", () => {
    const growth = dataset.growthOf('united-states', 'ai-vc-investment', '2023', '2024');
    expectTypeOf(growth.derivedFrom).toEqualTypeOf<readonly FactId[]>();
    expectTypeOf(growth.entityIds).toEqualTypeOf<readonly EntityId[]>();
    expectTypeOf(growth).toExtend<DerivedFigure>();
    expectTypeOf(dataset.auditConsistency()).toEqualTypeOf<ConsistencyFinding<FactId>[]>();
    // @ts-expect-error TS2322: Type '"Beijing AI"' is not assignable to type FactId.
    dataset.sumOf(['Beijing AI']);
  });

  it('widens to a Dataset of plain strings, for code that takes IDs from users', () => {
    expectTypeOf(dataset).toExtend<Dataset>();
    const loose: Dataset = dataset;
    expectTypeOf(loose.fact).parameter(0).toEqualTypeOf<string>();
  });

  it('a widened dataset returns the general record types for literal IDs, never `never`', () => {
    const loose: Dataset = dataset;
    expectTypeOf(loose.metric('ai-vc-investment')).toEqualTypeOf<Metric>();
    expectTypeOf(loose.fact('united-states-ai-vc-investment-2024')).toEqualTypeOf<Fact>();
    expectTypeOf(loose.entity('united-states')).toEqualTypeOf<Entity>();
    expectTypeOf(loose.source('2025-03-26-yicai-china-ai-vc-lags-us')).toEqualTypeOf<Source>();
    expectTypeOf(loose.claim('europe-rising-stars-lag-paris')).toEqualTypeOf<Claim>();
    expectTypeOf(loose.topEcosystems('ai-vc-investment', 2)).toEqualTypeOf<Fact[]>();
    expectTypeOf(dataset.metric('ai-vc-investment').id).toEqualTypeOf<'ai-vc-investment'>();
  });
});

describe('createDataset(records)', () => {
  it('keeps the literal IDs of typed records', () => {
    const typed = createDataset({
      sources: [],
      entities: [{ id: 'a', name: 'A', kind: 'startup-ecosystem' }],
      metrics: [],
      facts: [],
      claims: [],
    });
    expectTypeOf(typed.entity).parameter(0).toEqualTypeOf<'a'>();
  });

  it('takes strings for records from JSON, typed `unknown` or `any`', () => {
    const fromUnknown = createDataset(JSON.parse('{}') as unknown);
    expectTypeOf(fromUnknown).toEqualTypeOf<Dataset>();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const fromAny = createDataset(JSON.parse('{}'));
    expectTypeOf(fromAny).toEqualTypeOf<Dataset<DatasetRecords>>();
    expectTypeOf(fromAny.fact).parameter(0).toEqualTypeOf<string>();
  });
});
