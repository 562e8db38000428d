import type { ReleaseRecords } from './ReleaseCheck.js';
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
  /** The value the last release published (`null` for an absent field). */
  readonly oldValue: unknown;
  /** The value the record holds now (`null` for an absent field). */
  readonly newValue: unknown;
}

/**
 * The tracked fields (`TRACKED_FIELDS`) of the facts and claims that exist
 * both in the last release and now, whose value differs (by `===`; a missing
 * field counts as `null`). Records that were removed or added are not
 * changes: their IDs are.
 *
 * @param released - the records the last release published.
 * @param current - the records as they are now.
 * @returns The changes, facts first, each collection in the released order
 * and each record's fields in `TRACKED_FIELDS` order; empty when nothing
 * changed.
 * @example
 * ```ts
 * trackedChanges(released, { ...released, facts: [{ ...paris2024, value: 6 }] });
 * // [{ recordType: 'fact', recordId: 'paris-amount-2024', field: 'value', oldValue: 5, newValue: 6 }]
 * ```
 * @category Release
 */
export function trackedChanges(released: ReleaseRecords, current: ReleaseRecords): TrackedChange[] {
  return (['fact', 'claim'] as const).flatMap((recordType) => {
    const collection = recordType === 'fact' ? 'facts' : 'claims';
    const now = new Map(current[collection].map((record) => [record.id, record]));
    return released[collection].flatMap((then) => {
      const record = now.get(then.id);
      if (record === undefined) return [];
      return TRACKED_FIELDS[recordType]
        .map((field) => ({ recordType, recordId: then.id, field, oldValue: valueAt(then, field) ?? null, newValue: valueAt(record, field) ?? null }))
        .filter((change) => change.oldValue !== change.newValue);
    });
  });
}
