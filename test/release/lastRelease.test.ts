import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { checkRelease, pendingRelease } from '../../scripts/release/checkRelease.js';
import { readReleaseInputs } from '../../scripts/release/releaseInputs.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const inputs = readReleaseInputs(root);

describe('the release check on this repository', () => {
  it('checkRelease(readReleaseInputs(this repository)) finds nothing: the records, the ledger and the pending changesets fit the versioning policy', async () => {
    expect(checkRelease(await inputs).map(({ rule, message }) => `${rule}: ${message}`)).toEqual([]);
  });

  it('pendingRelease(the release plan) makes 1.0.0 the first release, and no release a 0.x one (CONTRIBUTING.md, "The first release")', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    const next = pendingRelease((await inputs).plan)?.newVersion ?? version;
    expect(version === '0.0.0' ? next : 'released', 'the version the pending changesets make from 0.0.0').toBe(version === '0.0.0' ? '1.0.0' : 'released');
    expect(semver.major(next), `the version ${next}`).toBeGreaterThanOrEqual(1);
  });
});
