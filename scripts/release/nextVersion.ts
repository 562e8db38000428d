import { versionParts } from './compareVersions.js';
import { BUMP_TYPES, type BumpType, type PendingChangeset } from './parseChangeset.js';

/**
 * The largest bump the pending changesets ask for: `major` over `minor` over
 * `patch`.
 *
 * @param changesets - the pending changesets.
 * @returns The largest bump, or `null` when none is pending or every one is
 * empty.
 * @example
 * ```ts
 * highestBump([{ file: 'a.md', bump: 'patch', summary: '' }, { file: 'b.md', bump: 'minor', summary: '' }]); // 'minor'
 * highestBump([]); // null
 * ```
 * @category Release
 */
export function highestBump(changesets: readonly PendingChangeset[]): BumpType | null {
  let highest: BumpType | null = null;
  for (const { bump } of changesets) {
    if (bump !== null && (highest === null || BUMP_TYPES.indexOf(bump) > BUMP_TYPES.indexOf(highest))) highest = bump;
  }
  return highest;
}

/**
 * The version `changeset version` makes from `version` and the pending
 * changesets: the largest bump applied as semver does, also below 1.0.0
 * (`0.1.0` with a major changeset gives `1.0.0`, with a patch `0.1.1`).
 *
 * @param version - the current version, such as `0.1.0`.
 * @param changesets - the pending changesets.
 * @returns The next version, or `null` when no changeset asks for a bump.
 * @throws {RangeError} if `version` is not `major.minor.patch`.
 * @example
 * ```ts
 * nextVersion('1.2.3', [{ file: 'fix.md', bump: 'patch', summary: '' }]); // '1.2.4'
 * nextVersion('1.2.3', [{ file: 'add.md', bump: 'minor', summary: '' }]); // '1.3.0'
 * nextVersion('1.2.3', []); // null
 * ```
 * @category Release
 */
export function nextVersion(version: string, changesets: readonly PendingChangeset[]): string | null {
  const [major, minor, patch] = versionParts(version, 'nextVersion');
  switch (highestBump(changesets)) {
    case 'major':
      return `${major + 1}.0.0`;
    case 'minor':
      return `${major}.${minor + 1}.0`;
    case 'patch':
      return `${major}.${minor}.${patch + 1}`;
    case null:
      return null;
  }
}
