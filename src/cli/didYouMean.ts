import { nearestIds } from '../index.js';
import { didYouMeanText } from '../text/listed.js';
import type { Mistyped } from './CliError.js';

/**
 * What a mistyped command or flag may have meant, by the library's
 * `nearestIds` (a swap of two letters is one edit): `; did you mean list?`,
 * or nothing where no name is near. Flags are compared without their dashes,
 * so `--metrc` finds `--metric`. Loaded only when a command line is wrong.
 *
 * @example
 * ```ts
 * didYouMean({ typed: 'lsit', among: ['list', 'show'] }); // '; did you mean list?'
 * didYouMean({ typed: '--metrc', among: ['--metric', '--period'] }); // '; did you mean --metric?'
 * ```
 * @category CLI
 */
export function didYouMean({ typed, among }: Mistyped): string {
  const bare = (name: string) => name.replace(/^-{1,2}/, '');
  const near = nearestIds(bare(typed), among.map(bare)).map((name) => among.find((candidate) => bare(candidate) === name) ?? name);
  return near.length === 0 ? '' : `; ${didYouMeanText(near)}`;
}
