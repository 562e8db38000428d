/**
 * What the release check reads and what it reports, and how its messages name
 * records, values and releases.
 *
 * @module
 */
import type getReleasePlan from '@changesets/get-release-plan';
import type { Correction, RecordType } from '../../src/types.js';

/**
 * The records and the corrections ledger as `data/index.ts` exports them, of
 * the working tree or of a release. Only IDs are typed: a release may have
 * published another record shape, so tracked fields are read by `valueAt`.
 *
 * @example
 * ```ts
 * const records: ReleaseRecords = { sources: [{ id: 'report' }], entities: [], metrics: [], facts: [], claims: [], notes: [], corrections: [] };
 * ```
 * @category Release
 */
export interface ReleaseRecords {
  readonly sources: readonly { readonly id: string }[];
  readonly entities: readonly { readonly id: string }[];
  readonly metrics: readonly { readonly id: string }[];
  readonly facts: readonly { readonly id: string }[];
  readonly claims: readonly { readonly id: string }[];
  readonly notes: readonly { readonly id: string }[];
  readonly corrections: readonly Correction[];
}

/**
 * What the last release published: its version (package.json's, whose tag
 * `v<version>` marks it) and its records and ledger.
 *
 * @example
 * ```ts
 * const lastRelease: LastRelease = { version: '1.0.0', records };
 * ```
 * @category Release
 */
export interface LastRelease {
  readonly version: string;
  readonly records: ReleaseRecords;
}

/**
 * The part of changesets' release plan (`getReleasePlan`) the check reads:
 * the pending changesets, each with its summary and bump, and the release
 * they make (`oldVersion`, `newVersion`, `type`).
 *
 * @example
 * ```ts
 * const plan: ReleasePlan = {
 *   changesets: [{ id: 'fix', summary: 'Correct ... from 5 to 6.', releases: [{ name: 'ai-investment-facts', type: 'patch' }] }],
 *   releases: [{ name: 'ai-investment-facts', type: 'patch', oldVersion: '1.0.0', newVersion: '1.0.1', changesets: ['fix'] }],
 * };
 * ```
 * @category Release
 */
export type ReleasePlan = Pick<Awaited<ReturnType<typeof getReleasePlan>>, 'changesets' | 'releases'>;

/**
 * Everything the release check compares: what the last release published
 * (`null` when nothing has been), the records and the ledger as they are now,
 * and the release plan of the pending changesets.
 *
 * @example
 * ```ts
 * const input: ReleaseCheckInput = { lastRelease: null, records, plan: { changesets: [], releases: [] } };
 * ```
 * @category Release
 */
export interface ReleaseCheckInput {
  readonly lastRelease: LastRelease | null;
  readonly records: ReleaseRecords;
  readonly plan: ReleasePlan;
}

/**
 * The rule of the versioning policy a problem breaks:
 *
 * - `removed-id`: an ID of the last release is gone (removed or renamed) without a major changeset.
 * - `new-id`: a new ID without a minor (or major) changeset; before the first release, without any.
 * - `changed-value`: a tracked value differs from the last release without a ledger entry and a changeset naming both values.
 * - `ledger`: a ledger entry of the last release was edited or removed, or a new entry does not fit the last release, the records or the release plan.
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
 * How messages say that no release has been published: package.json's
 * version is `0.0.0` and there is no tag `v0.0.0`.
 *
 * @example
 * ```ts
 * `fact "a" is new, and ${NOTHING_PUBLISHED}`;
 * ```
 * @category Release
 */
export const NOTHING_PUBLISHED = 'nothing has been published yet (version 0.0.0, no tag v0.0.0)';

/**
 * The release the pending changesets make: the plan's release of a bump
 * other than `none`.
 *
 * @param plan - the release plan.
 * @returns The release, or `undefined` when no changeset asks for a bump.
 * @example
 * ```ts
 * pendingRelease({ changesets: [], releases: [] }); // undefined
 * pendingRelease(plan)?.newVersion; // '1.0.1'
 * ```
 * @category Release
 */
export function pendingRelease(plan: ReleasePlan): ReleasePlan['releases'][number] | undefined {
  return plan.releases.find((release) => release.type !== 'none');
}

/**
 * How a message names the pending bump.
 *
 * @param plan - the release plan.
 * @returns `the highest pending is <bump>`, or `none is pending`.
 * @example
 * ```ts
 * pendingLabel({ changesets: [], releases: [] }); // 'none is pending'
 * ```
 * @category Release
 */
export function pendingLabel(plan: ReleasePlan): string {
  const release = pendingRelease(plan);
  return release === undefined ? 'none is pending' : `the highest pending is ${release.type}`;
}

/**
 * How a message names a record: `fact "china-ai-vc-investment-2024"`.
 *
 * @param recordType - the kind of record.
 * @param id - its ID.
 * @returns The kind, then the ID as JSON.
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
 * @param value - a tracked value, or a field's `undefined`.
 * @returns The label.
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
