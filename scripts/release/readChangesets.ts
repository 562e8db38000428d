import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseChangeset, type PendingChangeset } from './parseChangeset.js';

/**
 * Reads and parses the pending changesets: every `*.md` file of a
 * `.changeset` folder except its `README.md` and hidden files, in file-name
 * order (the files `changeset version` reads).
 *
 * @param directory - the `.changeset` folder.
 * @returns The changesets, empty when none is pending.
 * @throws {TypeError} or {RangeError} as `parseChangeset`, for a malformed file;
 * the errors of `readdirSync` if the folder does not exist.
 * @example
 * ```ts
 * readChangesets('.changeset').map((c) => c.bump); // ['minor', 'minor', ...]
 * ```
 * @category Release
 */
export function readChangesets(directory: string): PendingChangeset[] {
  return readdirSync(directory)
    .filter((file) => file.endsWith('.md') && !file.startsWith('.') && file.toLowerCase() !== 'readme.md')
    .sort()
    .map((file) => parseChangeset(readFileSync(join(directory, file), 'utf8'), file));
}
