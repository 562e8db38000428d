import { quoted } from '../text/printable.js';
import type { CommandRun } from './CommandRun.js';

/**
 * The ID of the entity that what the user typed names: its ID, or else the
 * one entity whose name or alias it is, or the one country whose country
 * code it is, ignoring case ("US", "silicon valley"), said on standard error
 * (`using united-states for "US"`). Where none or several are named, `typed`
 * itself, for the library to answer with the nearest IDs.
 *
 * @example
 * ```ts
 * typedEntity({ ...run, command: 'list' }, 'US'); // 'united-states', saying "list: using united-states for "US""
 * ```
 * @category CLI
 */
export function typedEntity(run: CommandRun, typed: string): string {
  const { entities } = run.dataset;
  if (entities.some((entity) => entity.id === typed)) return typed;
  // A name as compared: lower case, each run of spaces, hyphens or underscores as one space.
  const asName = (text: string) => text.toLowerCase().replace(/[\s_-]+/g, ' ');
  const named = entities.filter((entity) =>
    [entity.name, ...(entity.aliases ?? []), entity.kind === 'country' && entity.countryCode].some((name) => name && asName(name) === asName(typed)),
  );
  if (named.length !== 1) return typed;
  run.notice(`${run.command}: using ${named[0]!.id} for ${quoted(typed)}`);
  return named[0]!.id;
}
