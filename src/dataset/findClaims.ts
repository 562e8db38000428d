import type { Claim } from '../types.js';
import { requireFields } from './requireFields.js';
import type { ClaimQuery } from './Dataset.js';
import type { RecordIndex } from './indexRecords.js';

/**
 * The claims that match every field of `query`, in the dataset's order, from
 * the index of claims by entity and by source.
 *
 * @internal
 */
export function findClaims(index: RecordIndex, fn: string, query: ClaimQuery | undefined): Claim[] {
  const { entityId, sourceId } = requireFields(index, fn, 'query', query, ['entityId', 'sourceId']);
  const candidates =
    entityId !== undefined
      ? (index.claimsByEntity().get(entityId) ?? [])
      : sourceId !== undefined
        ? (index.claimsBySource().get(sourceId) ?? [])
        : index.records.claims;
  return candidates.filter((claim) => sourceId === undefined || claim.citation.sourceId === sourceId);
}
