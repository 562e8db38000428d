import getReleasePlan from '@changesets/get-release-plan';
import { readLastRelease } from './readLastRelease.js';
import { readRecords } from './readRecords.js';
import type { ReleaseCheckInput } from './ReleaseCheck.js';

/**
 * What the release check compares, for a repository: what the last release
 * published (`readLastRelease`), the records and the ledger of the working
 * tree (`readRecords`), and changesets' release plan of the pending
 * changesets in `.changeset/`.
 *
 * @param root - the repository root.
 * @returns The check's input.
 * @throws as `readLastRelease` and `readRecords`; changesets' errors for a
 * malformed changeset or `.changeset/config.json`.
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
