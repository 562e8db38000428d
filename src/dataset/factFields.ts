/**
 * The fields facts are selected, ranked and combined by: how each is read
 * from a fact, checked where an argument gives it, matched, and required
 * alike across the facts of one ranking or derived figure.
 *
 * @internal
 * @module
 */
import { requireEntityKind, requireFactUnit, requireOptions, requirePeriod, requireStatus } from '../arguments.js';
import { type ArgumentProblem, ArgumentRangeError, type MessagePart } from '../errors.js';
import { appendTo } from '../grouping.js';
import type { Fact } from '../types.js';
import { FACT_KEYS, type FactKey, type RecordIndex } from './indexRecords.js';
import { type RecordKind, requireRecord } from './requireRecord.js';

/** A field facts are selected by: one the index keeps, or the kind of the fact's entity. */
export type FactField = FactKey | 'kind';

/** Where the facts compared come from: the method, and the argument (and its value) that gave them. */
export type Comparison = Pick<ArgumentProblem, 'method' | 'argument' | 'value'>;

/** The value of `field` for `fact`. */
export function fieldOf(index: RecordIndex, fact: Fact, field: FactField): string | null {
  return field === 'kind' ? (index.entitiesById().get(fact.entityId)?.kind ?? null) : FACT_KEYS[field](fact);
}

/** Whether `fact` has every value that `fields` gives (a field left `undefined` is as good as absent). */
export function hasFields(index: RecordIndex, fact: Fact, fields: object): boolean {
  return Object.entries(fields).every(([field, value]) => value === undefined || fieldOf(index, fact, field as FactField) === value);
}

/** How a field given in an argument is checked: an ID must name a record of the dataset (of this type), the rest be well-formed. */
const CHECKS: Readonly<Record<FactField, RecordKind | ((method: string, name: string, value: unknown) => void)>> = {
  entityId: 'entity',
  metricId: 'metric',
  sourceId: 'source',
  period: requirePeriod,
  status: requireStatus,
  unit: requireFactUnit,
  kind: requireEntityKind,
};

/**
 * Returns `value` (a query, a ranking's options, a fact choice) once it has
 * checked it: a plain object or `undefined`, every field one of `fields`, and
 * every field given well-formed, its IDs the dataset's. A field left
 * `undefined` is as good as absent; `period: null` (facts without a period) is
 * accepted only where `nullPeriod`.
 *
 * @throws {ArgumentTypeError} if `value` is not a plain object, or a field has the wrong type.
 * @throws {ArgumentRangeError} if a field is not among `fields`, or holds a
 * malformed period, unknown status, unit or entity kind.
 * @throws {UnknownIdError} if a field names an ID the dataset does not have.
 */
export function requireFields<T extends object>(
  index: RecordIndex,
  method: string,
  name: string,
  value: T | undefined,
  fields: readonly FactField[],
  nullPeriod = false,
): Partial<T> {
  const given = requireOptions(method, name, value, fields) as Partial<T>;
  for (const [key, field] of Object.entries(given) as [FactField, unknown][]) {
    const check = CHECKS[key];
    if (field === undefined || (field === null && nullPeriod && key === 'period')) continue;
    if (typeof check === 'function') check(method, `${name}.${key}`, field);
    else requireRecord(index, check, method, `${name}.${key}`, field);
  }
  return given;
}

const SHOWN_VALUES = 4;
const SHOWN_IDS = 3;

/** The name of a field in a message, where it is not the field itself. */
const NAMES: Partial<Record<FactField, string>> = { metricId: 'metric', sourceId: 'source', kind: 'entity kind' };

/**
 * Throws unless every fact has the same value of `field`, naming each value
 * with (some of) the facts that have it, and why it matters: ``topEntities:
 * expected facts of one period, received "2023" (a, b) and "2024" (c, d);
 * facts of different periods are not ranked together: pass `options.period` ``.
 *
 * @throws {ArgumentRangeError} if the facts differ in `field`.
 */
export function requireAlike(comparison: Comparison, index: RecordIndex, facts: readonly Fact[], field: FactField, remedy: readonly MessagePart[]): void {
  const byValue = new Map<string | null, string[]>();
  for (const fact of facts) appendTo(byValue, fieldOf(index, fact, field), fact.id);
  if (byValue.size <= 1) return;
  const name = NAMES[field] ?? field;
  const more = (count: number, shown: number) => (count > shown ? ` and ${count - shown} more` : '');
  const listed = [...byValue]
    .slice(0, SHOWN_VALUES)
    .map(([value, ids]) => `${value === null ? `no ${name}` : JSON.stringify(value)} (${ids.slice(0, SHOWN_IDS).join(', ')}${more(ids.length, SHOWN_IDS)})`);
  const received = `${listed.slice(0, -1).join(', ')}${listed.length > 2 ? ',' : ''} and ${listed.at(-1)}${more(byValue.size, SHOWN_VALUES)}`;
  throw new ArgumentRangeError({ ...comparison, expected: [`facts of one ${name}`], received: [received], remedy });
}
