/**
 * Every argument check of the library, in one message form: each throws an
 * {@link ArgumentTypeError} (the wrong kind of value) or an
 * {@link ArgumentRangeError} (a value out of range) that names the method,
 * the argument and the value: ``cagr: expected `years` > 0, received 0``.
 *
 * @internal
 * @module
 */
import type { Dataset } from './dataset/Dataset.js';
import { arg, ArgumentRangeError, ArgumentTypeError, branded, describeValue, type MessagePart, nearestText, toBe, withType } from './errors.js';
import { COLLECTION_SIZE, type LIMITS } from './limits.js';
import { parsePeriod } from './period.js';
import { nearest } from './text/nearest.js';
import { ENTITY_KINDS, FACT_UNITS, isFactUnit, STATUSES } from './vocabulary.js';

/**
 * Returns `value` if it is a number.
 *
 * @throws {ArgumentTypeError} otherwise, showing the value and its type: ``received "3" (string)``.
 */
function requireNumber(method: string, name: string, value: unknown): number {
  if (typeof value === 'number') return value;
  throw new ArgumentTypeError(withType(toBe(method, name, value, 'a number')));
}

/**
 * Returns `value` if it is a finite number.
 *
 * @throws {ArgumentTypeError} if `value` is not a number.
 * @throws {ArgumentRangeError} if it is `NaN` or infinite.
 */
export function requireFiniteNumber(method: string, name: string, value: unknown): number {
  if (!Number.isFinite(requireNumber(method, name, value))) throw new ArgumentRangeError(toBe(method, name, value, 'a finite number'));
  return value as number;
}

/**
 * Throws unless `holds`: ``method: expected `name` <condition>, received <value>``.
 *
 * @throws {ArgumentRangeError} if `holds` is false.
 */
export function requireRange(method: string, name: string, value: unknown, holds: boolean, condition: readonly MessagePart[] | string): void {
  if (!holds)
    throw new ArgumentRangeError({ method, argument: name, value, expected: [arg(name), ' ', ...(typeof condition === 'string' ? [condition] : condition)] });
}

/**
 * Returns `value` if it is a non-negative integer (a count such as `n`).
 *
 * @throws {ArgumentTypeError} if `value` is not a number.
 * @throws {ArgumentRangeError} if it is not a non-negative integer.
 */
export function requireCount(method: string, name: string, value: unknown): number {
  requireRange(method, name, value, Number.isInteger(requireNumber(method, name, value)) && (value as number) >= 0, 'to be a non-negative integer');
  return value as number;
}

/**
 * Asserts that `value` is a string.
 *
 * @throws {ArgumentTypeError} otherwise.
 */
export function requireString(method: string, name: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') throw new ArgumentTypeError(toBe(method, name, value, 'a string'));
}

/**
 * Returns `result` if it is finite: a computation on finite arguments can
 * still overflow (`growthRate(Number.MIN_VALUE, 1)`), and an overflow is an
 * error, never a quiet `Infinity` or `NaN`.
 *
 * @throws {ArgumentRangeError} naming the arguments, if `result` is not finite.
 */
export function requireFiniteResult(method: string, args: Readonly<Record<string, number>>, result: number): number {
  if (Number.isFinite(result)) return result;
  const given = Object.entries(args).flatMap(([name, value], i) => [i === 0 ? '' : ', ', arg(name), ` = ${describeValue(value)}`]);
  throw new ArgumentRangeError({
    method,
    argument: Object.keys(args).join(', '),
    value: result,
    expected: ['a finite result'],
    received: [describeValue(result), ' for ', ...given, ': the result overflows a double'],
  });
}

/**
 * Returns a copy of `value`, an array, once it has checked that it holds at
 * most {@link LIMITS}.collectionSize items: each item read once, in order, a
 * hole read as `undefined`. The caller checks and uses the copy, so a getter
 * or a Proxy cannot answer one thing to the check and another to the work, and
 * an array claiming four billion items is refused before any is read.
 *
 * @throws {ArgumentRangeError} if the array is longer than the limit.
 */
export function readArray(method: string, name: string, value: readonly unknown[]): unknown[] {
  const length = value.length;
  requireRange(method, name, value, length <= COLLECTION_SIZE, `to hold at most ${COLLECTION_SIZE} items`);
  return Array.from({ length }, (_, i) => value[i]);
}

/**
 * Whether `value` is an array; `false` for a revoked Proxy, of which
 * `Array.isArray` would throw a TypeError that names nothing.
 */
export function isArray(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** The prototype of `value`, an object; `undefined` where a Proxy refuses to give it. */
function prototypeOf(value: object): unknown {
  try {
    return Object.getPrototypeOf(value);
  } catch {
    return undefined;
  }
}

/**
 * Returns a copy of `value` if it is an array, read as {@link readArray} reads it.
 *
 * @throws {ArgumentTypeError} otherwise, saying what was expected: `an array of fact IDs`.
 * @throws {ArgumentRangeError} if it holds more than {@link LIMITS}.collectionSize items.
 */
export function requireArray(method: string, name: string, value: unknown, what = 'an array'): unknown[] {
  if (!isArray(value)) throw new ArgumentTypeError(toBe(method, name, value, what));
  return readArray(method, name, value);
}

/**
 * Returns `value` if it is an object (not `null`, not an array).
 *
 * @throws {ArgumentTypeError} otherwise, saying what was expected: `a fact (an object)`.
 */
export function requireObject(method: string, name: string, value: unknown, what: string): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || isArray(value)) throw new ArgumentTypeError(toBe(method, name, value, what));
  return value as Readonly<Record<string, unknown>>;
}

/**
 * Returns `value` if it is one of `allowed`; otherwise says what was
 * expected (`what`, by default the allowed values listed) and, for a string,
 * the nearest allowed values.
 *
 * @throws {ArgumentRangeError} if `value` is not one of `allowed`.
 */
export function requireOneOf<T>(method: string, name: string, value: unknown, allowed: readonly T[], what?: string): T {
  if (allowed.includes(value as T)) return value as T;
  throw new ArgumentRangeError({
    ...toBe(method, name, value, what ?? `one of ${allowed.map(describeValue).join(', ')}`),
    ...(typeof value === 'string' ? { remedy: [nearestText(nearest(value, allowed.map(String)))] } : {}),
  });
}

/**
 * Returns a copy of `value`, an options object whose every field is one of
 * `allowed`: a misspelt field is an error, never a filter quietly ignored.
 * Each field is read once, into the copy, which the caller checks and uses:
 * a getter or a Proxy cannot answer one value to the check and another to
 * the work.
 *
 * @throws {ArgumentTypeError} if `value` is neither a plain object (`{ ... }`) nor
 * `undefined`: a Map or a class instance would have its fields ignored.
 * @throws {ArgumentRangeError} if it has a field not in `allowed`.
 */
export function requireOptions(method: string, name: string, value: unknown, allowed: readonly string[]): Readonly<Record<string, unknown>> {
  if (value === undefined) return {};
  const prototype: unknown = typeof value === 'object' && value !== null ? prototypeOf(value) : undefined;
  if (prototype !== Object.prototype && prototype !== null) throw new ArgumentTypeError(toBe(method, name, value, 'a plain object'));
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value as object)) {
    if (!allowed.includes(key)) {
      throw new ArgumentRangeError({
        method,
        argument: name,
        value: key,
        expected: [`the fields of `, arg(name), ` to be among ${allowed.map((k) => `"${k}"`).join(', ')}`],
        remedy: [nearestText(nearest(key, allowed))],
      });
    }
    copy[key] = (value as Record<string, unknown>)[key];
  }
  return copy;
}

/**
 * Asserts that `value` is a period of the form `2024` or `2023/2024`.
 *
 * @throws {ArgumentTypeError} if `value` is not a string.
 * @throws {ArgumentRangeError} if it is not a period.
 */
export function requirePeriod(method: string, name: string, value: unknown): asserts value is string {
  requireString(method, name, value);
  if (parsePeriod(value) === undefined) throw new ArgumentRangeError(toBe(method, name, value, 'a year ("2024") or an interval of years ("2023/2024")'));
}

/**
 * Asserts that `value` is one of the statuses.
 *
 * @throws {ArgumentTypeError} if it is not a string.
 * @throws {ArgumentRangeError} if it is not a status.
 */
export function requireStatus(method: string, name: string, value: unknown): void {
  requireString(method, name, value);
  requireOneOf(method, name, value, STATUSES, `a status (${STATUSES.join(', ')})`);
}

/**
 * Asserts that `value` is one of the entity kinds.
 *
 * @throws {ArgumentTypeError} if it is not a string.
 * @throws {ArgumentRangeError} if it is not an entity kind.
 */
export function requireEntityKind(method: string, name: string, value: unknown): void {
  requireString(method, name, value);
  requireOneOf(method, name, value, ENTITY_KINDS, `an entity kind (${ENTITY_KINDS.join(', ')})`);
}

/**
 * Asserts that `value` is a fact unit: `percent`, `count`, `years` or an ISO 4217 currency code.
 *
 * @throws {ArgumentTypeError} if it is not a string.
 * @throws {ArgumentRangeError} if it is not a fact unit.
 */
export function requireFactUnit(method: string, name: string, value: unknown): void {
  requireString(method, name, value);
  if (!isFactUnit(value)) requireOneOf(method, name, value, FACT_UNITS, 'a unit ("percent", "count", "years" or a currency code such as "USD")');
}

/**
 * Returns `value` if it is a {@link Dataset} (the built-in `dataset`, or one
 * from `createDataset`), whose records were validated: not a copy of one, nor
 * records in a plain object.
 *
 * @throws {ArgumentTypeError} otherwise.
 */
export function requireDataset(method: string, name: string, value: unknown): Dataset {
  if (branded(value, 'Dataset')) return value as Dataset;
  throw new ArgumentTypeError(toBe(method, name, value, 'a dataset (the built-in `dataset` or one from `createDataset`)'));
}
