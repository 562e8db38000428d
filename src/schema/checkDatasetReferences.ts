import type { DatasetRecords } from '../dataset/Dataset.js';
import { containmentCycles } from '../dataset/containment.js';
import { indexRecords } from '../dataset/indexRecords.js';
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
  const loose = Object.fromEntries(
    Object.values(RECORD_COLLECTIONS).map((name) => {
      const list = dataset[name];
      return [name, Array.isArray(list) ? list.map((record: unknown) => (isObject(record) ? record : {})) : []];
    }),
  ) as unknown as Record<keyof DatasetRecords, Loose[]>;
  const notes = Array.isArray(dataset['notes']) ? dataset['notes'].map((note: unknown) => (isObject(note) ? note : {})) : [];
  const index = indexRecords(loose as unknown as DatasetRecords);
  for (const name of Object.values(RECORD_COLLECTIONS)) reportRepeatedIds(loose[name], name, report);
  reportRepeatedIds(notes, 'notes', report);

  const known = {
    entities: index.entitiesById(),
    sources: index.sourcesById(),
    metrics: index.metricsById(),
    facts: index.factsById(),
    claims: index.claimsById(),
  } as const;
  const resolve = (collection: keyof typeof known, id: unknown, path: Path) => {
    if (typeof id === 'string' && !known[collection].has(id)) report(path, `Expected an ID of ${collection}, received "${id}"`);
  };
  const resolveAll = (collection: keyof typeof known, list: unknown, path: Path) => {
    if (Array.isArray(list)) list.forEach((id, j) => resolve(collection, id, [...path, j]));
  };

  loose.entities.forEach((entity, i) => {
    resolveAll('entities', entity['members'], ['entities', i, 'members']);
    resolve('entities', entity['subsetOf'], ['entities', i, 'subsetOf']);
    resolveAll('entities', entity['excludes'], ['entities', i, 'excludes']);
  });
  const cycles = containmentCycles(index);
  loose.entities.forEach((entity, i) => {
    const chain = typeof entity['id'] === 'string' ? cycles.get(entity['id']) : undefined;
    if (chain !== undefined) report(['entities', i, 'id'], `Expected no entity to contain itself, received "${String(entity['id'])}" in ${chain.join(' > ')}`);
  });

  loose.metrics.forEach((metric, i) => resolve('entities', metric['baseEntityId'], ['metrics', i, 'baseEntityId']));

  loose.facts.forEach((fact, i) => {
    resolve('entities', fact['entityId'], ['facts', i, 'entityId']);
    const citation = fact['citation'];
    if (isObject(citation)) resolve('sources', citation['sourceId'], ['facts', i, 'citation', 'sourceId']);
    if (typeof fact['metricId'] !== 'string') return;
    const metricUnit = known.metrics.get(fact['metricId'])?.unit;
    if (metricUnit === undefined) {
      resolve('metrics', fact['metricId'], ['facts', i, 'metricId']);
    } else if (typeof fact['unit'] === 'string' && !(metricUnit === 'currency' ? isCurrencyCode(fact['unit']) : fact['unit'] === metricUnit)) {
      report(
        ['facts', i, 'unit'],
        `Expected ${metricUnit === 'currency' ? 'a currency code' : `"${String(metricUnit)}"`} for metric "${fact['metricId']}", received "${fact['unit']}"`,
      );
    }
  });

  loose.claims.forEach((claim, i) => {
    resolveAll('entities', claim['entityIds'], ['claims', i, 'entityIds']);
    const citation = claim['citation'];
    if (isObject(citation)) resolve('sources', citation['sourceId'], ['claims', i, 'citation', 'sourceId']);
  });

  notes.forEach((note, i) => {
    resolveAll('entities', note['entityIds'], ['notes', i, 'entityIds']);
    resolveAll('facts', note['factIds'], ['notes', i, 'factIds']);
    resolveAll('claims', note['claimIds'], ['notes', i, 'claimIds']);
    const differences = note['differences'];
    if (!Array.isArray(differences)) return;
    differences.forEach((difference: unknown, j) => {
      if (!isObject(difference)) return;
      const path = ['notes', i, 'differences', j];
      resolve('facts', difference['minuendId'], [...path, 'minuendId']);
      resolve('facts', difference['subtrahendId'], [...path, 'subtrahendId']);
      const [minuend, subtrahend] = [difference['minuendId'], difference['subtrahendId']].map((id) =>
        typeof id === 'string' ? known.facts.get(id) : undefined,
      );
      if (minuend === undefined || subtrahend === undefined) return;
      for (const [fact, field] of [[minuend, 'minuendId'], [subtrahend, 'subtrahendId']] as const) {
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

/** Reports each record whose ID an earlier record of the collection has. */
function reportRepeatedIds(records: readonly Loose[], collection: string, report: Report): void {
  const seen = new Set<string>();
  records.forEach((record, i) => {
    const id = record['id'];
    if (typeof id !== 'string') return;
    if (seen.has(id)) report([collection, i, 'id'], `Expected a unique ID in ${collection}, received "${id}" again`);
    seen.add(id);
  });
}
