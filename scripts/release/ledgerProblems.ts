import semver from 'semver';
import type { Correction, RecordType } from '../../src/types.js';
import {
  NOTHING_PUBLISHED,
  pendingRelease,
  recordLabel,
  valueLabel,
  type ReleaseCheckInput,
  type ReleaseProblem,
  type ReleaseRecords,
} from './ReleaseCheck.js';
import { RECORD_COLLECTIONS } from '../../src/vocabulary.js';
import { TRACKED_FIELDS } from './trackedFields.js';
import { valueAt } from './valueAt.js';

const ENTRY_FIELDS = ['recordType', 'recordId', 'field', 'oldValue', 'newValue', 'reason', 'release'] as const satisfies readonly (keyof Correction)[];
/** The fields that two entries share when one replacing the other is an edit. */
const SLOT_FIELDS = ['recordType', 'recordId', 'field', 'release'] as const satisfies readonly (keyof Correction)[];

/**
 * The problems of the corrections ledger, against the ledger the last release
 * published:
 *
 * - an entry of the last release's ledger that is missing now or differs in
 *   any field (entries are append-only); a new entry of the same record,
 *   field and release is taken for the edited entry, and reported only as
 *   that;
 * - a new entry on a field a release does not track, or made before the
 *   first release, or for a record the last release did not have, or whose
 *   `oldValue` is not the value the last release published, or whose
 *   `release` is not the version the pending changesets make;
 * - for each record and field, the latest entry (by `release`, then by
 *   position) whose `newValue` the record, where it still exists, no longer
 *   shows.
 *
 * @param input - the last release, the records and the ledger, and the release plan.
 * @returns The `ledger` problems: the last release's entries first, in its
 * order, then new entries' problems in ledger order, then stale latest
 * entries; empty for a ledger that only grew, with fitting entries.
 * @example
 * ```ts
 * ledgerProblems({ lastRelease: { version: '1.0.1', records: { ...records, corrections: [entry] } }, records, plan: { changesets: [], releases: [] } });
 * // [{ rule: 'ledger', message: 'the ledger entry for fact "paris-amount-2024" value (5 -> 6, release 1.0.1) of release 1.0.1 was removed: ...' }]
 * ```
 * @category Release
 */
export function ledgerProblems(input: ReleaseCheckInput): ReleaseProblem[] {
  const { lastRelease, records } = input;
  const added = [...records.corrections];
  const vanished = (lastRelease?.records.corrections ?? []).filter((entry) => take(added, (now) => agree(ENTRY_FIELDS, entry, now)) === undefined);
  const releasedEntryProblems = vanished.map((entry) => {
    const edit = take(added, (now) => agree(SLOT_FIELDS, entry, now));
    const what = edit === undefined ? 'removed' : `edited (${ENTRY_FIELDS.filter((key) => entry[key] !== edit[key]).join(', ')} changed)`;
    return `the ${entryLabel(entry)} of release ${lastRelease?.version} was ${what}: ledger entries are append-only; restore it as it was, and add a new entry for a further correction`;
  });
  return [...releasedEntryProblems, ...added.flatMap((entry) => newEntryProblems(entry, input)), ...staleEntryProblems(records)].map((message) => ({
    rule: 'ledger',
    message,
  }));
}

/** Removes the first of `entries` that `matches` and returns it; `undefined` if none does. */
function take(entries: Correction[], matches: (entry: Correction) => boolean): Correction | undefined {
  const at = entries.findIndex(matches);
  return at === -1 ? undefined : entries.splice(at, 1)[0];
}

function agree(fields: readonly (keyof Correction)[], a: Correction, b: Correction): boolean {
  return fields.every((key) => a[key] === b[key]);
}

function newEntryProblems(entry: Correction, { lastRelease, plan }: ReleaseCheckInput): string[] {
  const label = `the new ${entryLabel(entry)}`;
  if (!TRACKED_FIELDS[entry.recordType].includes(entry.field)) {
    return [`${label} corrects a field a release does not track: the ledger holds ${trackedFieldsList()}`];
  }
  if (lastRelease === null) return [`${label} corrects nothing a user could have read: ${NOTHING_PUBLISHED}`];
  const released = findRecord(lastRelease.records, entry.recordType, entry.recordId);
  if (released === undefined) {
    return [`${label} corrects a record that release ${lastRelease.version} did not have, so nothing of it was published`];
  }
  const published = valueAt(released, entry.field) ?? null;
  const next = pendingRelease(plan)?.newVersion;
  return [
    ...(entry.oldValue === published
      ? []
      : [`${label} has oldValue ${valueLabel(entry.oldValue)}, but release ${lastRelease.version} published ${valueLabel(published)}`]),
    ...(entry.release === next
      ? []
      : next === undefined
        ? [`${label} names release ${valueLabel(entry.release)}, but no changeset is pending, so no release will carry it`]
        : [`${label} names release ${valueLabel(entry.release)}, but the pending changesets make ${valueLabel(next)}`]),
  ];
}

/** For each record and field of the ledger, its latest entry, if the record exists and no longer shows that entry's newValue. */
function staleEntryProblems(records: ReleaseRecords): string[] {
  const latest = new Map<string, Correction>();
  for (const entry of records.corrections) {
    const key = JSON.stringify([entry.recordType, entry.recordId, entry.field]);
    const previous = latest.get(key);
    const earlier =
      previous !== undefined && semver.valid(previous.release) !== null && semver.valid(entry.release) !== null && semver.lt(entry.release, previous.release);
    if (!earlier) latest.set(key, entry);
  }
  return [...latest.values()].flatMap((entry) => {
    const record = findRecord(records, entry.recordType, entry.recordId);
    const shown = valueAt(record, entry.field) ?? null;
    if (record === undefined || shown === entry.newValue) return [];
    return [`the ${entryLabel(entry)} is the latest for that field, but the record shows ${valueLabel(shown)}, not its newValue ${valueLabel(entry.newValue)}`];
  });
}

function findRecord(records: ReleaseRecords, recordType: RecordType, id: string): { readonly id: string } | undefined {
  return records[RECORD_COLLECTIONS[recordType]].find((record) => record.id === id);
}

function entryLabel(entry: Correction): string {
  return `ledger entry for ${recordLabel(entry.recordType, entry.recordId)} ${entry.field} (${valueLabel(entry.oldValue)} -> ${valueLabel(entry.newValue)}, release ${entry.release})`;
}

function trackedFieldsList(): string {
  return Object.entries(TRACKED_FIELDS)
    .filter(([, fields]) => fields.length > 0)
    .map(([recordType, fields]) => `${recordType} ${fields.join(', ')}`)
    .join('; ');
}
