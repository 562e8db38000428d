import { ArgumentTypeError, arg, UnknownIdError } from '../errors.js';
import { nearest } from '../text/nearest.js';
import type { Claim, Entity, Fact, Metric, Source } from '../types.js';
import type { RecordIndex } from './indexRecords.js';

interface RecordKinds {
  fact: Fact;
  entity: Entity;
  metric: Metric;
  source: Source;
  claim: Claim;
}

const MAPS = {
  fact: (index: RecordIndex) => index.factsById(),
  entity: (index: RecordIndex) => index.entitiesById(),
  metric: (index: RecordIndex) => index.metricsById(),
  source: (index: RecordIndex) => index.sourcesById(),
  claim: (index: RecordIndex) => index.claimsById(),
} as const;

/**
 * The record of this kind with ID `id`, looked up in the index's map.
 *
 * @throws {ArgumentTypeError} if `id` is not a string.
 * @throws {UnknownIdError} (a `RangeError`) if there is no such record: ``method: expected `name` to be
 * the ID of a metric of this dataset, received "ai-vc"; did you mean "ai-vc-investment"?``.
 * @internal
 */
export function requireRecord<K extends keyof RecordKinds>(index: RecordIndex, kind: K, method: string, name: string, id: unknown): RecordKinds[K] {
  if (typeof id !== 'string') {
    throw new ArgumentTypeError({ method, argument: name, value: id, expected: [arg(name), ` to be the ID of ${article(kind)} ${kind}`] });
  }
  const map = MAPS[kind](index) as ReadonlyMap<string, RecordKinds[K]>;
  const record = map.get(id);
  if (record !== undefined) return record;
  throw new UnknownIdError(method, name, id, kind, kind === 'entity' ? nearestEntityIds(id, map as ReadonlyMap<string, Entity>) : nearest(id, [...map.keys()]));
}

/**
 * The entities nearest to a mistyped ID: first those whose name or an alias it
 * is, ignoring case and spacing ("US" and "united states" find
 * "united-states"), then the nearest IDs; at most 3.
 */
function nearestEntityIds(wanted: string, entities: ReadonlyMap<string, Entity>): string[] {
  const name = asName(wanted);
  const named = [...entities.values()].filter((entity) => [entity.name, ...(entity.aliases ?? [])].some((other) => asName(other) === name));
  return [...new Set([...named.map((entity) => entity.id), ...nearest(wanted, [...entities.keys()])])].slice(0, 3);
}

/** A name as compared: lower case, with each run of spaces, hyphens or underscores as one space. */
function asName(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
}

function article(kind: string): string {
  return /^[aeiou]/.test(kind) ? 'an' : 'a';
}
