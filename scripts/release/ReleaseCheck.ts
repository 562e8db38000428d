/**
 * What the release check reads and what it reports.
 *
 * @module
 */
import type { Correction, RecordType } from '../../src/types.js';
import type { BumpType, PendingChangeset } from './parseChangeset.js';
import { UNRELEASED_VERSION, type ReleaseRecords, type ReleaseSnapshot } from './releaseSnapshot.js';

/**
 * Everything the release check compares: the snapshot of the last release,
 * the records and the corrections ledger as they are now, and the pending
 * changesets.
 *
 * @example
 * ```ts
 * const input: ReleaseCheckInput = { snapshot, records: { sources, entities, metrics, facts, claims }, corrections, changesets: [] };
 * ```
 * @category Release
 */
export interface ReleaseCheckInput {
  readonly snapshot: ReleaseSnapshot;
  readonly records: ReleaseRecords;
  readonly corrections: readonly Correction[];
  readonly changesets: readonly PendingChangeset[];
}

/**
 * The rule of the versioning policy a problem breaks:
 *
 * - `removed-id`: an ID of the last release is gone (removed or renamed) without a major changeset.
 * - `new-id`: a new ID without a minor (or major) changeset.
 * - `changed-value`: a tracked value differs from the last release without a ledger entry and a changeset naming both values.
 * - `ledger`: a ledger entry of a release was edited or removed, or a new entry does not fit the last release, the records or the pending changesets.
 *
 * @example
 * ```ts
 * const rule: ReleaseRule = 'changed-value';
 * ```
 * @category Release
 */
export type ReleaseRule = 'removed-id' | 'new-id' | 'changed-value' | 'ledger';

/**
 * One problem the release check found: the rule and a message that names the
 * record, the values and what would resolve it.
 *
 * @example
 * ```ts
 * const problem: ReleaseProblem = { rule: 'new-id', message: 'fact "paris-amount-2025" is new since release 1.0.0: ...' };
 * ```
 * @category Release
 */
export interface ReleaseProblem {
  readonly rule: ReleaseRule;
  readonly message: string;
}

/**
 * How a message names a record: `fact "china-ai-vc-investment-2024"`.
 *
 * @example
 * ```ts
 * recordLabel('fact', 'china-ai-vc-investment-2024'); // 'fact "china-ai-vc-investment-2024"'
 * ```
 * @category Release
 */
export function recordLabel(recordType: RecordType, id: string): string {
  return `${recordType} ${JSON.stringify(id)}`;
}

/**
 * How a message names a value: as JSON, so that `"76"` (a string) and `76` (a
 * number) and `null` differ; `undefined` for a missing field.
 *
 * @example
 * ```ts
 * valueLabel('lower-bound'); // '"lower-bound"'
 * valueLabel(76_000_000_000); // '76000000000'
 * ```
 * @category Release
 */
export function valueLabel(value: unknown): string {
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

/**
 * How a message names the snapshot: `release 1.0.0`, or for the snapshot of
 * no release `the unreleased snapshot (0.0.0)`.
 *
 * @example
 * ```ts
 * snapshotLabel({ ...snapshot, version: '1.0.0' }); // 'release 1.0.0'
 * ```
 * @category Release
 */
export function snapshotLabel(snapshot: ReleaseSnapshot): string {
  return isReleased(snapshot) ? `release ${snapshot.version}` : `the unreleased snapshot (${snapshot.version})`;
}

/**
 * How a message names the largest pending bump.
 *
 * @example
 * ```ts
 * pendingLabel('patch'); // 'the highest pending is patch'
 * pendingLabel(null); // 'none is pending'
 * ```
 * @category Release
 */
export function pendingLabel(bump: BumpType | null): string {
  return bump === null ? 'none is pending' : `the highest pending is ${bump}`;
}

/**
 * Whether the snapshot records a published release, rather than the version
 * before the first (`UNRELEASED_VERSION`).
 *
 * @example
 * ```ts
 * isReleased({ ...snapshot, version: '0.0.0' }); // false
 * ```
 * @category Release
 */
export function isReleased(snapshot: ReleaseSnapshot): boolean {
  return snapshot.version !== UNRELEASED_VERSION;
}
