/**
 * The release guard: the versioning policy of CONTRIBUTING.md, checked on
 * the records, the corrections ledger and the pending changesets against what
 * the last release published.
 *
 * @module
 */
import semver from 'semver';
import { correctionSchema } from '../../src/schema/correctionSchema.js';
import type { Correction, RecordType } from '../../src/types.js';
import { RECORD_COLLECTIONS, RECORD_TYPES } from '../../src/vocabulary.js';
import { mentionsValue } from './mentionsValue.js';
import type { ReleaseCheckInput, ReleasePlan, ReleaseRecords } from './releaseInputs.js';

/**
 * One problem the release check found: the rule of the versioning policy it
 * breaks, and a message that names the record, the values and what would
 * resolve it. The rules:
 *
 * - `removed-id`: an ID of the last release is gone (removed or renamed) without a major changeset.
 * - `new-id`: a new ID without a minor (or major) changeset; before the first release, without any.
 * - `changed-value`: a tracked value differs from the last release without a ledger entry and a changeset naming both values.
 * - `ledger`: a ledger entry of the last release was edited or removed, or a new entry does not fit the last release, the records or the release plan.
 *
 * @example
 * ```ts
 * const problem: ReleaseProblem = { rule: 'new-id', message: 'fact "paris-amount-2025" is new since release 1.0.0: ...' };
 * ```
 * @category Release
 */
export interface ReleaseProblem {
  readonly rule: 'removed-id' | 'new-id' | 'changed-value' | 'ledger';
  readonly message: string;
}

/**
 * How messages say that no release has been published: package.json's
 * version is `0.0.0` and there is no tag `v0.0.0`.
 *
 * @example
 * ```ts
 * `Compared the records with no release, as ${NOTHING_PUBLISHED}`;
 * ```
 * @category Release
 */
export const NOTHING_PUBLISHED = 'nothing has been published yet (version 0.0.0, no tag v0.0.0)';

/**
 * Which fields of which records a release tracks, as the dotted paths the
 * corrections ledger names them by: a fact's entity, metric, value, unit,
 * precision, status, period and quote (a figure moved to another entity or
 * metric is a correction too), and a claim's quote. Of sources, entities,
 * metrics and notes a release tracks only the IDs.
 */
const TRACKED_FIELDS: { readonly [Type in RecordType]: readonly string[] } = {
  source: [],
  entity: [],
  metric: [],
  fact: ['entityId', 'metricId', 'value', 'unit', 'precision', 'status', 'period', 'citation.quote'],
  claim: ['citation.quote'],
  note: [],
};

/** A ledger entry's fields, in the schema's order; and those that an entry replacing another keeps when it is an edit of it. */
const ENTRY_FIELDS = Object.keys(correctionSchema.unwrap().shape) as (keyof Correction)[];
const SLOT_FIELDS = ['recordType', 'recordId', 'field', 'release'] as const;

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
 * Checks the records, the ledger and the pending changesets against what the
 * last release published:
 *
 * - an ID of the last release that is gone, in any collection (removed or
 *   renamed), needs a pending major changeset;
 * - a new ID needs a pending minor (or major) changeset;
 * - a tracked value (a fact's entity, metric, value, unit, precision, status,
 *   period or quote; a claim's quote; a missing field counts as `null`) that
 *   differs from the last release needs a ledger entry (that record and
 *   field, `oldValue` the released value, `newValue` the current one,
 *   `release` later than the last) and a pending changeset naming both values
 *   (see `mentionsValue`);
 * - the ledger only grows: the last release's entries stay as they were (a
 *   new entry of the same record, field and release is taken for an edit of
 *   a missing one); each new entry corrects a tracked field of a record the
 *   last release published, with that release's value as `oldValue`, in the
 *   version the pending changesets make; and for each record and field, the
 *   latest entry (by `release`, then by position) is what the record shows.
 *
 * Before the first release (`lastRelease` is `null`) nothing was published:
 * every ID is new and needs only a pending changeset, and a ledger entry is a
 * problem.
 *
 * @param input - what the last release published, the records and the
 * ledger as they are now, and changesets' release plan.
 * @returns Every problem: removed IDs, new IDs (each in collection order, then
 * the records' order), changed values (by record, then field), then the
 * ledger's (the last release's entries, the new entries, then the stale
 * latest entries); empty when the changes fit the policy, as for unchanged
 * records, whatever the changesets.
 * @throws {RangeError} if `lastRelease.version` is not a semantic version.
 * @example
 * ```ts
 * checkRelease(await readReleaseInputs(process.cwd())); // [] when the pending changes fit the policy
 * checkRelease({ lastRelease, records: { ...records, facts: [] }, plan: { changesets: [], releases: [] } });
 * // [{ rule: 'removed-id', message: 'fact "paris-amount-2024" of release 1.0.0 no longer exists ...' }]
 * ```
 * @category Release
 */
export function checkRelease(input: ReleaseCheckInput): ReleaseProblem[] {
  const version = input.lastRelease?.version;
  if (version !== undefined && semver.valid(version) === null) {
    throw new RangeError(`checkRelease: expected \`lastRelease.version\` to be a semantic version such as "1.0.1", received ${JSON.stringify(version)}`);
  }
  const problems = (rule: ReleaseProblem['rule'], messages: string[]) => messages.map((message) => ({ rule, message }));
  return [
    ...problems('removed-id', removedIds(input)),
    ...problems('new-id', newIds(input)),
    ...problems('changed-value', changedValues(input)),
    ...problems('ledger', ledgerProblems(input)),
  ];
}

function removedIds({ lastRelease, records, plan }: ReleaseCheckInput): string[] {
  if (lastRelease === null || pendingRelease(plan)?.type === 'major') return [];
  return missingIds(lastRelease.records, records).map(
    (record) =>
      `${record} of release ${lastRelease.version} no longer exists (removed or renamed): removing or renaming an ID needs a major changeset, and ${pendingLabel(plan)}`,
  );
}

function newIds({ lastRelease, records, plan }: ReleaseCheckInput): string[] {
  const bump = pendingRelease(plan)?.type;
  if (lastRelease === null ? bump !== undefined : bump === 'minor' || bump === 'major') return [];
  return missingIds(records, lastRelease?.records).map((record) =>
    lastRelease === null
      ? `${record} is new, and ${NOTHING_PUBLISHED}: the first release needs a pending changeset, and none is pending`
      : `${record} is new since release ${lastRelease.version}: a new ID needs a minor changeset, and ${pendingLabel(plan)}`,
  );
}

/** The records of `from` whose IDs `other` lacks, named as messages name them, in collection order, then `from`'s order. */
function missingIds(from: ReleaseRecords, other: ReleaseRecords | undefined): string[] {
  return RECORD_TYPES.flatMap((recordType) => {
    const present = new Set(other?.[RECORD_COLLECTIONS[recordType]].map((record) => record.id));
    return from[RECORD_COLLECTIONS[recordType]].filter((record) => !present.has(record.id)).map((record) => recordLabel(recordType, record.id));
  });
}

function changedValues({ lastRelease, records, plan }: ReleaseCheckInput): string[] {
  if (lastRelease === null) return [];
  const { version } = lastRelease;
  const next = pendingRelease(plan)?.newVersion;
  const release =
    next === undefined ? `${JSON.stringify(semver.inc(version, 'patch'))} (the version a patch changeset makes; none is pending)` : JSON.stringify(next);
  return RECORD_TYPES.flatMap((recordType) => {
    const now = new Map(records[RECORD_COLLECTIONS[recordType]].map((record) => [record.id, record]));
    return lastRelease.records[RECORD_COLLECTIONS[recordType]].flatMap((then) => {
      const record = now.get(then.id);
      return TRACKED_FIELDS[recordType].flatMap((field) => {
        const [oldValue, newValue] = [valueAt(then, field), valueAt(record, field)];
        if (record === undefined || oldValue === newValue) return [];
        const from = `${recordLabel(recordType, then.id)} ${field} changed from ${JSON.stringify(oldValue)} (release ${version}) to ${JSON.stringify(newValue)}`;
        const slot = { recordType, recordId: then.id, field, oldValue, newValue };
        if (!records.corrections.some((entry) => agree(Object.keys(slot), slot, entry) && semver.valid(entry.release) && semver.gt(entry.release, version))) {
          const fields = Object.entries(slot).map(([key, value]) => `${key} ${JSON.stringify(value)}`);
          return `${from}: a correction needs an entry in the ledger (data/corrections.ts) with ${fields.join(', ')} and release ${release}`;
        }
        const namesBoth = (summary: string) => mentionsValue(summary, oldValue) && mentionsValue(summary, newValue);
        if (plan.changesets.some((changeset) => changeset.releases.some((bump) => bump.type !== 'none') && namesBoth(changeset.summary))) return [];
        const pending = next === undefined ? 'no changeset is pending; one must name both' : 'no pending changeset names both';
        return `${from}: the ledger has the entry, but ${pending} ${String(oldValue)} and ${String(newValue)} (each written as String(value) gives it)`;
      });
    });
  });
}

function ledgerProblems({ lastRelease, records, plan }: ReleaseCheckInput): string[] {
  const added = [...records.corrections];
  const take = (fields: readonly string[], entry: Correction) => {
    const at = added.findIndex((now) => agree(fields, entry, now));
    return at === -1 ? undefined : added.splice(at, 1)[0];
  };
  const vanished = (lastRelease?.records.corrections ?? []).filter((entry) => take(ENTRY_FIELDS, entry) === undefined);
  const releasedEntryProblems = vanished.map((entry) => {
    const edit = take(SLOT_FIELDS, entry);
    const what = edit === undefined ? 'removed' : `edited (${ENTRY_FIELDS.filter((key) => entry[key] !== edit[key]).join(', ')} changed)`;
    return `the ${entryLabel(entry)} of release ${lastRelease?.version} was ${what}: ledger entries are append-only; restore it as it was, and add a new entry for a further correction`;
  });
  const next = pendingRelease(plan)?.newVersion;
  const making = next === undefined ? 'no changeset is pending, so no release will carry it' : `the pending changesets make ${JSON.stringify(next)}`;
  const newEntryProblems = added.flatMap((entry) => {
    const label = `the new ${entryLabel(entry)}`;
    if (!TRACKED_FIELDS[entry.recordType].includes(entry.field)) {
      const tracked = RECORD_TYPES.filter((type) => TRACKED_FIELDS[type].length > 0).map((type) => `${type} ${TRACKED_FIELDS[type].join(', ')}`);
      return `${label} corrects a field a release does not track: the ledger holds ${tracked.join('; ')}`;
    }
    if (lastRelease === null) return `${label} corrects nothing a user could have read: ${NOTHING_PUBLISHED}`;
    const released = findRecord(lastRelease.records, entry);
    if (released === undefined) return `${label} corrects a record that release ${lastRelease.version} did not have, so nothing of it was published`;
    const published = valueAt(released, entry.field);
    return [
      ...(entry.oldValue === published
        ? []
        : [`${label} has oldValue ${JSON.stringify(entry.oldValue)}, but release ${lastRelease.version} published ${JSON.stringify(published)}`]),
      ...(entry.release === next ? [] : [`${label} names release ${JSON.stringify(entry.release)}, but ${making}`]),
    ];
  });
  return [...releasedEntryProblems, ...newEntryProblems, ...staleEntries(records)];
}

/** For each record and field of the ledger, its latest entry (by release, then position), if the record exists and no longer shows that entry's newValue. */
function staleEntries(records: ReleaseRecords): string[] {
  const latest = new Map<string, Correction>();
  for (const entry of records.corrections) {
    const key = JSON.stringify([entry.recordType, entry.recordId, entry.field]);
    const previous = latest.get(key)?.release;
    if (!(previous && semver.valid(previous) && semver.valid(entry.release) && semver.lt(entry.release, previous))) latest.set(key, entry);
  }
  return [...latest.values()].flatMap((entry) => {
    const record = findRecord(records, entry);
    const shown = valueAt(record, entry.field);
    if (record === undefined || shown === entry.newValue) return [];
    return `the ${entryLabel(entry)} is the latest for that field, but the record shows ${JSON.stringify(shown)}, not its newValue ${JSON.stringify(entry.newValue)}`;
  });
}

function findRecord(records: ReleaseRecords, entry: Correction): { readonly id: string } | undefined {
  return records[RECORD_COLLECTIONS[entry.recordType]].find((record) => record.id === entry.recordId);
}

/** The value at a dotted path of a record (`citation.quote`), or `null` where any step of the path is missing. */
function valueAt(record: unknown, path: string): unknown {
  let value = record;
  for (const key of path.split('.'))
    value = typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : null;
  return value ?? null;
}

/** Whether `a` and `b` hold the same values (by `===`) in `fields`. */
function agree(fields: readonly string[], a: object, b: object): boolean {
  return fields.every((key) => Reflect.get(a, key) === Reflect.get(b, key));
}

function pendingLabel(plan: ReleasePlan): string {
  const release = pendingRelease(plan);
  return release === undefined ? 'none is pending' : `the highest pending is ${release.type}`;
}

function recordLabel(recordType: RecordType, id: string): string {
  return `${recordType} ${JSON.stringify(id)}`;
}

function entryLabel(entry: Correction): string {
  return `ledger entry for ${recordLabel(entry.recordType, entry.recordId)} ${entry.field} (${JSON.stringify(entry.oldValue)} -> ${JSON.stringify(entry.newValue)}, release ${entry.release})`;
}
