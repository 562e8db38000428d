import { z } from 'zod';
import type { DatasetRecords } from '../dataset/Dataset.js';
import { containmentCycles } from '../dataset/containment.js';
import { indexRecords } from '../dataset/indexRecords.js';
import { LIMITS } from '../limits.js';
import { isCurrencyCode, RECORD_COLLECTIONS } from '../vocabulary.js';
import { claimSchema } from './claimSchema.js';
import { entitySchema } from './entitySchema.js';
import { factSchema } from './factSchema.js';
import { metricSchema } from './metricSchema.js';
import { noteSchema } from './noteSchema.js';
import { sourceSchema } from './sourceSchema.js';

/**
 * The schema of each collection's records, in the order of the collections.
 *
 * @internal
 */
export const RECORD_SCHEMAS = {
  sources: sourceSchema,
  entities: entitySchema,
  metrics: metricSchema,
  facts: factSchema,
  claims: claimSchema,
  notes: noteSchema,
};

/** A collection of records of `schema`: at most `LIMITS.collectionSize`. */
const collection = <T extends z.ZodType>(schema: T) => z.array(schema).max(LIMITS.collectionSize).readonly();

/** The collections of {@link datasetSchema}, each an array of its record schema (named, so that the declarations name each schema once). */
type DatasetShape = {
  sources: z.ZodReadonly<z.ZodArray<typeof sourceSchema>>;
  entities: z.ZodReadonly<z.ZodArray<typeof entitySchema>>;
  metrics: z.ZodReadonly<z.ZodArray<typeof metricSchema>>;
  facts: z.ZodReadonly<z.ZodArray<typeof factSchema>>;
  claims: z.ZodReadonly<z.ZodArray<typeof claimSchema>>;
  notes: z.ZodExactOptional<z.ZodReadonly<z.ZodArray<typeof noteSchema>>>;
};

/**
 * A whole dataset: sources, entities, metrics, facts and claims (and notes
 * across them, optionally), each record
 * valid on its own, and together consistent: IDs unique within each
 * collection (of at most `LIMITS.collectionSize` records); every `entityId`, `metricId`, `sourceId`, group member,
 * `subsetOf`, `excludes`, metric `baseEntityId` and note ID resolving to a record; every fact's unit suiting
 * its metric (a currency code for a `currency` metric, the metric's own unit
 * otherwise); each note's differences of two valued facts of one unit; no group containing itself. Every problem is reported with its
 * path, not only the first: the checks across records run even where a record
 * fails its own schema.
 *
 * @example
 * ```ts
 * import { datasetSchema } from 'ai-investment-facts/schema';
 * import { sources, entities, metrics, facts, claims } from 'ai-investment-facts';
 * datasetSchema.safeParse({ sources, entities, metrics, facts, claims }).success; // true
 * ```
 * @category Schemas
 */
export const datasetSchema: z.ZodReadonly<z.ZodObject<DatasetShape, z.core.$strict>> = z
  .strictObject({
    sources: collection(sourceSchema),
    entities: collection(entitySchema),
    metrics: collection(metricSchema),
    facts: collection(factSchema),
    claims: collection(claimSchema),
    notes: collection(noteSchema).exactOptional(),
  })
  .superRefine(
    (dataset, ctx) => checkReferences(dataset, (path, message) => ctx.addIssue({ code: 'custom', path, message })),
    // Run even when a record fails its own schema, so that every problem is reported, not only the first kind.
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  )
  .readonly();

type Loose = Readonly<Record<string, unknown>>;
type Collection = (typeof RECORD_COLLECTIONS)[keyof typeof RECORD_COLLECTIONS];
/** Reports one problem: its path, and what is wrong. @internal */
export type Report = (path: PropertyKey[], message: string) => void;

/**
 * The fields of each collection's records that name records of another: each
 * field (a dotted path) and the collection it names, with `[]` where the
 * field holds a list of IDs.
 */
const REFERENCES: Partial<Record<Collection, Readonly<Record<string, `${Collection}${'' | '[]'}`>>>> = {
  entities: { members: 'entities[]', subsetOf: 'entities', excludes: 'entities[]' },
  metrics: { baseEntityId: 'entities' },
  facts: { entityId: 'entities', 'citation.sourceId': 'sources' },
  claims: { entityIds: 'entities[]', 'citation.sourceId': 'sources' },
  notes: { entityIds: 'entities[]', factIds: 'facts[]', claimIds: 'claims[]' },
};

/**
 * The checks across a dataset's records, which no record's own schema can
 * make: IDs unique within each collection; every reference of
 * `REFERENCES` resolving to a record; every fact's unit suiting its
 * metric; no group containing itself, directly or through other groups; and
 * each note's differences of two facts with values, in one unit. Each problem
 * is reported with its path.
 *
 * The input is read defensively (what is no array or no object is read as
 * empty), so these checks also run on records that fail their own schemas: a
 * dataset with a malformed fact still has its dangling references reported,
 * and a value of the wrong type is left to the record's own issue.
 *
 * @internal
 */
export function checkReferences(input: unknown, report: Report): void {
  const dataset = isObject(input) ? input : {};
  const collections = Object.values(RECORD_COLLECTIONS);
  const loose = Object.fromEntries(collections.map((name) => [name, readable(dataset[name])])) as Record<Collection, readonly Loose[]>;
  const byId = Object.fromEntries(collections.map((name) => [name, firstById(loose[name], name, report)])) as Record<Collection, ReadonlyMap<string, Loose>>;
  /** Reports `id` if it names no record of `target` (a value that is no string is left to the record's own schema); returns the record it names. */
  const resolve = (id: unknown, target: Collection, path: PropertyKey[]): Loose | undefined => {
    if (typeof id !== 'string') return undefined;
    const record = byId[target].get(id);
    if (record === undefined) report(path, `Expected an ID of ${target}, received "${id}"`);
    return record;
  };
  const resolveAll = (collection: Collection, more?: (record: Loose, i: number) => void) => {
    const references = Object.entries(REFERENCES[collection] ?? {}).map(
      ([field, named]) => [field.split('.'), named.replace('[]', '') as Collection, named.endsWith('[]')] as const,
    );
    loose[collection].forEach((record, i) => {
      for (const [field, target, isList] of references) {
        const value = field.reduce<unknown>((read, key) => (isObject(read) ? read[key] : undefined), record);
        if (!isList) resolve(value, target, [collection, i, ...field]);
        else if (Array.isArray(value) && value.length <= LIMITS.listLength) {
          for (let j = 0; j < value.length; j++) resolve(value[j], target, [collection, i, ...field, j]);
        }
      }
      more?.(record, i);
    });
  };

  resolveAll('entities');
  // Containment takes IDs as strings: an entity with anything else for one (a hole among its members) is left to its own schema's issue.
  const entities = loose.entities.filter((e) =>
    [e['id'], e['subsetOf'] ?? '', ...(Array.isArray(e['members']) ? e['members'] : [])].every((id) => typeof id === 'string'),
  );
  const cycles = containmentCycles(indexRecords({ ...loose, entities } as unknown as DatasetRecords));
  loose.entities.forEach((entity, i) => {
    const next = typeof entity['id'] === 'string' ? cycles.get(entity['id']) : undefined;
    if (next !== undefined)
      report(
        ['entities', i, 'id'],
        `Expected no entity to contain itself, received "${String(entity['id'])}", which contains "${next}"${next === entity['id'] ? '' : ', which contains it, directly or through other groups'}`,
      );
  });
  resolveAll('metrics');
  resolveAll('facts', (fact, i) => {
    const [metricId, unit] = [fact['metricId'], fact['unit']];
    if (typeof metricId !== 'string') return;
    const metricUnit = byId.metrics.get(metricId)?.['unit'];
    if (metricUnit === undefined) {
      report(['facts', i, 'metricId'], `Expected an ID of metrics, received "${metricId}"`);
    } else if (typeof unit === 'string' && !(metricUnit === 'currency' ? isCurrencyCode(unit) : unit === metricUnit)) {
      report(
        ['facts', i, 'unit'],
        `Expected ${metricUnit === 'currency' ? 'a currency code' : `"${String(metricUnit)}"`} for metric "${metricId}", received "${unit}"`,
      );
    }
  });
  resolveAll('claims');
  resolveAll('notes', (note, i) =>
    readable(note['differences']).forEach((difference, j) => {
      const path = ['notes', i, 'differences', j];
      const ends = (['minuendId', 'subtrahendId'] as const).map((field) => ({ field, fact: resolve(difference[field], 'facts', [...path, field]) }));
      const [minuend, subtrahend] = ends.map((end) => end.fact);
      if (minuend === undefined || subtrahend === undefined) return;
      for (const { field, fact } of ends) {
        if (fact?.['value'] === null) report([...path, field], `Expected a fact with a value to subtract, received "${fact['id']}", whose value is null`);
      }
      if (minuend['unit'] !== subtrahend['unit']) {
        report(
          [...path, 'subtrahendId'],
          `Expected a fact in ${minuend['unit']}, the unit of "${minuend['id']}", received "${subtrahend['id']}" in ${subtrahend['unit']}`,
        );
      }
    }),
  );
}

/** Whether `value` is an object, not an array. @internal */
export function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const NOTHING_READABLE: readonly Loose[] = Object.freeze([]);
const EMPTY_RECORD: Loose = Object.freeze({});

/**
 * The items of `list` as records to read, each item that is no object (a
 * hole among them) as an empty one: nothing, if `list` is no array or has
 * more than `LIMITS.collectionSize` items (which its schema reports without
 * reading them).
 */
function readable(list: unknown): readonly Loose[] {
  if (!Array.isArray(list) || list.length > LIMITS.collectionSize) return NOTHING_READABLE;
  const records = new Array<Loose>(list.length);
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    records[i] = isObject(item) ? item : EMPTY_RECORD;
  }
  return records;
}

/** The first record of `records` with each ID; reports each record whose ID an earlier record of the collection has. */
function firstById(records: readonly Loose[], collection: string, report: Report): ReadonlyMap<string, Loose> {
  const byId = new Map<string, Loose>();
  records.forEach((record, i) => {
    const id = record['id'];
    if (typeof id !== 'string') return;
    if (byId.has(id)) report([collection, i, 'id'], `Expected a unique ID in ${collection}, received "${id}" again`);
    else byId.set(id, record);
  });
  return byId;
}
