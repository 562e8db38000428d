import type { RecordType } from '../../src/types.js';
import { highestBump } from './nextVersion.js';
import {
  isReleased,
  pendingLabel,
  recordLabel,
  snapshotLabel,
  type ReleaseCheckInput,
  type ReleaseProblem,
} from './ReleaseCheck.js';
import { COLLECTION_OF } from './trackedFields.js';

const RECORD_TYPES = Object.keys(COLLECTION_OF) as RecordType[];

/**
 * The IDs of the last release that no longer exist, in any collection
 * (removed, or renamed, which is the same to a user who looks the old ID up).
 * After a published release each needs a pending major changeset; against
 * the unreleased snapshot, which nobody could read, any pending changeset
 * will do.
 *
 * @param input - the snapshot, the records and the pending changesets.
 * @returns One `removed-id` problem per missing ID, in collection order, then
 * the snapshot's (sorted) order; empty when none is missing or the changesets
 * allow it.
 * @example
 * ```ts
 * removedIdProblems({ snapshot, records: { ...records, facts: [] }, corrections: [], changesets: [] });
 * // [{ rule: 'removed-id', message: 'fact "paris-amount-2024" of release 1.0.0 no longer exists ...' }]
 * ```
 * @category Release
 */
export function removedIdProblems(input: ReleaseCheckInput): ReleaseProblem[] {
  const { snapshot, records, changesets } = input;
  const bump = highestBump(changesets);
  const released = isReleased(snapshot);
  if (released ? bump === 'major' : bump !== null) return [];
  const needed = released
    ? `removing or renaming an ID needs a major changeset, and ${pendingLabel(bump)}`
    : `nothing was published, so no major changeset is needed, but a change to the records needs a pending changeset, and none is pending`;
  return RECORD_TYPES.flatMap((recordType) => {
    const collection = COLLECTION_OF[recordType];
    const current = new Set(records[collection].map((record) => record.id));
    return snapshot.ids[collection]
      .filter((id) => !current.has(id))
      .map((id) => ({
        rule: 'removed-id' as const,
        message: `${recordLabel(recordType, id)} of ${snapshotLabel(snapshot)} no longer exists (removed or renamed): ${needed}`,
      }));
  });
}

/**
 * The IDs that are new since the last release, in any collection: each needs
 * a pending changeset of at least a minor bump, as new records are a minor
 * release.
 *
 * @param input - the snapshot, the records and the pending changesets.
 * @returns One `new-id` problem per new ID, in collection order, then the
 * records' order; empty when there is none or a minor or major changeset is
 * pending.
 * @example
 * ```ts
 * newIdProblems({ snapshot, records: { ...records, facts: [...records.facts, newFact] }, corrections: [], changesets: [] });
 * // [{ rule: 'new-id', message: 'fact "paris-amount-2025" is new since release 1.0.0: ...' }]
 * ```
 * @category Release
 */
export function newIdProblems(input: ReleaseCheckInput): ReleaseProblem[] {
  const { snapshot, records, changesets } = input;
  const bump = highestBump(changesets);
  if (bump === 'minor' || bump === 'major') return [];
  return RECORD_TYPES.flatMap((recordType) => {
    const collection = COLLECTION_OF[recordType];
    const released = new Set(snapshot.ids[collection]);
    return records[collection]
      .filter((record) => !released.has(record.id))
      .map((record) => ({
        rule: 'new-id' as const,
        message: `${recordLabel(recordType, record.id)} is new since ${snapshotLabel(snapshot)}: a new ID needs a minor changeset, and ${pendingLabel(bump)}`,
      }));
  });
}
