import type { ReleaseSnapshot } from './releaseSnapshot.js';

/**
 * The text of `release/last-release.json`: the snapshot as JSON, indented by
 * two spaces, in the key order `releaseSnapshot` gives, with a trailing
 * newline.
 *
 * @param snapshot - a snapshot made by `releaseSnapshot`.
 * @returns The file's text; equal snapshots give equal text.
 * @example
 * ```ts
 * formatSnapshot(snapshot).endsWith('}\n'); // true
 * ```
 * @category Release
 */
export function formatSnapshot(snapshot: ReleaseSnapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}
