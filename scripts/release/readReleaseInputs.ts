import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claims, corrections, entities, facts, metrics, sources } from '../../src/index.js';
import { readChangesets } from './readChangesets.js';
import type { ReleaseCheckInput } from './ReleaseCheck.js';
import type { ReleaseSnapshot } from './releaseSnapshot.js';

/**
 * Where the snapshot of the last release is kept, relative to the repository
 * root.
 *
 * @example
 * ```ts
 * join(root, SNAPSHOT_PATH); // '/path/to/repo/release/last-release.json'
 * ```
 * @category Release
 */
export const SNAPSHOT_PATH = 'release/last-release.json';

/**
 * What the release check compares, for this repository: the recorded snapshot
 * (`release/last-release.json`), the built-in records and ledger as the
 * package exports them, and the pending changesets in `.changeset/`.
 *
 * @param root - the repository root.
 * @returns The check's input.
 * @throws {TypeError} if the snapshot file is not a snapshot (no `version`,
 * `ids`, `facts`, `claims` or `corrections`); the errors of `readFileSync`,
 * `JSON.parse` and `readChangesets`.
 * @example
 * ```ts
 * checkRelease(readReleaseInputs(process.cwd())); // []
 * ```
 * @category Release
 */
export function readReleaseInputs(root: string): ReleaseCheckInput {
  return {
    snapshot: readSnapshot(root),
    records: { sources, entities, metrics, facts, claims },
    corrections,
    changesets: readChangesets(join(root, '.changeset')),
  };
}

/**
 * Reads the recorded snapshot of the last release.
 *
 * @param root - the repository root.
 * @returns The snapshot in `release/last-release.json`.
 * @throws {TypeError} as {@link readReleaseInputs}.
 * @example
 * ```ts
 * readSnapshot(process.cwd()).version; // '0.0.0' before the first release
 * ```
 * @category Release
 */
export function readSnapshot(root: string): ReleaseSnapshot {
  const parsed: unknown = JSON.parse(readFileSync(join(root, SNAPSHOT_PATH), 'utf8'));
  const missing = ['version', 'ids', 'facts', 'claims', 'corrections'].filter(
    (key) => typeof parsed !== 'object' || parsed === null || !Object.hasOwn(parsed, key),
  );
  if (missing.length > 0) throw new TypeError(`readSnapshot: expected ${SNAPSHOT_PATH} to be a release snapshot, but it lacks ${missing.join(', ')}`);
  return parsed as ReleaseSnapshot;
}
