import type { RecordType } from '../../src/types.js';
import {
  NOTHING_PUBLISHED,
  pendingLabel,
  pendingRelease,
  recordLabel,
  type ReleaseCheckInput,
  type ReleaseProblem,
  type ReleaseRecords,
} from './ReleaseCheck.js';
import { RECORD_COLLECTIONS, RECORD_TYPES } from '../../src/vocabulary.js';

const NO_RECORDS: ReleaseRecords = { sources: [], entities: [], metrics: [], facts: [], claims: [], notes: [], corrections: [] };

/**
 * The IDs of the last release that no longer exist, in any collection
 * (removed, or renamed, which is the same to a user who looks the old ID up):
 * each needs a pending major changeset. Before the first release nothing can
 * be gone.
 *
 * @param input - the last release, the records and the release plan.
 * @returns One `removed-id` problem per missing ID, in collection order, then
 * the last release's order; empty when none is missing or a major changeset
 * is pending.
 * @example
 * ```ts
 * removedIdProblems({ lastRelease, records: { ...records, facts: [] }, plan: { changesets: [], releases: [] } });
 * // [{ rule: 'removed-id', message: 'fact "paris-amount-2024" of release 1.0.0 no longer exists ...' }]
 * ```
 * @category Release
 */
export function removedIdProblems({ lastRelease, records, plan }: ReleaseCheckInput): ReleaseProblem[] {
  if (lastRelease === null || pendingRelease(plan)?.type === 'major') return [];
  return missingIds(lastRelease.records, records).map(({ recordType, id }) => ({
    rule: 'removed-id',
    message: `${recordLabel(recordType, id)} of release ${lastRelease.version} no longer exists (removed or renamed): removing or renaming an ID needs a major changeset, and ${pendingLabel(plan)}`,
  }));
}

/**
 * The IDs that are new since the last release, in any collection: each needs
 * a pending minor or major changeset, as new records are a minor release.
 * Before the first release every ID is new, and any pending changeset will
 * do.
 *
 * @param input - the last release, the records and the release plan.
 * @returns One `new-id` problem per new ID, in collection order, then the
 * records' order; empty when there is none or the pending bump suffices.
 * @example
 * ```ts
 * newIdProblems({ lastRelease, records: { ...records, facts: [...records.facts, newFact] }, plan: { changesets: [], releases: [] } });
 * // [{ rule: 'new-id', message: 'fact "paris-amount-2025" is new since release 1.0.0: ...' }]
 * ```
 * @category Release
 */
export function newIdProblems({ lastRelease, records, plan }: ReleaseCheckInput): ReleaseProblem[] {
  const bump = pendingRelease(plan)?.type;
  if (lastRelease === null ? bump !== undefined : bump === 'minor' || bump === 'major') return [];
  return missingIds(records, lastRelease?.records ?? NO_RECORDS).map(({ recordType, id }) => ({
    rule: 'new-id',
    message:
      lastRelease === null
        ? `${recordLabel(recordType, id)} is new, and ${NOTHING_PUBLISHED}: the first release needs a pending changeset, and none is pending`
        : `${recordLabel(recordType, id)} is new since release ${lastRelease.version}: a new ID needs a minor changeset, and ${pendingLabel(plan)}`,
  }));
}

/** The IDs of `from` that `other` lacks, in collection order, then `from`'s order. */
function missingIds(from: ReleaseRecords, other: ReleaseRecords): { recordType: RecordType; id: string }[] {
  return RECORD_TYPES.flatMap((recordType) => {
    const present = new Set(other[RECORD_COLLECTIONS[recordType]].map((record) => record.id));
    return from[RECORD_COLLECTIONS[recordType]].filter((record) => !present.has(record.id)).map((record) => ({ recordType, id: record.id }));
  });
}
