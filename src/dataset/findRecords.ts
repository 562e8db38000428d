/**
 * The dataset's queries: the facts, or the claims, that match every field
 * given, in the dataset's order, read from the indexes.
 *
 * @internal
 * @module
 */
import { requireOneOf, requireOptions, requireString } from '../arguments.js';
import type { Claim, Fact } from '../types.js';
import { STANCES } from '../vocabulary.js';
import type { ClaimQuery, FactQuery } from './Dataset.js';
import { hasFields, requireFields } from './factFields.js';
import { FACT_KEYS, type FactKey, type RecordIndex } from './indexRecords.js';

/**
 * The facts that match every field of `query`. It starts from the smallest of
 * the indexed lists the query names and filters that by the other fields, so
 * a query costs the size of its answer's candidates, not of the dataset.
 */
export function findFacts(index: RecordIndex, query: FactQuery | undefined): Fact[] {
  const given = requireFields(index, 'findFacts', 'query', query, Object.keys(FACT_KEYS) as FactKey[], true);
  const candidates = Object.entries(given).flatMap(([key, value]) => (value === undefined ? [] : [index.factsBy(key as FactKey).get(value) ?? []]));
  if (candidates.length === 0) return [...index.records.facts];
  return candidates.reduce((a, b) => (b.length < a.length ? b : a)).filter((fact) => hasFields(index, fact, given));
}

/** The claims that match every field of `query`, from the index of claims by entity or by source, then by stance. */
export function findClaims(index: RecordIndex, query: ClaimQuery | undefined): Claim[] {
  const { stance, ...fields } = requireOptions('findClaims', 'query', query, ['entityId', 'sourceId', 'stance']);
  if (stance !== undefined) {
    requireString('findClaims', 'query.stance', stance);
    requireOneOf('findClaims', 'query.stance', stance, STANCES, `a stance (${STANCES.join(', ')})`);
  }
  const { entityId, sourceId } = requireFields(index, 'findClaims', 'query', fields as ClaimQuery, ['entityId', 'sourceId']);
  const candidates =
    entityId !== undefined ? index.claimsByEntity().get(entityId) : sourceId !== undefined ? index.claimsBySource().get(sourceId) : index.records.claims;
  return (candidates ?? []).filter(
    (claim) => (sourceId === undefined || claim.citation.sourceId === sourceId) && (stance === undefined || claim.stance === stance),
  );
}
