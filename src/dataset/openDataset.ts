import { auditConsistency } from '../audit/auditConsistency.js';
import type { ConsistencyFinding } from '../audit/ConsistencyFinding.js';
import { cagrOf } from '../derived/cagrOf.js';
import { growthOf } from '../derived/growthOf.js';
import { ratioOf } from '../derived/ratioOf.js';
import { shareOf } from '../derived/shareOf.js';
import { sumOf } from '../derived/sumOf.js';
import type { ClaimQuery, Dataset, DatasetRecords, FactChoice, FactQuery, RankingOptions } from './Dataset.js';
import { findClaims } from './findClaims.js';
import { findFacts } from './findFacts.js';
import { indexRecords } from './indexRecords.js';
import { requireRecord } from './requireRecord.js';
import { topEntities } from './topEntities.js';

/** The notes of records that have none. */
const NO_NOTES = Object.freeze([]);

/**
 * A {@link Dataset} over `records`, which must already be valid and should be
 * frozen: the built-in records are, and `createDataset` validates and freezes
 * a user's before it calls this. Nothing is indexed until first asked for.
 *
 * The methods are typed by the records' literal types in {@link Dataset};
 * here they work on the plain record types, so the object is cast once.
 *
 * @internal
 */
export function openDataset<const R extends DatasetRecords>(records: R): Dataset<R> {
  const index = indexRecords(records);
  let findings: readonly ConsistencyFinding[] | undefined;
  const dataset = {
    sources: records.sources,
    entities: records.entities,
    metrics: records.metrics,
    facts: records.facts,
    claims: records.claims,
    notes: records.notes ?? NO_NOTES,
    fact: (id: string) => requireRecord(index, 'fact', 'fact', 'id', id),
    entity: (id: string) => requireRecord(index, 'entity', 'entity', 'id', id),
    metric: (id: string) => requireRecord(index, 'metric', 'metric', 'id', id),
    source: (id: string) => requireRecord(index, 'source', 'source', 'id', id),
    claim: (id: string) => requireRecord(index, 'claim', 'claim', 'id', id),
    findFacts: (query?: FactQuery) => findFacts(index, 'findFacts', query),
    findClaims: (query?: ClaimQuery) => findClaims(index, 'findClaims', query),
    topEntities: (metricId: string, n: number, options?: RankingOptions) => topEntities(index, 'topEntities', metricId, n, options),
    topEcosystems: (metricId: string, n: number, options?: RankingOptions) =>
      topEntities(index, 'topEcosystems', metricId, n, options, { kind: 'startup-ecosystem' }),
    growthOf: (entityId: string, metricId: string, fromPeriod: string, toPeriod: string, choice?: FactChoice) =>
      growthOf(index, entityId, metricId, fromPeriod, toPeriod, choice),
    cagrOf: (entityId: string, metricId: string, fromPeriod: string, toPeriod: string, choice?: FactChoice) =>
      cagrOf(index, entityId, metricId, fromPeriod, toPeriod, choice),
    shareOf: (partFactId: string, wholeFactId: string) => shareOf(index, partFactId, wholeFactId),
    ratioOf: (numeratorFactId: string, denominatorFactId: string) => ratioOf(index, numeratorFactId, denominatorFactId),
    sumOf: (factIds: readonly string[]) => sumOf(index, factIds),
    auditConsistency: () => {
      findings ??= auditConsistency(index);
      return [...findings];
    },
  } satisfies Record<keyof Dataset, unknown>;
  return Object.freeze(dataset) as unknown as Dataset<R>;
}
