import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import semver from 'semver';
import type { LastRelease } from './ReleaseCheck.js';
import { readRecords } from './readRecords.js';

/**
 * What the last release published: the records of the git tag `v<version>`,
 * where `<version>` is package.json's (the tag `changeset publish` makes for
 * a single package), read offline from the tag's tree, extracted by
 * `git archive` into a temporary folder that is removed afterwards.
 *
 * @param root - the repository root.
 * @returns The last release, or `null` when nothing has been published yet:
 * the version is `0.0.0` and there is no tag `v0.0.0`.
 * @throws {RangeError} if package.json's version is not a semantic version.
 * @throws {Error} if the version is not `0.0.0` and its tag is missing, as in
 * a clone made without tags: fetch them (`git fetch --tags`).
 * @example
 * ```ts
 * await readLastRelease(process.cwd()); // null before the first release
 * ```
 * @category Release
 */
export async function readLastRelease(root: string): Promise<LastRelease | null> {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: unknown };
  if (typeof version !== 'string' || semver.valid(version) === null) {
    throw new RangeError(`readLastRelease: expected \`root\`'s package.json to have a semantic version such as "1.0.1", received ${JSON.stringify(version)}`);
  }
  const tag = `v${version}`;
  if (!git(root, 'tag', '--list', tag).split('\n').includes(tag)) {
    if (version === '0.0.0') return null;
    throw new Error(
      `readLastRelease: expected \`root\` (${root}) to have the tag ${tag} of package.json's version, received a repository without it: fetch the tags (\`git fetch --tags\`) and run the check again; it compares the records with what ${tag} published, and cannot pass without it`,
    );
  }
  const folder = mkdtempSync(join(tmpdir(), 'release-check-'));
  try {
    git(root, 'archive', `--output=${join(folder, 'tree.tar')}`, tag);
    execFileSync('tar', ['-xf', 'tree.tar'], { cwd: folder });
    return { version, records: await readRecords(folder) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}
