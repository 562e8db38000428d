/**
 * The one bounded read of `createDataset`'s input, before any schema sees it.
 *
 * @internal
 * @module
 */
import { describeValue } from '../errors.js';
import { LIMITS } from '../limits.js';
import type { Report } from './datasetSchema.js';

/**
 * The deepest level at which valid records hold an array or an object: the
 * records (0) hold collections (1) of records (2); a citation (3) holds its
 * selectors (4), one per quote (5), each a pair of selectors (6) whose fields
 * are text and numbers. A deeper array or object is never valid, and is not read.
 */
const DEEPEST = 6;

/**
 * Thrown by a {@link Report} to stop the check, with the path of the problem
 * it was given: the reading passes it on rather than report it as a getter's.
 *
 * @internal
 */
export class CheckStopped {
  /** @param path - where the check stopped. */
  constructor(readonly path: readonly PropertyKey[]) {}
}

/**
 * A copy of `value` as plain data (arrays, plain objects and primitives):
 * every property read once, each read guarded, and every size checked before
 * the work it would cost: at most `LIMITS.collectionSize` records in a
 * collection, `LIMITS.listLength` items in any other list (and fields in an
 * object), `LIMITS.textLength` characters in a string. An array or object
 * nested deeper than any valid record's ({@link DEEPEST} levels) is kept as an
 * empty one of its kind, not read, so that a cycle or a million levels cost
 * nothing. Each problem is reported at its path: a size over its limit; a
 * value that is an object but neither an array nor a plain object (a Map, a
 * Date, a typed array, a class instance); a getter or a Proxy trap that throws
 * (at the path whose reading threw, the rest of that object unread).
 *
 * @internal
 */
export function readPlain(value: unknown, report: Report): unknown {
  return readValue(value, 0, [], report);
}

/**
 * {@link readPlain} of `value`, `depth` levels down, at `path` (pushed to
 * while a property is read, and left there if that read throws, for the
 * report; restored when done).
 */
function readValue(value: unknown, depth: number, path: PropertyKey[], report: Report): unknown {
  if (typeof value === 'string' && value.length > LIMITS.textLength) report(path, `Expected at most ${LIMITS.textLength} characters, received ${value.length}`);
  if (typeof value !== 'object' || value === null) return value;
  const at = path.length;
  try {
    const isArray = Array.isArray(value);
    const prototype = isArray ? null : (Object.getPrototypeOf(value) as object | null);
    if (prototype !== Object.prototype && prototype !== null && Object.getPrototypeOf(prototype) !== null) {
      return report(path, `Expected plain data (arrays, objects, text, numbers, booleans, null), received ${describeValue(value)}`);
    }
    if (depth > DEEPEST) return isArray ? [] : {};
    const keys = isArray ? value : Object.keys(value);
    const length = keys.length;
    const most = isArray && depth === 1 ? LIMITS.collectionSize : LIMITS.listLength;
    if (!(length <= most)) {
      return report(
        path,
        `Expected at most ${most} ${isArray ? (depth === 1 ? 'records' : 'items') : 'fields'}, received ${isArray ? 'an array of ' : ''}${describeValue(length)}`,
      );
    }
    // Two loops, so that each reads and writes one kind of object (the hot path of a million records).
    if (isArray) {
      const copy = new Array<unknown>(length);
      for (let i = 0; i < length; i++) {
        path.push(i);
        copy[i] = readValue(value[i], depth + 1, path, report);
        path.pop();
      }
      return copy;
    }
    const copy: Record<string, unknown> = {};
    for (const key of keys as string[]) {
      path.push(key);
      const field = readValue((value as Record<string, unknown>)[key], depth + 1, path, report);
      path.pop();
      // A field `__proto__` (as JSON.parse makes one) stays a field, for its schema to refuse, never the copy's prototype.
      if (key === '__proto__') Object.defineProperty(copy, key, { value: field, enumerable: true });
      else copy[key] = field;
    }
    return copy;
  } catch (error) {
    if (error instanceof CheckStopped) throw error;
    report(path, `Expected records that can be read, received records whose reading threw ${describeValue(reasonOf(error))}`);
    path.length = at;
    return undefined;
  }
}

/** What a reading threw: an error's message, or the value thrown (whatever reading the message throws). */
function reasonOf(error: unknown): unknown {
  try {
    return error instanceof Error ? error.message : error;
  } catch {
    return error;
  }
}
