import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkRelease } from '../../scripts/release/checkRelease.js';
import { formatSnapshot } from '../../scripts/release/formatSnapshot.js';
import { readReleaseInputs, readSnapshot, SNAPSHOT_PATH } from '../../scripts/release/readReleaseInputs.js';
import { releaseSnapshot } from '../../scripts/release/releaseSnapshot.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the last release (release/last-release.json)', () => {
  it('checkRelease(the repository) finds nothing: the records, the ledger and the pending changesets fit the versioning policy', () => {
    expect(checkRelease(readReleaseInputs(root)).map(({ rule, message }) => `${rule}: ${message}`)).toEqual([]);
  });

  it("is of package.json's version, so a `changeset version` without recordRelease fails", () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(readSnapshot(root).version).toBe(version);
  });

  it('is written by recordRelease, not by hand: its text is formatSnapshot of a snapshot', () => {
    const snapshot = readSnapshot(root);
    const remade = releaseSnapshot({
      version: snapshot.version,
      records: {
        sources: snapshot.ids.sources.map((id) => ({ id })),
        entities: snapshot.ids.entities.map((id) => ({ id })),
        metrics: snapshot.ids.metrics.map((id) => ({ id })),
        facts: Object.entries(snapshot.facts).map(([id, fields]) => ({ id, ...fields }) as never),
        claims: Object.entries(snapshot.claims).map(([id, fields]) => ({ id, ...fields }) as never),
      },
      corrections: snapshot.corrections,
    });
    expect(readFileSync(new URL(`../../${SNAPSHOT_PATH}`, import.meta.url), 'utf8')).toBe(formatSnapshot(remade));
  });
});
