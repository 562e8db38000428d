import type { Correction, RecordType } from '../../src/types.js';
import { compareVersions, isVersion } from './compareVersions.js';
import { nextVersion } from './nextVersion.js';
import {
  isReleased,
  recordLabel,
  snapshotLabel,
  valueLabel,
  type ReleaseCheckInput,
  type ReleaseProblem,
} from './ReleaseCheck.js';
import { ledgerEntry } from './releaseSnapshot.js';
import { COLLECTION_OF, TRACKED_FIELDS } from './trackedFields.js';
import { valueAt } from './valueAt.js';

/**
 * The problems of the corrections ledger, against the ledger the last release
 * recorded in its snapshot:
 *
 * - an entry of the snapshot's ledger that is missing now or differs in any
 *   field (entries are append-only); a new entry of the same record, field
 *   and release is taken for the edited entry, and reported only as that;
 * - a new entry (one not in the snapshot's ledger) on a field a release does
 *   not track, or made when no release has been published, or for a record
 *   the last release did not have, or whose `oldValue` is not the value the
 *   last release published, or whose `release` is not the version the pending
 *   changesets make (`nextVersion`);
 * - for each record and field, the latest entry (by `release`, then by
 *   position) whose `newValue` the record, where it still exists, no longer
 *   shows.
 *
 * @param input - the snapshot, the records, the ledger and the pending changesets.
 * @returns The `ledger` problems: vanished entries first, in the snapshot's
 * order, then new entries' problems in ledger order, then stale latest
 * entries; empty for a ledger that only grew, with fitting entries.
 * @example
 * ```ts
 * ledgerProblems({ snapshot: { ...snapshot, corrections: [entry] }, records, corrections: [], changesets: [] });
 * // [{ rule: 'ledger', message: 'the ledger entry for fact "paris-amount-2024" value (5 -> 6, release 1.0.1) of release 1.0.1 was removed: ...' }]
 * ```
 * @category Release
 */
export function ledgerProblems(input: ReleaseCheckInput): ReleaseProblem[] {
  const { snapshot, corrections } = input;
  const { vanished, added } = compareLedgers(snapshot.corrections, corrections);
  const edits = new Map<Correction, Correction>();
  for (const released of vanished) {
    const edit = added.find((entry) => !edits.has(entry) && sameSlot(entry, released));
    if (edit !== undefined) edits.set(edit, released);
  }
  const edited = new Set(edits.values());
  return [
    ...vanished.map((released) =>
      problem(
        edited.has(released)
          ? `the ${entryLabel(released)} of ${snapshotLabel(snapshot)} was edited (${changedKeys(released, [...edits].find(([, was]) => was === released)?.[0])}): ledger entries are append-only; restore it as it was, and add a new entry for a further correction`
          : `the ${entryLabel(released)} of ${snapshotLabel(snapshot)} was removed: ledger entries are append-only; restore it as it was, and add a new entry for a further correction`,
      ),
    ),
    ...added.filter((entry) => !edits.has(entry)).flatMap((entry) => addedEntryProblems(entry, input).map(problem)),
    ...staleLatestEntries(input).map((entry) => {
      const current = valueAt(currentRecord(input, entry.recordType, entry.recordId), entry.field);
      return problem(`the ${entryLabel(entry)} is the latest for that field, but the record shows ${valueLabel(current)}, not its newValue ${valueLabel(entry.newValue)}`);
    }),
  ];
}

/** The entries of the released ledger missing from the current one, and the current entries the released ledger does not have, each in its ledger's order; equal entries are matched one to one. */
function compareLedgers(released: readonly Correction[], current: readonly Correction[]): { vanished: Correction[]; added: Correction[] } {
  const unmatched = new Map<string, number>();
  for (const entry of released) unmatched.set(entryKey(entry), (unmatched.get(entryKey(entry)) ?? 0) + 1);
  const added = current.filter((entry) => {
    const count = unmatched.get(entryKey(entry)) ?? 0;
    if (count > 0) unmatched.set(entryKey(entry), count - 1);
    return count === 0;
  });
  const vanished = released.filter((entry) => {
    const count = unmatched.get(entryKey(entry)) ?? 0;
    if (count > 0) unmatched.set(entryKey(entry), count - 1);
    return count > 0;
  });
  return { vanished, added };
}

/** Whether two entries are about the same record, field and release, so that one replacing the other is an edit. */
function sameSlot(a: Correction, b: Correction): boolean {
  return a.recordType === b.recordType && a.recordId === b.recordId && a.field === b.field && a.release === b.release;
}

function changedKeys(was: Correction, now: Correction | undefined): string {
  const keys = (Object.keys(ledgerEntry(was)) as (keyof Correction)[]).filter((key) => now !== undefined && was[key] !== now[key]);
  return `${keys.join(', ')} changed`;
}

function addedEntryProblems(entry: Correction, input: ReleaseCheckInput): string[] {
  const { snapshot, changesets } = input;
  const label = `the new ${entryLabel(entry)}`;
  if (!TRACKED_FIELDS[entry.recordType].includes(entry.field)) {
    return [`${label} corrects a field a release does not track: the ledger holds ${trackedFieldsList()}`];
  }
  if (!isReleased(snapshot)) {
    return [`${label} corrects nothing a user could have read: no release has been published (${snapshotLabel(snapshot)})`];
  }
  const released = snapshot[COLLECTION_OF[entry.recordType] as 'facts' | 'claims'][entry.recordId];
  if (released === undefined) {
    return [`${label} corrects a record that ${snapshotLabel(snapshot)} did not have, so nothing of it was published`];
  }
  const problems: string[] = [];
  const publishedValue = valueAt(released, entry.field) ?? null;
  if (entry.oldValue !== publishedValue) {
    problems.push(`${label} has oldValue ${valueLabel(entry.oldValue)}, but ${snapshotLabel(snapshot)} published ${valueLabel(publishedValue)}`);
  }
  const next = nextVersion(snapshot.version, changesets);
  if (entry.release !== next) {
    problems.push(
      next === null
        ? `${label} names release ${valueLabel(entry.release)}, but no changeset is pending, so no release will carry it`
        : `${label} names release ${valueLabel(entry.release)}, but the pending changesets make ${valueLabel(next)}`,
    );
  }
  return problems;
}

/** For each record and field of the ledger, its latest entry, if the record exists and no longer shows that entry's newValue. */
function staleLatestEntries(input: ReleaseCheckInput): Correction[] {
  const latest = new Map<string, Correction>();
  for (const entry of input.corrections) {
    const key = JSON.stringify([entry.recordType, entry.recordId, entry.field]);
    const previous = latest.get(key);
    if (previous === undefined || !isVersion(previous.release) || !isVersion(entry.release) || compareVersions(entry.release, previous.release) >= 0) {
      latest.set(key, entry);
    }
  }
  return [...latest.values()].filter((entry) => {
    const record = currentRecord(input, entry.recordType, entry.recordId);
    return record !== undefined && (valueAt(record, entry.field) ?? null) !== entry.newValue;
  });
}

function currentRecord(input: ReleaseCheckInput, recordType: RecordType, id: string): { readonly id: string } | undefined {
  return input.records[COLLECTION_OF[recordType]].find((record) => record.id === id);
}

function entryKey(entry: Correction): string {
  return JSON.stringify(ledgerEntry(entry));
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

function problem(message: string): ReleaseProblem {
  return { rule: 'ledger', message };
}
