import { changedValueProblems } from './changedValueProblems.js';
import { newIdProblems, removedIdProblems } from './idProblems.js';
import { ledgerProblems } from './ledgerProblems.js';
import type { ReleaseCheckInput, ReleaseProblem } from './ReleaseCheck.js';

/**
 * The release guard: checks the records, the corrections ledger and the
 * pending changesets against the snapshot of the last release, by the
 * versioning policy of CONTRIBUTING.md:
 *
 * - an ID of the last release that is gone, in any collection (removed or
 *   renamed), needs a pending major changeset;
 * - a new ID needs a pending minor (or major) changeset;
 * - a tracked value (a fact's value, unit, precision, status, period or
 *   quote; a claim's quote) that differs from the last release needs a ledger
 *   entry (that record and field, `oldValue` the released value, `newValue`
 *   the current one, `release` later than the last) and a pending changeset
 *   naming both values;
 * - the ledger only grows: the snapshot's entries stay as they were, and each
 *   new entry corrects a value the last release published, in the version the
 *   pending changesets make, and is what the record now shows.
 *
 * Against the unreleased snapshot (version 0.0.0, before the first release)
 * nothing was published: removed IDs and changed values need only a pending
 * changeset, and a new ledger entry is a problem.
 *
 * @param input - the snapshot of the last release, the records and the
 * ledger as they are now, and the pending changesets.
 * @returns Every problem, removed IDs first, then new IDs, changed values and
 * the ledger's; empty when the changes fit the policy (as for unchanged
 * records, whatever the changesets).
 * @throws {RangeError} if the snapshot's version is not `major.minor.patch`.
 * @example
 * ```ts
 * import { claims, corrections, entities, facts, metrics, sources } from '../../src/index.js';
 * checkRelease({ snapshot, records: { sources, entities, metrics, facts, claims }, corrections, changesets: readChangesets('.changeset') });
 * // [] when the pending changes fit the policy
 * ```
 * @category Release
 */
export function checkRelease(input: ReleaseCheckInput): ReleaseProblem[] {
  return [...removedIdProblems(input), ...newIdProblems(input), ...changedValueProblems(input), ...ledgerProblems(input)];
}
