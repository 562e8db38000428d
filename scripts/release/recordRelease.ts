/**
 * Records the snapshot of the release being made: run by `npm run version`
 * right after `changeset version` has set package.json's version, it writes
 * `release/last-release.json` from that version, the built-in records and the
 * corrections ledger. Never edit that file by hand.
 *
 * Usage: `npx tsx scripts/release/recordRelease.ts`
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { claims, corrections, entities, facts, metrics, sources } from '../../src/index.js';
import { formatSnapshot } from './formatSnapshot.js';
import { SNAPSHOT_PATH } from './readReleaseInputs.js';
import { releaseSnapshot } from './releaseSnapshot.js';

/**
 * Writes the snapshot of the version in `root`'s package.json to
 * `release/last-release.json`.
 *
 * @param root - the repository root.
 * @returns The version recorded.
 * @throws {TypeError} if package.json has no string `version`.
 * @example
 * ```ts
 * recordRelease(process.cwd()); // '0.1.0', after `changeset version` made it
 * ```
 * @category Release
 */
export function recordRelease(root: string): string {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: unknown };
  if (typeof version !== 'string') throw new TypeError(`recordRelease: expected package.json to have a string version, received ${JSON.stringify(version)}`);
  const snapshot = releaseSnapshot({ version, records: { sources, entities, metrics, facts, claims }, corrections });
  writeFileSync(join(root, SNAPSHOT_PATH), formatSnapshot(snapshot));
  return version;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  console.log(`Recorded release ${recordRelease(root)} in ${SNAPSHOT_PATH}`);
}
