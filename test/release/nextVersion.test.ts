import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../scripts/release/compareVersions.js';
import { highestBump, nextVersion } from '../../scripts/release/nextVersion.js';
import type { BumpType, PendingChangeset } from '../../scripts/release/parseChangeset.js';

const pending = (...bumps: (BumpType | null)[]): PendingChangeset[] => bumps.map((bump, i) => ({ file: `${i}.md`, bump, summary: '' }));

describe('compareVersions', () => {
  it('compareVersions(a, b) compares numbers part by part', () => {
    expect([compareVersions('1.10.0', '1.9.0'), compareVersions('0.1.0', '0.1.0'), compareVersions('0.0.9', '0.1.0'), compareVersions('2.0.0', '10.0.0')]).toEqual([1, 0, -1, -1]);
  });

  it('compareVersions(not a version) throws a RangeError naming it', () => {
    expect(() => compareVersions('1.0', '1.0.0')).toThrow(new RangeError('compareVersions: expected a version such as "1.0.1", received "1.0"'));
    expect(() => compareVersions('1.0.0', '1.0.0-beta.1')).toThrow(RangeError);
    expect(() => compareVersions('01.0.0', '1.0.0')).toThrow(RangeError);
  });
});

describe('nextVersion', () => {
  it('highestBump(changesets) is the largest bump, null for none or only empty ones', () => {
    expect([highestBump(pending('patch', 'minor', 'patch')), highestBump(pending('minor', 'major')), highestBump(pending(null)), highestBump([])]).toEqual(['minor', 'major', null, null]);
  });

  it('nextVersion(version, changesets) applies the largest bump as semver does, also below 1.0.0', () => {
    expect([
      nextVersion('1.2.3', pending('patch')),
      nextVersion('1.2.3', pending('patch', 'minor')),
      nextVersion('1.2.3', pending('major')),
      nextVersion('0.0.0', pending('minor')),
      nextVersion('0.1.0', pending('major')),
      nextVersion('0.1.0', pending(null)),
    ]).toEqual(['1.2.4', '1.3.0', '2.0.0', '0.1.0', '1.0.0', null]);
  });
});
