/**
 * The argument checks that know nothing of records: a finite number, a
 * count, a string, a condition. Apart from `arguments.ts`, which re-exports
 * them, so that the ID search (`text/nearestIds.ts`), which the record
 * checks use, can check its own arguments.
 *
 * @internal
 * @module
 */
import { arg, ArgumentRangeError, ArgumentTypeError, describeValue, type MessagePart, parts } from './errors/ArgumentError.js';

/** The parts that show a value and its type: `"3" (string)`. */
function withType(value: unknown): MessagePart[] {
  return [`${describeValue(value)} (${typeof value})`];
}

/**
 * Returns `value` if it is a finite number.
 *
 * @throws {ArgumentTypeError} if `value` is not a number.
 * @throws {ArgumentRangeError} if it is `NaN` or infinite.
 */
export function requireFiniteNumber(method: string, name: string, value: unknown): number {
  if (typeof value !== 'number') {
    throw new ArgumentTypeError({ method, argument: name, value, expected: parts`${arg(name)} to be a number`, received: withType(value) });
  }
  if (!Number.isFinite(value)) throw new ArgumentRangeError({ method, argument: name, value, expected: parts`${arg(name)} to be a finite number` });
  return value;
}

/**
 * Throws unless `holds`: ``method: expected `name` <condition>, received <value>``.
 *
 * @throws {ArgumentRangeError} if `holds` is false.
 */
export function requireRange(method: string, name: string, value: unknown, holds: boolean, condition: readonly MessagePart[] | string): void {
  if (!holds) throw new ArgumentRangeError({ method, argument: name, value, expected: [arg(name), ' ', ...(typeof condition === 'string' ? [condition] : condition)] });
}

/**
 * Returns `value` if it is a non-negative integer (a count such as `n`).
 *
 * @throws {ArgumentTypeError} if `value` is not a number.
 * @throws {ArgumentRangeError} if it is not a non-negative integer.
 */
export function requireCount(method: string, name: string, value: unknown): number {
  if (typeof value !== 'number') {
    throw new ArgumentTypeError({ method, argument: name, value, expected: parts`${arg(name)} to be a number`, received: withType(value) });
  }
  requireRange(method, name, value, Number.isInteger(value) && value >= 0, 'to be a non-negative integer');
  return value;
}

/**
 * Asserts that `value` is a string.
 *
 * @throws {ArgumentTypeError} otherwise.
 */
export function requireString(method: string, name: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') throw new ArgumentTypeError({ method, argument: name, value, expected: parts`${arg(name)} to be a string` });
}

