/**
 * An expected standard error (`new RangeError(message)`, `new TypeError(message)`)
 * matches any thrown error of that class with exactly that message: the
 * library's errors are subclasses (`ArgumentRangeError`) with structured
 * fields beside the message, and the tests that state a message mean the class
 * and the message, not the absence of those fields.
 */
import { expect } from 'vitest';

const STANDARD: readonly ErrorConstructor[] = [Error, RangeError, TypeError];

expect.addEqualityTesters([
  function standardErrorMatches(actual: unknown, expected: unknown): boolean | undefined {
    if (!(expected instanceof Error) || !STANDARD.includes(Object.getPrototypeOf(expected).constructor as ErrorConstructor)) return undefined;
    if (!(actual instanceof Error)) return undefined;
    return actual instanceof (Object.getPrototypeOf(expected).constructor as ErrorConstructor) && actual.message === expected.message;
  },
]);
