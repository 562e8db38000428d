import { appendTo, getOrInsert, groupBy } from '../grouping.js';
import type { Fact } from '../types.js';
import type { DatasetRecords } from './Dataset.js';

/** The fields of a fact that {@link RecordIndex} indexes, and how to read each. */
export const FACT_KEYS = {
  entityId: (fact: Fact) => fact.entityId,
  metricId: (fact: Fact) => fact.metricId,
  period: (fact: Fact) => fact.period,
  sourceId: (fact: Fact) => fact.citation.sourceId,
  status: (fact: Fact) => fact.status,
  unit: (fact: Fact) => fact.unit,
} as const;

/** A field of a fact that is indexed. */
export type FactKey = keyof typeof FACT_KEYS;

/**
 * The records of a dataset and their indexes, each built on first use and
 * kept: maps from ID to record, and from each indexed field's value to the
 * facts (or claims) that have it, in the dataset's order. The one index of the
 * package: the dataset's methods, the schema's checks across records, the
 * published tables and the data dictionary all read the records through it.
 *
 * It reads defensively, so that the schema's checks can run on records that
 * fail their own schemas: a record whose ID is not a string is in no map by
 * ID, the first of two records with one ID is the one found, and a group's
 * `members` that is not an array contains nothing.
 *
 * @internal
 */
export type RecordIndex = ReturnType<typeof indexRecords>;

/**
 * Wraps `records` in a {@link RecordIndex}. Nothing is built until a map is
 * first asked for, so making the index costs nothing.
 *
 * @internal
 */
export function indexRecords(records: DatasetRecords) {
  const factMaps = new Map<FactKey, ReadonlyMap<string | null, readonly Fact[]>>();
  return {
    records,
    sourcesById: once(() => byId(records.sources)),
    entitiesById: once(() => byId(records.entities)),
    metricsById: once(() => byId(records.metrics)),
    factsById: once(() => byId(records.facts)),
    claimsById: once(() => byId(records.claims)),
    factsBy: (key: FactKey) => getOrInsert(factMaps, key, () => groupBy(records.facts, (fact) => [FACT_KEYS[key](fact)])),
    claimsByEntity: once(() => groupBy(records.claims, (claim) => claim.entityIds)),
    claimsBySource: once(() => groupBy(records.claims, (claim) => [claim.citation.sourceId])),
    /** For each group, the entities it contains directly: its members, and the entities that are subsets of it (an entity listed both ways comes twice). */
    containedBy: once((): ReadonlyMap<string, readonly string[]> => {
      const map = new Map<string, string[]>();
      for (const entity of records.entities) {
        if (Array.isArray(entity.members)) for (const member of entity.members) appendTo(map, entity.id, member);
        if (entity.subsetOf !== undefined) appendTo(map, entity.subsetOf, entity.id);
      }
      return map;
    }),
  };
}

function once<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => {
    built ??= { value: build() };
    return built.value;
  };
}

/** The records by ID: the first of each ID that is a string. */
function byId<T extends { readonly id: string }>(records: readonly T[]): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const record of records) if (typeof record.id === 'string' && !map.has(record.id)) map.set(record.id, record);
  return map;
}
