import { ArgumentTypeError, arg, UnknownIdError } from '../errors.js';
import { nearest } from '../text/nearest.js';
import type { Entity } from '../types.js';
import type { RecordIndex } from './indexRecords.js';

/** The map of the index that holds each type of record by ID. */
const MAPS = { fact: 'factsById', entity: 'entitiesById', metric: 'metricsById', source: 'sourcesById', claim: 'claimsById' } as const;

/** A type of record that can be looked up by ID. */
export type RecordKind = keyof typeof MAPS;

/** The record of a type, as its map in the index holds it. */
type RecordOf<K extends RecordKind> = ReturnType<RecordIndex[(typeof MAPS)[K]]> extends ReadonlyMap<string, infer T> ? T : never;

/**
 * The record of this type with ID `id`, looked up in the index's map.
 *
 * @throws {ArgumentTypeError} if `id` is not a string.
 * @throws {UnknownIdError} (a `RangeError`) if there is no such record: ``method: expected `name` to be
 * the ID of a metric of this dataset, received "ai-vc"; did you mean "ai-vc-investment"?``; for an
 * entity, those whose name or an alias it is come first among the nearest.
 * @internal
 */
export function requireRecord<K extends RecordKind>(index: RecordIndex, kind: K, method: string, name: string, id: unknown): RecordOf<K> {
  if (typeof id !== 'string') {
    throw new ArgumentTypeError({ method, argument: name, value: id, expected: [arg(name), ` to be the ID of ${kind === 'entity' ? 'an' : 'a'} ${kind}`] });
  }
  const map = index[MAPS[kind]]() as ReadonlyMap<string, RecordOf<K>>;
  const record = map.get(id);
  if (record !== undefined) return record;
  const named = kind === 'entity' ? entitiesNamed(id, map as ReadonlyMap<string, Entity>) : [];
  throw new UnknownIdError(method, name, id, kind, [...new Set([...named, ...nearest(id, [...map.keys()])])].slice(0, 3));
}

/** The IDs of the entities whose name or an alias `text` is, ignoring case and spacing ("US" and "united states" name "united-states"). */
function entitiesNamed(text: string, entities: ReadonlyMap<string, Entity>): string[] {
  const wanted = asName(text);
  return [...entities.values()].filter((entity) => [entity.name, ...(entity.aliases ?? [])].some((name) => asName(name) === wanted)).map((entity) => entity.id);
}

/** A name as compared: lower case, with each run of spaces, hyphens or underscores as one space. */
function asName(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
}
