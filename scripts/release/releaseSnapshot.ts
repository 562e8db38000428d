/**
 * The snapshot of a release: what the last release published, as far as the
 * versioning policy needs it, so that the release check can tell what
 * changed since. `recordRelease.ts` writes it to `release/last-release.json`
 * whenever `npm run version` makes a release.
 *
 * @module
 */
import type { Claim, Correction, Fact } from '../../src/types.js';
import { TRACKED_FIELDS } from './trackedFields.js';
import { valueAt } from './valueAt.js';

/**
 * The five collections of records, by the names the package exports them
 * under.
 *
 * @example
 * ```ts
 * const collection: RecordCollection = 'facts';
 * ```
 * @category Release
 */
export type RecordCollection = 'sources' | 'entities' | 'metrics' | 'facts' | 'claims';

/**
 * A value of a field a release tracks (a fact's `value`, a claim's
 * `citation.quote`): the same kinds of value the corrections ledger holds.
 *
 * @example
 * ```ts
 * const values: TrackedValue[] = [76_000_000_000, 'USD', 'lower-bound', null];
 * ```
 * @category Release
 */
export type TrackedValue = string | number | boolean | null;

/**
 * The tracked fields of one record, nested as in the record itself, so that a
 * ledger entry's dotted `field` (`citation.quote`) reads the same path in the
 * snapshot and in the record.
 *
 * @example
 * ```ts
 * const tracked: TrackedFields = { value: 66, unit: 'percent', citation: { quote: '... 66% ...' } };
 * ```
 * @category Release
 */
export interface TrackedFields {
  readonly [field: string]: TrackedValue | TrackedFields;
}

/**
 * The records a release publishes: the five collections as the package
 * exports them (only their IDs matter for sources, entities and metrics).
 *
 * @example
 * ```ts
 * import { claims, entities, facts, metrics, sources } from '../../src/index.js';
 * const records: ReleaseRecords = { sources, entities, metrics, facts, claims };
 * ```
 * @category Release
 */
export interface ReleaseRecords {
  readonly sources: readonly { readonly id: string }[];
  readonly entities: readonly { readonly id: string }[];
  readonly metrics: readonly { readonly id: string }[];
  readonly facts: readonly Fact[];
  readonly claims: readonly Claim[];
}

/**
 * What one release published: its version; the IDs of every collection,
 * sorted; each fact's and claim's tracked fields (see `TRACKED_FIELDS`), by
 * ID in sorted order; and the corrections ledger as it stood, which later
 * releases may only extend.
 *
 * @example
 * ```ts
 * const snapshot: ReleaseSnapshot = {
 *   version: '1.0.0',
 *   ids: { sources: ['report'], entities: ['paris'], metrics: ['amount'], facts: ['paris-amount-2024'], claims: [] },
 *   facts: {
 *     'paris-amount-2024': {
 *       value: 5, unit: 'USD', precision: 'exact', status: 'reported', period: '2024',
 *       citation: { quote: 'Paris raised USD5 in 2024.' },
 *     },
 *   },
 *   claims: {},
 *   corrections: [],
 * };
 * ```
 * @category Release
 */
export interface ReleaseSnapshot {
  readonly version: string;
  readonly ids: { readonly [Collection in RecordCollection]: readonly string[] };
  readonly facts: { readonly [factId: string]: TrackedFields };
  readonly claims: { readonly [claimId: string]: TrackedFields };
  readonly corrections: readonly Correction[];
}

/**
 * The version of a snapshot that records no release: package.json's version
 * before the first `changeset version`. Nothing of it was published, so
 * changing or removing its records corrects nothing a user could have read.
 *
 * @example
 * ```ts
 * snapshot.version === UNRELEASED_VERSION; // true until the first release
 * ```
 * @category Release
 */
export const UNRELEASED_VERSION = '0.0.0';

const COLLECTIONS: readonly RecordCollection[] = ['sources', 'entities', 'metrics', 'facts', 'claims'];

/**
 * The snapshot of what a release publishes: the version, every collection's
 * IDs sorted, each fact's and claim's tracked fields (`TRACKED_FIELDS`) by ID
 * in sorted order, and the corrections ledger in its own order. Keys come in
 * a fixed order, so equal inputs give byte-equal JSON. IDs sort by UTF-16 code
 * unit, independent of locale; empty collections give empty lists.
 *
 * @param release - the version the snapshot is of, the records, and the ledger.
 * @returns A new snapshot; the inputs are not changed.
 * @throws {TypeError} if a tracked field holds something other than a string,
 * a number, a boolean or `null` (an absent field counts as `null`).
 * @example
 * ```ts
 * import { claims, corrections, entities, facts, metrics, sources } from '../../src/index.js';
 * const snapshot = releaseSnapshot({ version: '0.1.0', records: { sources, entities, metrics, facts, claims }, corrections });
 * snapshot.facts['china-ai-vc-investment-2024']?.value; // the value as released
 * ```
 * @category Release
 */
export function releaseSnapshot(release: {
  readonly version: string;
  readonly records: ReleaseRecords;
  readonly corrections: readonly Correction[];
}): ReleaseSnapshot {
  const { version, records, corrections } = release;
  const ids = Object.fromEntries(
    COLLECTIONS.map((collection) => [collection, records[collection].map((record) => record.id).sort()]),
  ) as unknown as ReleaseSnapshot['ids'];
  return {
    version,
    ids,
    facts: trackedById('fact', records.facts),
    claims: trackedById('claim', records.claims),
    corrections: corrections.map(ledgerEntry),
  };
}

/**
 * A ledger entry with its keys in the order of the `Correction` type, so that
 * two equal entries give equal JSON whatever order their keys were written in.
 *
 * @param correction - an entry of the corrections ledger.
 * @returns A new object with the same seven fields.
 * @example
 * ```ts
 * JSON.stringify(ledgerEntry(entry)) === JSON.stringify(ledgerEntry({ ...entry })); // true
 * ```
 * @category Release
 */
export function ledgerEntry(correction: Correction): Correction {
  const { recordType, recordId, field, oldValue, newValue, reason, release } = correction;
  return { recordType, recordId, field, oldValue, newValue, reason, release };
}

function trackedById(
  recordType: 'fact' | 'claim',
  records: readonly { readonly id: string }[],
): { [id: string]: TrackedFields } {
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return Object.fromEntries(sorted.map((record) => [record.id, trackedFields(recordType, record)]));
}

/** The tracked fields of one record, nested along their dotted paths. */
function trackedFields(recordType: 'fact' | 'claim', record: { readonly id: string }): TrackedFields {
  const tracked: Record<string, unknown> = {};
  for (const path of TRACKED_FIELDS[recordType]) {
    const keys = path.split('.');
    const last = keys.pop() as string;
    let parent = tracked;
    for (const key of keys) parent = (parent[key] ??= {}) as Record<string, unknown>;
    parent[last] = trackedValue(recordType, record.id, path, valueAt(record, path));
  }
  return tracked as TrackedFields;
}

function trackedValue(recordType: string, id: string, path: string, value: unknown): TrackedValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  throw new TypeError(
    `releaseSnapshot: expected ${recordType} "${id}" ${path} to be a string, a number, a boolean or null, received ${Array.isArray(value) ? 'an array' : typeof value}`,
  );
}
