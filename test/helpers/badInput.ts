/**
 * What the number helpers' tests share to check bad input: how a call ended
 * (a result, or an error's class and message), the cases of a table that did
 * not end in the expected error, and the arbitraries of values that are not
 * numbers or not finite.
 */
import fc from 'fast-check';
import { expect } from 'vitest';

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
