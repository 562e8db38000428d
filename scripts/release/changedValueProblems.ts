import type { Correction } from '../../src/types.js';
import { compareVersions, isVersion } from './compareVersions.js';
import { mentionsValue } from './mentionsValue.js';
import { highestBump, nextVersion } from './nextVersion.js';
import type { PendingChangeset } from './parseChangeset.js';
import {
  isReleased,
  recordLabel,
  snapshotLabel,
  valueLabel,
  type ReleaseCheckInput,
  type ReleaseProblem,
} from './ReleaseCheck.js';
import { trackedChanges, type TrackedChange } from './trackedChanges.js';

/**
 * The tracked values (`TRACKED_FIELDS`) that differ from the last release
 * without what a correction needs: a ledger entry for that record and field
 * whose `oldValue` is the released value, `newValue` the current one and
 * `release` later than the snapshot's version, and a pending changeset whose
 * text names both values (see `mentionsValue`). Against the unreleased
 * snapshot nothing was published, so a changed value needs only a pending
 * changeset.
 *
 * @param input - the snapshot, the records, the ledger and the pending changesets.
 * @returns One `changed-value` problem per changed field lacking a ledger
 * entry, or, with the entry, lacking a changeset; in `trackedChanges` order.
 * @example
 * ```ts
 * changedValueProblems({ snapshot, records: { ...records, facts: [{ ...paris2024, value: 6 }] }, corrections: [], changesets: [] });
 * // [{ rule: 'changed-value', message: 'fact "paris-amount-2024" value changed from 5 (release 1.0.0) to 6: ...' }]
 * ```
 * @category Release
 */
export function changedValueProblems(input: ReleaseCheckInput): ReleaseProblem[] {
  const { snapshot, records, corrections, changesets } = input;
  const changes = trackedChanges(snapshot, records);
  if (!isReleased(snapshot)) {
    if (highestBump(changesets) !== null) return [];
    return changes.map((change) => ({
      rule: 'changed-value' as const,
      message: `${changeLabel(change)} changed from ${valueLabel(change.oldValue)} (${snapshotLabel(snapshot)}) to ${valueLabel(change.newValue)}: nothing was published, so no ledger entry is needed, but a change to the records needs a pending changeset, and none is pending`,
    }));
  }
  const next = nextVersion(snapshot.version, changesets);
  const release =
    next === null
      ? `${valueLabel(nextVersion(snapshot.version, [{ file: 'patch.md', bump: 'patch', summary: '' }]))} (the version a patch changeset makes; none is pending)`
      : valueLabel(next);
  return changes.flatMap((change): ReleaseProblem[] => {
    const from = `${changeLabel(change)} changed from ${valueLabel(change.oldValue)} (${snapshotLabel(snapshot)}) to ${valueLabel(change.newValue)}`;
    if (!corrections.some((entry) => accountsFor(entry, change, snapshot.version))) {
      return [{
        rule: 'changed-value',
        message: `${from}: a correction needs an entry in the ledger (data/corrections.ts) with recordType ${valueLabel(change.recordType)}, recordId ${valueLabel(change.recordId)}, field ${valueLabel(change.field)}, oldValue ${valueLabel(change.oldValue)}, newValue ${valueLabel(change.newValue)} and release ${release}`,
      }];
    }
    if (!changesets.some((changeset) => namesBoth(changeset, change))) {
      const pending = changesets.some((changeset) => changeset.bump !== null) ? 'no pending changeset names both' : 'no changeset is pending; one must name both';
      return [{
        rule: 'changed-value',
        message: `${from}: the ledger has the entry, but ${pending} ${String(change.oldValue)} and ${String(change.newValue)} (each written as String(value) gives it)`,
      }];
    }
    return [];
  });
}

function changeLabel(change: TrackedChange): string {
  return `${recordLabel(change.recordType, change.recordId)} ${change.field}`;
}

function accountsFor(entry: Correction, change: TrackedChange, releasedVersion: string): boolean {
  return (
    entry.recordType === change.recordType &&
    entry.recordId === change.recordId &&
    entry.field === change.field &&
    entry.oldValue === change.oldValue &&
    entry.newValue === change.newValue &&
    isVersion(entry.release) &&
    compareVersions(entry.release, releasedVersion) > 0
  );
}

function namesBoth(changeset: PendingChangeset, change: TrackedChange): boolean {
  return (
    changeset.bump !== null &&
    mentionsValue(changeset.summary, change.oldValue as Correction['oldValue']) &&
    mentionsValue(changeset.summary, change.newValue as Correction['newValue'])
  );
}
