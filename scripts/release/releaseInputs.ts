/**
 * What the release check compares, and how it reads it from a repository:
 * what the last release published (the tree of its git tag), the records and
 * the ledger of the working tree, and changesets' release plan.
 *
 * @module
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import getReleasePlan from '@changesets/get-release-plan';
import semver from 'semver';
import { tsImport } from 'tsx/esm/api';
import type { Correction, RecordType } from '../../src/types.js';
import { RECORD_COLLECTIONS } from '../../src/vocabulary.js';

/**
 * The records and the corrections ledger as `data/index.ts` exports them, of
 * the working tree or of a release: each collection of `RECORD_COLLECTIONS`,
 * and `corrections`. Only IDs are typed: a release may have published another
 * record shape, so tracked fields are read by their dotted paths.
 *
 * @example
 * ```ts
 * const records: ReleaseRecords = { sources: [{ id: 'report' }], entities: [], metrics: [], facts: [], claims: [], notes: [], corrections: [] };
 * ```
 * @category Release
 */
export type ReleaseRecords = { readonly [Collection in (typeof RECORD_COLLECTIONS)[RecordType]]: readonly { readonly id: string }[] } & {
  readonly corrections: readonly Correction[];
};

/**
 * What the last release published: its version (package.json's, whose tag
 * `v<version>` marks it) and its records and ledger.
 *
 * @example
 * ```ts
 * const lastRelease: LastRelease = { version: '1.0.0', records };
 * ```
 * @category Release
 */
export interface LastRelease {
  readonly version: string;
  readonly records: ReleaseRecords;
}

/**
 * The part of changesets' release plan (`getReleasePlan`) the check reads:
 * the pending changesets, each with its summary and bump, and the release
 * they make (`oldVersion`, `newVersion`, `type`).
 *
 * @example
 * ```ts
 * const plan: ReleasePlan = {
 *   changesets: [{ id: 'fix', summary: 'Correct ... from 5 to 6.', releases: [{ name: 'ai-investment-facts', type: 'patch' }] }],
 *   releases: [{ name: 'ai-investment-facts', type: 'patch', oldVersion: '1.0.0', newVersion: '1.0.1', changesets: ['fix'] }],
 * };
 * ```
 * @category Release
 */
export type ReleasePlan = Pick<Awaited<ReturnType<typeof getReleasePlan>>, 'changesets' | 'releases'>;

/**
 * Everything the release check compares: what the last release published
 * (`null` when nothing has been), the records and the ledger as they are now,
 * and the release plan of the pending changesets.
 *
 * @example
 * ```ts
 * const input: ReleaseCheckInput = { lastRelease: null, records, plan: { changesets: [], releases: [] } };
 * ```
 * @category Release
 */
export interface ReleaseCheckInput {
  readonly lastRelease: LastRelease | null;
  readonly records: ReleaseRecords;
  readonly plan: ReleasePlan;
}

const EXPORTS = [...Object.values(RECORD_COLLECTIONS), 'corrections'];

/**
 * What the release check compares, for a repository: what the last release
 * published, the records and the ledger of the working tree, and changesets'
 * release plan of the pending changesets in `.changeset/`.
 *
 * The last release is the git tag `v<version>` of package.json's version (the
 * tag `changeset publish` makes for a single package), read offline: its tree
 * is extracted by `git archive` into a temporary folder, removed afterwards.
 * Records are loaded from a tree's `data/index.ts` with tsx, so that neither
 * tree needs a build.
 *
 * @param root - the repository root.
 * @returns The check's input; `lastRelease` is `null` when nothing has been
 * published yet: the version is `0.0.0` and there is no tag `v0.0.0`.
 * @throws {RangeError} if package.json's version is not a semantic version.
 * @throws {Error} if the version is not `0.0.0` and its tag is missing, as in
 * a clone made without tags: fetch them (`git fetch --tags`).
 * @throws {TypeError} if a tree's `data/index.ts` does not export each
 * collection and `corrections` as an array; the module's own errors if it
 * cannot be loaded; changesets' errors for a malformed changeset or config.
 * @example
 * ```ts
 * checkRelease(await readReleaseInputs(process.cwd())); // []
 * ```
 * @category Release
 */
export async function readReleaseInputs(root: string): Promise<ReleaseCheckInput> {
  const [lastRelease, records, plan] = await Promise.all([readLastRelease(root), readRecords(root), getReleasePlan(root)]);
  return { lastRelease, records, plan };
}

async function readLastRelease(root: string): Promise<LastRelease | null> {
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

async function readRecords(folder: string): Promise<ReleaseRecords> {
  const file = join(folder, 'data', 'index.ts');
  const module = (await tsImport(pathToFileURL(file).href, import.meta.url)) as Record<string, unknown>;
  const missing = EXPORTS.filter((name) => !Array.isArray(module[name]));
  if (missing.length > 0) {
    throw new TypeError(
      `readRecords: expected \`folder\`'s data/index.ts to export ${EXPORTS.join(', ')} as arrays, received ${file} without ${missing.join(', ')}`,
    );
  }
  return module as ReleaseRecords;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}
