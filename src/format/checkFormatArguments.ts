/**
 * The argument checks `formatValue` and `formatCitation` share: the fact, the
 * options object and its fields, each error naming the function, the argument
 * and the value it got: ``formatValue: expected `fact` to be a fact (an object), received 66``.
 *
 * @internal
 * @module
 */
import { nearestText } from '../dataset/requireRecord.js';
import { describeValue } from '../helpers/checkArguments.js';

/** An object with string keys: the shape a fact, a citation and an options object share. */
type Fields = Readonly<Record<string, unknown>>;

/**
 * Returns `value` if it is an object (not `null`, not an array).
 *
 * @throws {TypeError} naming `fn`, `name` and the value otherwise.
 */
export function requireObject(fn: string, name: string, value: unknown, what: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`${fn}: expected \`${name}\` to be ${what}, received ${describeValue(value)}`);
  }
  return value as Fields;
}

/**
 * Returns `value` as an options object whose every field is one of `allowed`,
 * or `{}` for `undefined`: a misspelt option is an error, never quietly ignored.
 *
 * @throws {TypeError} if `value` is neither `undefined` nor a plain object.
 * @throws {RangeError} if it has a field not in `allowed`.
 */
export function requireOptions(fn: string, value: unknown, allowed: readonly string[]): Fields {
  if (value === undefined) return {};
  const prototype: unknown = typeof value === 'object' && value !== null ? Object.getPrototypeOf(value) : undefined;
  if (prototype !== Object.prototype && prototype !== null) {
    throw new TypeError(`${fn}: expected \`options\` to be a plain object, received ${describeValue(value)}`);
  }
  const options = value as Fields;
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      throw new RangeError(
        `${fn}: expected the fields of \`options\` to be among ${allowed.map((k) => `"${k}"`).join(', ')}, received ${describeValue(key)}; ${nearestText(key, allowed)}`,
      );
    }
  }
  return options;
}

/**
 * Returns `value` if it is a string.
 *
 * @throws {TypeError} naming `fn`, `name` and the value otherwise.
 */
export function requireString(fn: string, name: string, value: unknown): string {
  if (typeof value !== 'string') {
    throw new TypeError(`${fn}: expected \`${name}\` to be a string, received ${describeValue(value)}`);
  }
  return value;
}

/**
 * Returns `value` if it is one of `allowed`.
 *
 * @throws {RangeError} naming `fn`, `name`, the value and the allowed values otherwise.
 */
export function requireOneOf<T>(fn: string, name: string, value: unknown, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) {
    const listed = allowed.map((a) => describeValue(a)).join(', ');
    throw new RangeError(`${fn}: expected \`${name}\` to be one of ${listed}, received ${describeValue(value)}`);
  }
  return value as T;
}
