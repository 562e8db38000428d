import { describeValue } from '../helpers/checkArguments.js';
import { parsePeriod } from '../period.js';
import { CURRENCY_CODES, ENTITY_KINDS, STATUSES } from '../vocabulary.js';
import type { RecordIndex } from './indexRecords.js';
import { nearestText, requireRecord } from './requireRecord.js';

/**
 * Returns `value` as an options object whose every field is one of `allowed`:
 * a misspelt field is an error, never a filter quietly ignored.
 *
 * @throws {TypeError} if `value` is neither a plain object (`{ ... }`) nor
 * `undefined`: a Map or a class instance would have its fields ignored.
 * @throws {RangeError} if it has a field not in `allowed`.
 * @internal
 */
export function requireOptions(fn: string, name: string, value: unknown, allowed: readonly string[]): Readonly<Record<string, unknown>> {
  if (value === undefined) return {};
  const prototype: unknown = typeof value === 'object' && value !== null ? Object.getPrototypeOf(value) : undefined;
  if (prototype !== Object.prototype && prototype !== null) {
    throw new TypeError(`${fn}: expected \`${name}\` to be a plain object, received ${describeValue(value)}`);
  }
  for (const key of Object.keys(value as object)) {
    if (!allowed.includes(key)) {
      throw new RangeError(
        `${fn}: expected the fields of \`${name}\` to be among ${allowed.map((k) => `"${k}"`).join(', ')}, received ${describeValue(key)}; ${nearestText(key, allowed)}`,
      );
    }
  }
  return value as Readonly<Record<string, unknown>>;
}

/** A check of one field's value: throws if it is malformed. */
type FieldCheck = (fn: string, name: string, value: unknown) => void;

/**
 * Asserts that `value` is a string.
 *
 * @throws {TypeError} naming `fn`, `name` and the value otherwise.
 * @internal
 */
export function requireString(fn: string, name: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(`${fn}: expected \`${name}\` to be a string, received ${describeValue(value)}`);
  }
}

function requireOneOf(fn: string, name: string, value: unknown, allowed: readonly string[], what: string): void {
  requireString(fn, name, value);
  if (!allowed.includes(value)) {
    throw new RangeError(`${fn}: expected \`${name}\` to be ${what}, received ${describeValue(value)}; ${nearestText(value, allowed)}`);
  }
}

/**
 * A period of the form `2024` or `2023/2024`.
 *
 * @throws {TypeError} if `value` is not a string.
 * @throws {RangeError} if it is not a period.
 * @internal
 */
export const requirePeriod: FieldCheck = (fn, name, value) => {
  requireString(fn, name, value);
  if (parsePeriod(value) === undefined) {
    throw new RangeError(
      `${fn}: expected \`${name}\` to be a year ("2024") or an interval of years ("2023/2024"), received ${describeValue(value)}`,
    );
  }
};

/** One of the statuses. @internal */
const requireStatus: FieldCheck = (fn, name, value) =>
  requireOneOf(fn, name, value, STATUSES, `a status (${STATUSES.join(', ')})`);

/** One of the entity kinds. @internal */
const requireEntityKind: FieldCheck = (fn, name, value) =>
  requireOneOf(fn, name, value, ENTITY_KINDS, `an entity kind (${ENTITY_KINDS.join(', ')})`);

const NON_MONEY_UNITS: readonly string[] = ['percent', 'count', 'years'];

/** A fact unit: `percent`, `count`, `years` or an ISO 4217 currency code. @internal */
const requireFactUnit: FieldCheck = (fn, name, value) => {
  requireString(fn, name, value);
  if (!NON_MONEY_UNITS.includes(value) && !(CURRENCY_CODES as readonly string[]).includes(value)) {
    throw new RangeError(
      `${fn}: expected \`${name}\` to be a unit ("percent", "count", "years" or a currency code such as "USD"), received ${describeValue(value)}; ${nearestText(value, [...NON_MONEY_UNITS, ...CURRENCY_CODES])}`,
    );
  }
};

/** How each field of a query, a ranking's options or a fact choice is checked: IDs must be the dataset's, the rest well-formed. */
const FIELD_CHECKS = {
  entityId: (index: RecordIndex, fn: string, name: string, value: unknown) => void requireRecord(index, 'entity', fn, name, value),
  metricId: (index: RecordIndex, fn: string, name: string, value: unknown) => void requireRecord(index, 'metric', fn, name, value),
  sourceId: (index: RecordIndex, fn: string, name: string, value: unknown) => void requireRecord(index, 'source', fn, name, value),
  period: (_: RecordIndex, fn: string, name: string, value: unknown) => requirePeriod(fn, name, value),
  status: (_: RecordIndex, fn: string, name: string, value: unknown) => requireStatus(fn, name, value),
  unit: (_: RecordIndex, fn: string, name: string, value: unknown) => requireFactUnit(fn, name, value),
  kind: (_: RecordIndex, fn: string, name: string, value: unknown) => requireEntityKind(fn, name, value),
};

/** A field that queries, ranking options and fact choices may have. */
export type Field = keyof typeof FIELD_CHECKS;

/**
 * Returns `value` (a query, a ranking's options, a fact choice) once it has
 * checked it: a plain object or `undefined`, every field one of `fields`, and
 * every field given well-formed, its IDs the dataset's. A field left
 * `undefined` is as good as absent; `null` is accepted only for the fields in
 * `nullable` (`period: null` selects facts without a period).
 *
 * @throws {TypeError} if `value` is not a plain object, or a field has the wrong type.
 * @throws {RangeError} if a field is not among `fields`, names an ID the
 * dataset does not have, or holds a malformed period, unknown status, unit or
 * entity kind.
 * @internal
 */
export function requireFields<T extends object>(
  index: RecordIndex,
  fn: string,
  name: string,
  value: T | undefined,
  fields: readonly Field[],
  nullable: readonly Field[] = [],
): Partial<T> {
  const given = requireOptions(fn, name, value, fields) as Partial<T>;
  for (const [key, field] of Object.entries(given)) {
    if (field === undefined || (field === null && nullable.includes(key as Field))) continue;
    FIELD_CHECKS[key as Field](index, fn, `${name}.${key}`, field);
  }
  return given;
}
