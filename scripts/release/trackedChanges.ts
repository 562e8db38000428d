import type { ReleaseRecords, ReleaseSnapshot } from './releaseSnapshot.js';
import { TRACKED_FIELDS } from './trackedFields.js';
import { valueAt } from './valueAt.js';

/**
 * One tracked field whose value differs from the last release's.
 *
 * @example
 * ```ts
 * const change: TrackedChange = { recordType: 'fact', recordId: 'paris-amount-2024', field: 'value', oldValue: 5, newValue: 6 };
 * ```
 * @category Release
 */
export interface TrackedChange {
  readonly recordType: 'fact' | 'claim';
  readonly recordId: string;
  readonly field: string;
  /** The value the snapshot holds. */
  readonly oldValue: unknown;
  /** The value the record holds now (`null` for an absent field). */
  readonly newValue: unknown;
}

/**
 * The tracked fields (`TRACKED_FIELDS`) of the facts and claims that exist
 * both in the snapshot and now, whose value differs (by `===`; a missing
 * field counts as `null`). Records that were removed or added are not
 * changes: their IDs are.
 *
 * @param snapshot - the snapshot of the last release.
 * @param records - the records as they are now.
 * @returns The changes, facts first, each collection in the snapshot's ID
 * order and each record's fields in `TRACKED_FIELDS` order; empty when
 * nothing changed.
 * @example
 * ```ts
 * trackedChanges(snapshot, { ...records, facts: [{ ...paris2024, value: 6 }] });
 * // [{ recordType: 'fact', recordId: 'paris-amount-2024', field: 'value', oldValue: 5, newValue: 6 }]
 * ```
 * @category Release
 */
export function trackedChanges(snapshot: ReleaseSnapshot, records: ReleaseRecords): TrackedChange[] {
  return (['fact', 'claim'] as const).flatMap((recordType) => {
    const collection = recordType === 'fact' ? 'facts' : 'claims';
    const current = new Map<string, unknown>(records[collection].map((record) => [record.id, record]));
    return Object.entries(snapshot[collection]).flatMap(([recordId, released]) => {
      const record = current.get(recordId);
      if (record === undefined) return [];
      return TRACKED_FIELDS[recordType]
        .map((field) => ({ recordType, recordId, field, oldValue: orNull(valueAt(released, field)), newValue: orNull(valueAt(record, field)) }))
        .filter((change) => change.oldValue !== change.newValue);
    });
  });
}

function orNull(value: unknown): unknown {
  return value === undefined ? null : value;
}
