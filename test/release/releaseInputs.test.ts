import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkRelease } from '../../scripts/release/checkRelease.js';
import { readReleaseInputs } from '../../scripts/release/releaseInputs.js';

const fact = {
  id: 'paris-amount-2024',
  entityId: 'paris',
  metricId: 'amount',
  value: 5,
  unit: 'USD',
  precision: 'exact',
  status: 'reported',
  period: '2024',
  citation: { sourceId: 'report', section: 'body', quote: 'Paris raised USD5 in 2024.' },
};
const released = {
  sources: [{ id: 'report' }],
  entities: [{ id: 'paris' }, { id: 'lyon' }],
  metrics: [{ id: 'amount' }],
  facts: [fact],
  claims: [],
  notes: [],
  corrections: [],
};
const roots: string[] = [];

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function git(root: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: root, stdio: 'ignore' });
}

/** Writes data/index.ts, exporting the records as the package's does, with a type-only import of src/, which the tree does not have. */
function writeRecords(root: string, records: object): void {
  const lists = Object.entries(records).map(
    ([name, list]) => `export const ${name}${name === 'corrections' ? ': Correction[]' : ''} = ${JSON.stringify(list)};\n`,
  );
  writeFileSync(join(root, 'data', 'index.ts'), `import type { Correction } from '../src/types.js';\n${lists.join('')}`);
}

function writeChangeset(root: string, name: string, bump: string, summary: string): void {
  writeFileSync(join(root, '.changeset', `${name}.md`), `---\n"ai-investment-facts": ${bump}\n---\n\n${summary}\n`);
}

/** A git repository of the package at `version`, with a changesets config and the released records, committed (not tagged). */
function repository(version: string): string {
  const root = mkdtempSync(join(tmpdir(), 'release-check-test-'));
  roots.push(root);
  mkdirSync(join(root, '.changeset'));
  mkdirSync(join(root, 'data'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'ai-investment-facts', version, type: 'module' }));
  writeFileSync(join(root, '.changeset', 'config.json'), JSON.stringify({ baseBranch: 'main' }));
  writeRecords(root, released);
  git(root, 'init', '-q');
  git(root, 'add', '.');
  git(root, 'commit', '-q', '-m', `Release ${version}`);
  return root;
}

describe('readReleaseInputs', () => {
  it("readReleaseInputs(a repository tagged v1.0.0, then changed) reads the tag's records, the working tree's and the release plan, for checkRelease", async () => {
    const root = repository('1.0.0');
    git(root, 'tag', 'v1.0.0');
    writeRecords(root, { ...released, entities: [{ id: 'paris' }], facts: [{ ...fact, value: 6 }] });
    writeChangeset(root, 'correct-paris', 'patch', 'Correct the `value` of `paris-amount-2024` from 5 to 6.');
    expect(checkRelease(await readReleaseInputs(root))).toEqual([
      {
        rule: 'removed-id',
        message:
          'entity "lyon" of release 1.0.0 no longer exists (removed or renamed): removing or renaming an ID needs a major changeset, and the highest pending is patch',
      },
      {
        rule: 'changed-value',
        message:
          'fact "paris-amount-2024" value changed from 5 (release 1.0.0) to 6: a correction needs an entry in the ledger (data/corrections.ts) with recordType "fact", recordId "paris-amount-2024", field "value", oldValue 5, newValue 6 and release "1.0.1"',
      },
    ]);

    const entry = { recordType: 'fact', recordId: 'paris-amount-2024', field: 'value', oldValue: 5, newValue: 6, reason: 'A typo.', release: '2.0.0' };
    writeRecords(root, { ...released, entities: [{ id: 'paris' }], facts: [{ ...fact, value: 6 }], corrections: [entry] });
    writeChangeset(root, 'remove-lyon', 'major', 'Remove the entity `lyon`.');
    const input = await readReleaseInputs(root);
    expect([input.lastRelease?.version, input.plan.releases.map(({ type, newVersion }) => [type, newVersion])]).toEqual(['1.0.0', [['major', '2.0.0']]]);
    expect(checkRelease(input)).toEqual([]);
  });

  it('readReleaseInputs(a repository at 1.0.0 without the tag v1.0.0) throws, saying to fetch the tags', async () => {
    const root = repository('1.0.0');
    await expect(readReleaseInputs(root)).rejects.toThrow(
      new Error(
        `readLastRelease: expected \`root\` (${root}) to have the tag v1.0.0 of package.json's version, received a repository without it: fetch the tags (\`git fetch --tags\`) and run the check again; it compares the records with what v1.0.0 published, and cannot pass without it`,
      ),
    );
  });

  it('readReleaseInputs(a tree whose data/index.ts exports no corrections) throws a TypeError naming what is missing', async () => {
    const root = repository('0.0.0');
    const { corrections, ...withoutLedger } = released;
    writeRecords(root, withoutLedger);
    await expect(readReleaseInputs(root)).rejects.toThrow(
      new TypeError(
        `readRecords: expected \`folder\`'s data/index.ts to export sources, entities, metrics, facts, claims, notes, corrections as arrays, received ${join(root, 'data', 'index.ts')} without corrections`,
      ),
    );
  });

  it('readReleaseInputs(a repository at 0.0.0 without a tag) has no last release, so every ID is new and needs a pending changeset', async () => {
    const root = repository('0.0.0');
    const input = await readReleaseInputs(root);
    expect(input.lastRelease).toBeNull();
    const rest = ': the first release needs a pending changeset, and none is pending';
    expect(checkRelease(input).map(({ message }) => message)).toEqual(
      ['source "report"', 'entity "paris"', 'entity "lyon"', 'metric "amount"', 'fact "paris-amount-2024"'].map(
        (record) => `${record} is new, and nothing has been published yet (version 0.0.0, no tag v0.0.0)${rest}`,
      ),
    );
  });
});
