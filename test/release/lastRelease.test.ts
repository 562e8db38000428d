import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkRelease } from '../../scripts/release/checkRelease.js';
import { readReleaseInputs } from '../../scripts/release/releaseInputs.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the release check on this repository', () => {
  it('checkRelease(readReleaseInputs(this repository)) finds nothing: the records, the ledger and the pending changesets fit the versioning policy', async () => {
    expect(checkRelease(await readReleaseInputs(root)).map(({ rule, message }) => `${rule}: ${message}`)).toEqual([]);
  });
});
