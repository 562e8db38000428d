/**
 * The argument checks every helper shares, so that bad input throws an error
 * that names the function, the argument and the value it got, in one form:
 * ``cagr: expected `years` > 0, received 0``.
 *
 * @internal
 * @module
 */

/** Renders a value for an error message: numbers as JavaScript prints them, strings quoted, the rest by kind (`an object`, `a Map`, `an array of 3`). */
export function describeValue(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (value === null || value === undefined || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value !== 'object') return `a ${typeof value}`;
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
  if (typeof name !== 'string' || name === '' || name === 'Object') return 'an object';
  return `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name}`;
}

/**
 * Returns `value` if it is a finite number.
 *
 * @throws {TypeError} if `value` is not a number.
 * @throws {RangeError} if it is `NaN` or infinite.
 */
export function requireFiniteNumber(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number') {
    throw new TypeError(`${fn}: expected \`${name}\` to be a number, received ${describeValue(value)} (${typeof value})`);
  }
  if (!Number.isFinite(value)) {
    throw new RangeError(`${fn}: expected \`${name}\` to be a finite number, received ${describeValue(value)}`);
  }
  return value;
}

/**
 * Throws a RangeError in the shared form unless `holds`: ``fn: expected `name` condition, received value``.
 *
 * @throws {RangeError} if `holds` is false.
 */
export function requireRange(fn: string, name: string, value: number, holds: boolean, condition: string): void {
  if (!holds) throw new RangeError(`${fn}: expected \`${name}\` ${condition}, received ${describeValue(value)}`);
}

/**
 * Returns `value` if it is a non-negative integer (a count such as `n`).
 *
 * @throws {TypeError} if `value` is not a number.
 * @throws {RangeError} if it is not a non-negative integer.
 */
export function requireCount(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number') {
    throw new TypeError(`${fn}: expected \`${name}\` to be a number, received ${describeValue(value)} (${typeof value})`);
  }
  requireRange(fn, name, value, Number.isInteger(value) && value >= 0, 'to be a non-negative integer');
  return value;
}

/**
 * Returns `result` if it is finite: a computation on finite arguments can
 * still overflow (`growthRate(Number.MIN_VALUE, 1)`), and an overflow is an
 * error, never a quiet `Infinity` or `NaN`.
 *
 * @throws {RangeError} naming the arguments, if `result` is not finite.
 */
export function requireFiniteResult(fn: string, args: Readonly<Record<string, number>>, result: number): number {
  if (!Number.isFinite(result)) {
    const given = Object.entries(args).map(([name, value]) => `\`${name}\` = ${describeValue(value)}`).join(', ');
    throw new RangeError(`${fn}: expected a finite result, received ${describeValue(result)} for ${given}: the result overflows a double`);
  }
  return result;
}
