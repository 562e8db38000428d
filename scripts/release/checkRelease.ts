import semver from 'semver';
import { changedValueProblems } from './changedValueProblems.js';
import { newIdProblems, removedIdProblems } from './idProblems.js';
import { ledgerProblems } from './ledgerProblems.js';
import type { ReleaseCheckInput, ReleaseProblem } from './ReleaseCheck.js';

/**
 * The release guard: checks the records, the corrections ledger and the
 * pending changesets against what the last release published, by the
 * versioning policy of CONTRIBUTING.md:
 *
 * - an ID of the last release that is gone, in any collection (removed or
 *   renamed), needs a pending major changeset;
 * - a new ID needs a pending minor (or major) changeset;
 * - a tracked value (`TRACKED_FIELDS`: a fact's entity, metric, value, unit,
 *   precision, status, period or quote; a claim's quote) that differs from
 *   the last release needs a ledger entry (that record and field, `oldValue`
 *   the released value, `newValue` the current one, `release` later than the
 *   last) and a pending changeset naming both values;
 * - the ledger only grows: the last release's entries stay as they were, and
 *   each new entry corrects a value the last release published, in the
 *   version the pending changesets make, and is what the record now shows.
 *
 * Before the first release (`lastRelease` is `null`) nothing was published:
 * every ID is new and needs only a pending changeset, and a ledger entry is a
 * problem.
 *
 * @param input - what the last release published, the records and the
 * ledger as they are now, and changesets' release plan.
 * @returns Every problem, removed IDs first, then new IDs, changed values and
 * the ledger's; empty when the changes fit the policy (as for unchanged
 * records, whatever the changesets).
 * @throws {RangeError} if `lastRelease.version` is not a semantic version.
 * @example
 * ```ts
 * checkRelease(await readReleaseInputs(process.cwd()));
 * // [] when the pending changes fit the policy
 * ```
 * @category Release
 */
export function checkRelease(input: ReleaseCheckInput): ReleaseProblem[] {
  const version = input.lastRelease?.version;
  if (version !== undefined && semver.valid(version) === null) {
    throw new RangeError(`checkRelease: expected \`lastRelease.version\` to be a semantic version such as "1.0.1", received ${JSON.stringify(version)}`);
  }
  return [...removedIdProblems(input), ...newIdProblems(input), ...changedValueProblems(input), ...ledgerProblems(input)];
}
