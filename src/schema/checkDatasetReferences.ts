import type { DatasetRecords } from '../dataset/Dataset.js';
import { containmentCycles } from '../dataset/containment.js';
import { indexRecords } from '../dataset/indexRecords.js';
import { LIMITS } from '../limits.js';
import { RECORD_COLLECTIONS, isCurrencyCode } from '../vocabulary.js';

/** Where a problem is, from the dataset down. */
export type Path = readonly PropertyKey[];

/** Records a problem at a path. */
export type Report = (path: Path, message: string) => void;

type Loose = Readonly<Record<string, unknown>>;

/**
 * The checks across a dataset's records, which no record's own schema can
 * make: IDs unique within each collection; every `entityId`, `metricId`,
 * `sourceId`, group member, `subsetOf`, `excludes` and metric `baseEntityId`
 * resolving to a record; every fact's unit suiting its metric; and no group
 * containing itself, directly or through other groups. Each problem is
 * reported with its path.
 *
 * The input is read defensively, through the record index (which keeps only
 * what it can read), so these checks also run on records that fail their own
 * schemas: a dataset with a malformed fact still has its dangling references
 * reported, and a value of the wrong type is left to the record's own issue.
 *
 * @internal
 */
export function checkDatasetReferences(input: unknown, report: Report): void {
  const dataset = (isObject(input) ? input : {}) as Loose;
  const loose = Object.fromEntries(Object.values(RECORD_COLLECTIONS).map((name) => [name, readable(dataset[name])])) as Record<
    (typeof RECORD_COLLECTIONS)[keyof typeof RECORD_COLLECTIONS],
    readonly Loose[]
  >;
  const { notes } = loose;
  const index = indexRecords(loose as unknown as DatasetRecords);
  for (const name of Object.values(RECORD_COLLECTIONS)) reportRepeatedIds(loose[name], name, report);

  const known = {
    entities: index.entitiesById,
    sources: index.sourcesById,
    metrics: index.metricsById,
    facts: index.factsById,
    claims: index.claimsById,
  } as const;
  /** Whether `id` is an ID that names no record of `collection` (a value that is no string is left to the record's own schema). */
  const dangles = (collection: keyof typeof known, id: unknown): id is string => typeof id === 'string' && !known[collection]().has(id);
  const expected = (collection: keyof typeof known, id: string) => `Expected an ID of ${collection}, received "${id}"`;
  const resolve = (collection: keyof typeof known, id: unknown, at: string, i: number, field: string) => {
    if (dangles(collection, id)) report([at, i, field], expected(collection, id));
  };
  const resolveAll = (collection: keyof typeof known, list: unknown, at: string, i: number, field: string) => {
    if (!Array.isArray(list) || list.length > LIMITS.collectionSize) return;
    for (let j = 0; j < list.length; j++) {
      const id: unknown = list[j];
      if (dangles(collection, id)) report([at, i, field, j], expected(collection, id));
    }
  };

  loose.entities.forEach((entity, i) => {
    resolveAll('entities', entity['members'], 'entities', i, 'members');
    resolve('entities', entity['subsetOf'], 'entities', i, 'subsetOf');
    resolveAll('entities', entity['excludes'], 'entities', i, 'excludes');
  });
  const cycles = containmentCycles(index);
  loose.entities.forEach((entity, i) => {
    const chain = typeof entity['id'] === 'string' ? cycles.get(entity['id']) : undefined;
    if (chain !== undefined) report(['entities', i, 'id'], `Expected no entity to contain itself, received "${String(entity['id'])}" in ${chain.join(' > ')}`);
  });

  loose.metrics.forEach((metric, i) => {
    resolve('entities', metric['baseEntityId'], 'metrics', i, 'baseEntityId');
  });

  const metrics = known.metrics();
  const facts = loose.facts;
  for (let i = 0; i < facts.length; i++) {
    const fact = facts[i]!;
    resolve('entities', fact['entityId'], 'facts', i, 'entityId');
    const citation = fact['citation'];
    if (isObject(citation) && dangles('sources', citation['sourceId'])) {
      report(['facts', i, 'citation', 'sourceId'], expected('sources', citation['sourceId']));
    }
    const metricId = fact['metricId'];
    if (typeof metricId !== 'string') continue;
    const metricUnit = metrics.get(metricId)?.unit;
    const unit = fact['unit'];
    if (metricUnit === undefined) {
      report(['facts', i, 'metricId'], expected('metrics', metricId));
    } else if (typeof unit === 'string' && !(metricUnit === 'currency' ? isCurrencyCode(unit) : unit === metricUnit)) {
      report(
        ['facts', i, 'unit'],
        `Expected ${metricUnit === 'currency' ? 'a currency code' : `"${String(metricUnit)}"`} for metric "${metricId}", received "${unit}"`,
      );
    }
  }

  loose.claims.forEach((claim, i) => {
    resolveAll('entities', claim['entityIds'], 'claims', i, 'entityIds');
    const citation = claim['citation'];
    if (isObject(citation) && dangles('sources', citation['sourceId'])) {
      report(['claims', i, 'citation', 'sourceId'], expected('sources', citation['sourceId']));
    }
  });

  notes.forEach((note, i) => {
    resolveAll('entities', note['entityIds'], 'notes', i, 'entityIds');
    resolveAll('facts', note['factIds'], 'notes', i, 'factIds');
    resolveAll('claims', note['claimIds'], 'notes', i, 'claimIds');
    readable(note['differences']).forEach((difference, j) => {
      const path = ['notes', i, 'differences', j];
      const ids = [difference['minuendId'], difference['subtrahendId']] as const;
      if (dangles('facts', ids[0])) report([...path, 'minuendId'], expected('facts', ids[0]));
      if (dangles('facts', ids[1])) report([...path, 'subtrahendId'], expected('facts', ids[1]));
      const [minuend, subtrahend] = ids.map((id) => (typeof id === 'string' ? known.facts().get(id) : undefined));
      if (minuend === undefined || subtrahend === undefined) return;
      for (const [fact, field] of [
        [minuend, 'minuendId'],
        [subtrahend, 'subtrahendId'],
      ] as const) {
        if (fact.value === null) report([...path, field], `Expected a fact with a value to subtract, received "${fact.id}", whose value is null`);
      }
      if (minuend.unit !== subtrahend.unit) {
        report([...path, 'subtrahendId'], `Expected a fact in ${minuend.unit}, the unit of "${minuend.id}", received "${subtrahend.id}" in ${subtrahend.unit}`);
      }
    });
  });
}

function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const NOTHING_READABLE: readonly Loose[] = Object.freeze([]);
const EMPTY_RECORD: Loose = Object.freeze({});

/**
 * The items of `list` as records to read, each item that is no object (a
 * hole among them) as an empty one: nothing, if `list` is no array or has
 * more than `LIMITS.collectionSize` items (which its schema reports).
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

/** Reports each record whose ID an earlier record of the collection has. */
function reportRepeatedIds(records: readonly Loose[], collection: string, report: Report): void {
  const seen = new Set<string>();
  for (let i = 0; i < records.length; i++) {
    const id = records[i]!['id'];
    if (typeof id !== 'string') continue;
    if (seen.has(id)) report([collection, i, 'id'], `Expected a unique ID in ${collection}, received "${id}" again`);
    else seen.add(id);
  }
}
