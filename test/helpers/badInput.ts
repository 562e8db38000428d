/**
 * What the number helpers' tests share to check bad input: how a call ended
 * (a result, or an error's class and message), the cases of a table that did
 * not end in the expected error, and the arbitraries of values that are not
 * numbers or not finite.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { describeValue } from '../../src/errors.js';

type ErrorClassName = 'TypeError' | 'RangeError';

export type Outcome = { returned: unknown } | { threw: string; message: string };

/** What `run` did: the value it returned, or the class and message of the error it threw. */
export function outcome(run: () => unknown): Outcome {
  try {
    return { returned: run() };
  } catch (error) {
    return error instanceof Error ? { threw: error.name, message: error.message } : { threw: String(error), message: '' };
  }
}

/**
 * The cases of a table whose call does not throw the expected error, with what
 * happened instead. A case is the call's arguments, then the error class and
 * the exact message: `[0, 14, 'RangeError', 'growthRate: expected ...']`.
 */
export function offenders(fn: (...args: never[]) => unknown, cases: readonly (readonly unknown[])[]) {
  const call = fn as (...args: unknown[]) => unknown;
  return cases.flatMap((testCase) => {
    const args = testCase.slice(0, -2);
    const [errorClass, message] = testCase.slice(-2);
    const got = outcome(() => call(...args));
    return 'threw' in got && got.threw === errorClass && got.message === message ? [] : [{ args, errorClass, message, got }];
  });
}

/** Asserts `run` throws an error of `errorClass` whose message starts with `prefix`: never a result. */
export function throwsWith(run: () => unknown, errorClass: ErrorClassName, prefix: string): void {
  const got = outcome(run);
  expect(got).toMatchObject({ threw: errorClass });
  expect('message' in got && got.message.startsWith(prefix)).toBe(true);
}

/**
 * How a helper ends for `value` in its number argument `argument`, where a
 * finite number `condition` is expected (`> 0`): a TypeError showing the value
 * and its type for a non-number, a RangeError for NaN, an infinity or a number
 * out of range. The values are described as `describeValue` describes them
 * (its own test works them out by hand).
 */
export function numberArgumentOutcome(method: string, argument: string, value: unknown, condition: string): Outcome {
  const expected = `${method}: expected \`${argument}\``;
  if (typeof value !== 'number') return { threw: 'TypeError', message: `${expected} to be a number, received ${describeValue(value)} (${typeof value})` };
  return { threw: 'RangeError', message: `${expected} ${Number.isFinite(value) ? condition : 'to be a finite number'}, received ${describeValue(value)}` };
}

/** Values of every kind but number. */
export const notANumber = fc.oneof(
  fc.string(),
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.bigInt(),
  fc.object(),
  fc.array(fc.integer(), { maxLength: 3 }),
);

/** The numbers that are not finite. */
export const notFinite = fc.constantFrom(NaN, Infinity, -Infinity);
