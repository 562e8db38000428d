import semver from 'semver';
import type { Correction } from '../../src/types.js';
import { mentionsValue } from './mentionsValue.js';
import { pendingRelease, recordLabel, valueLabel, type ReleaseCheckInput, type ReleasePlan, type ReleaseProblem } from './ReleaseCheck.js';
import { trackedChanges, type TrackedChange } from './trackedChanges.js';

/**
 * The tracked values (`TRACKED_FIELDS`) that differ from the last release
 * without what a correction needs: a ledger entry for that record and field
 * whose `oldValue` is the released value, `newValue` the current one and
 * `release` later than the last release, and a pending changeset whose text
 * names both values (see `mentionsValue`). Before the first release nothing
 * was published, so nothing can have changed.
 *
 * @param input - the last release, the records and the ledger, and the release plan.
 * @returns One `changed-value` problem per changed field lacking a ledger
 * entry, or, with the entry, lacking a changeset; in `trackedChanges` order.
 * @example
 * ```ts
 * changedValueProblems({ lastRelease, records: { ...records, facts: [{ ...paris2024, value: 6 }] }, plan: { changesets: [], releases: [] } });
 * // [{ rule: 'changed-value', message: 'fact "paris-amount-2024" value changed from 5 (release 1.0.0) to 6: ...' }]
 * ```
 * @category Release
 */
export function changedValueProblems({ lastRelease, records, plan }: ReleaseCheckInput): ReleaseProblem[] {
  if (lastRelease === null) return [];
  const { version } = lastRelease;
  const next = pendingRelease(plan)?.newVersion;
  const release = next === undefined ? `${valueLabel(semver.inc(version, 'patch'))} (the version a patch changeset makes; none is pending)` : valueLabel(next);
  return trackedChanges(lastRelease.records, records).flatMap((change): ReleaseProblem[] => {
    const from = `${recordLabel(change.recordType, change.recordId)} ${change.field} changed from ${valueLabel(change.oldValue)} (release ${version}) to ${valueLabel(change.newValue)}`;
    if (!records.corrections.some((entry) => accountsFor(entry, change, version))) {
      return [
        {
          rule: 'changed-value',
          message: `${from}: a correction needs an entry in the ledger (data/corrections.ts) with recordType ${valueLabel(change.recordType)}, recordId ${valueLabel(change.recordId)}, field ${valueLabel(change.field)}, oldValue ${valueLabel(change.oldValue)}, newValue ${valueLabel(change.newValue)} and release ${release}`,
        },
      ];
    }
    if (!plan.changesets.some((changeset) => namesBoth(changeset, change))) {
      const pending = next === undefined ? 'no changeset is pending; one must name both' : 'no pending changeset names both';
      return [
        {
          rule: 'changed-value',
          message: `${from}: the ledger has the entry, but ${pending} ${String(change.oldValue)} and ${String(change.newValue)} (each written as String(value) gives it)`,
        },
      ];
    }
    return [];
  });
}

function accountsFor(entry: Correction, change: TrackedChange, releasedVersion: string): boolean {
  return (
    entry.recordType === change.recordType &&
    entry.recordId === change.recordId &&
    entry.field === change.field &&
    entry.oldValue === change.oldValue &&
    entry.newValue === change.newValue &&
    semver.valid(entry.release) !== null &&
    semver.gt(entry.release, releasedVersion)
  );
}

function namesBoth(changeset: ReleasePlan['changesets'][number], change: TrackedChange): boolean {
  return (
    changeset.releases.some((release) => release.type !== 'none') &&
    mentionsValue(changeset.summary, change.oldValue) &&
    mentionsValue(changeset.summary, change.newValue)
  );
}
