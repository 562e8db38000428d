import { brand } from '../errors.js';
import { auditConsistency } from '../audit/auditConsistency.js';
import type { ConsistencyFinding } from '../audit/ConsistencyFinding.js';
import { growthOf } from '../derived/growthOf.js';
import { quotientOf } from '../derived/quotientOf.js';
import { sumOf } from '../derived/sumOf.js';
import type { Dataset, DatasetRecords } from './Dataset.js';
import { findClaims, findFacts } from './findRecords.js';
import { indexRecords } from './indexRecords.js';
import { type RecordKind, requireRecord } from './requireRecord.js';
import { topEntities } from './topEntities.js';

/**
 * A {@link Dataset} over `records`, which must already be valid and should be
 * frozen: the built-in records are, and `createDataset` validates and freezes
 * a user's before it calls this. Nothing is indexed until first asked for.
 *
 * The methods take their parameter types from {@link Dataset}; they work on
 * the plain record types (the lookups and rankings cast what they return to
 * the literal ones), and the object is cast once to the records' literal types.
 * It carries the brand `Dataset` (not enumerable, so a spread copy loses it),
 * by which `requireDataset` knows a dataset whose records were validated.
 *
 * @internal
 */
export function openDataset<const R extends DatasetRecords>(records: R): Dataset<R> {
  const index = indexRecords(records);
  const lookup = (kind: RecordKind) => (id: string) => requireRecord(index, kind, kind, 'id', id) as never;
  let findings: readonly ConsistencyFinding[] | undefined;
  const dataset: Dataset = {
    sources: records.sources,
    entities: records.entities,
    metrics: records.metrics,
    facts: records.facts,
    claims: records.claims,
    notes: records.notes ?? Object.freeze([]),
    fact: lookup('fact'),
    entity: lookup('entity'),
    metric: lookup('metric'),
    source: lookup('source'),
    claim: lookup('claim'),
    findFacts: (query) => findFacts(index, query),
    findClaims: (query) => findClaims(index, query),
    topEntities: (metricId, n, options) => topEntities(index, 'topEntities', metricId, n, options) as never,
    topEcosystems: (metricId, n, options) => topEntities(index, 'topEcosystems', metricId, n, options, { kind: 'startup-ecosystem' }) as never,
    growthOf: (...args) => growthOf(index, 'growthOf', ...args),
    cagrOf: (...args) => growthOf(index, 'cagrOf', ...args),
    shareOf: (...args) => quotientOf(index, 'shareOf', ...args),
    ratioOf: (...args) => quotientOf(index, 'ratioOf', ...args),
    sumOf: (factIds) => sumOf(index, factIds),
    auditConsistency: () => {
      findings ??= auditConsistency(index);
      return [...findings];
    },
  };
  Object.defineProperty(dataset, brand('Dataset'), { value: true });
  return Object.freeze(dataset) as unknown as Dataset<R>;
}
