import { nearestIds } from '../index.js';
import type { Mistyped } from './CliError.js';

/**
 * The names offered for one mistyped, as the library's errors offer them (the
 * command keeps its own copy of this line, since it imports only the public
 * library): "did you mean a?", "did you mean a, b or c?".
 *
 * @example
 * ```ts
 * didYouMeanText(['china', 'chile']); // 'did you mean china or chile?'
 * ```
 * @category CLI
 */
export function didYouMeanText(names: readonly string[]): string {
  const either = names.length <= 2 ? names.join(' or ') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
  return `did you mean ${either}?`;
}

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
