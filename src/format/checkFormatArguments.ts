/**
 * The argument checks `formatValue` and `formatCitation` share beside those of
 * `dataset/checkOptions.ts` (the options object, strings): the fact and its fields, each error naming the function, the argument
 * and the value it got: ``formatValue: expected `fact` to be a fact (an object), received 66``.
 *
 * @internal
 * @module
 */
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
