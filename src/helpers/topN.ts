import { isArray, readArray, requireCount } from '../arguments.js';
import { arg, ArgumentRangeError, ArgumentTypeError, toBe, withType } from '../errors.js';

/**
 * The `n` largest numbers of `items`, largest first.
 *
 * - Ties keep their input order: of two equal numbers, the earlier one ranks
 *   first (a stable order).
 * - An `n` larger than the list returns the whole list, ranked; `n = 0` and an
 *   empty list return `[]`.
 * - The input array is never modified; the result is a new array.
 * - It runs in O(length × log n) time: it keeps the best `n` in a heap
 *   instead of sorting the whole list. It reads each item once, into a copy
 *   it ranks (so a getter cannot answer one thing to the check and another to
 *   the ranking), after checking that the list holds at most
 *   `LIMITS.collectionSize` items.
 *
 * Every item must be a finite number: `NaN`, infinities and non-numbers are
 * errors, not quietly ranked first or last. Every item is checked, even when
 * `n` is 0. To rank other things by a numeric key, pass the key as `by` (the
 * other signature).
 *
 * @param items - the numbers to rank.
 * @param n - how many to return: a non-negative integer.
 * @returns A new array of at most `n` numbers, largest first.
 * @throws {TypeError} if `items` is not an array, `n` is not a number, or an
 * item is not a number (naming its index).
 * @throws {RangeError} if `n` is not a non-negative integer, an item is
 * `NaN` or infinite (naming its index), or `items` holds more than
 * `LIMITS.collectionSize` items.
 * @example
 * ```ts
 * import { topN } from 'ai-investment-facts';
 * topN([3, 1, 4, 1, 5], 2); // [5, 4]
 * topN([1, 2], -1); // throws RangeError: topN: expected `n` to be a non-negative integer, received -1
 * ```
 * @category Numbers
 */
export function topN(items: readonly number[], n: number): number[];
/**
 * The `n` items with the largest `by(item)`, largest first. Ties, bounds,
 * cost and errors are as for ranking plain numbers (the other signature):
 * ties keep their input order, an `n` larger than the list returns the whole
 * list, the input is never modified, and every key must be a finite number,
 * checked even when `n` is 0.
 *
 * @typeParam T - the type of the items.
 * @param items - the items to rank.
 * @param n - how many to return: a non-negative integer.
 * @param by - the key to rank by, called once for each item with the item and its index.
 * @returns A new array of at most `n` items, largest key first.
 * @throws {TypeError} if `items` is not an array, `n` is not a number, `by`
 * is not a function, or a key is not a number (naming the index of the item).
 * @throws {RangeError} if `n` is not a non-negative integer, a key is `NaN`
 * or infinite (naming the index of the item), or `items` holds more than
 * `LIMITS.collectionSize` items.
 * @example
 * ```ts
 * import { topN } from 'ai-investment-facts';
 * const cities = [{ name: 'Beijing', share: 10 }, { name: 'Silicon Valley', share: 65 }, { name: 'Paris', share: 4.3 }];
 * topN(cities, 2, (city) => city.share).map((city) => city.name); // ['Silicon Valley', 'Beijing']
 * ```
 */
export function topN<T>(items: readonly T[], n: number, by: (item: T, index: number) => number): T[];
export function topN<T>(items: readonly T[], n: number, by?: (item: T, index: number) => number): T[] {
  if (!isArray(items)) throw new ArgumentTypeError(withType(toBe('topN', 'items', items, 'an array')));
  requireCount('topN', 'n', n);
  if (by !== undefined && typeof by !== 'function') throw new ArgumentTypeError(toBe('topN', 'by', by, 'a function'));
  const list = readArray('topN', 'items', items) as T[];
  const keys = list.map((item, i) => {
    const key: unknown = by === undefined ? item : by(item, i);
    if (typeof key === 'number' && Number.isFinite(key)) return key;
    const argument = by === undefined ? `items[${i}]` : 'by';
    const expected = [arg(argument), by === undefined ? ' to be a finite number' : ` to return, for the item at index ${i}, a finite number`];
    const problem = { method: 'topN', argument, value: key, expected };
    throw typeof key === 'number' ? new ArgumentRangeError(problem) : new ArgumentTypeError(problem);
  });
  return bestIndexes(keys, Math.min(n, list.length)).map((i) => list[i] as T);
}

/**
 * The indexes of the `n` largest keys (`n` at most their number), largest
 * first, earlier index first among equal keys. A min-heap of size `n` holds
 * the best so far, its root the worst of them, so each key costs at most one
 * O(log n) sift.
 */
function bestIndexes(keys: readonly number[], n: number): number[] {
  // `a` ranks below `b`: a smaller key, or the same key later in the input.
  const ranksBelow = (a: number, b: number) => keys[a]! < keys[b]! || (keys[a] === keys[b] && a > b);
  const heap = Array.from({ length: n }, (_, i) => i);
  const siftDown = (parent: number) => {
    for (let lowest = parent; ; parent = lowest) {
      for (let child = 2 * parent + 1; child <= 2 * parent + 2; child++) if (child < n && ranksBelow(heap[child]!, heap[lowest]!)) lowest = child;
      if (lowest === parent) return;
      [heap[parent], heap[lowest]] = [heap[lowest]!, heap[parent]!];
    }
  };
  for (let i = (n >> 1) - 1; i >= 0; i--) siftDown(i);
  for (let i = n; n > 0 && i < keys.length; i++) {
    if (ranksBelow(heap[0]!, i)) {
      heap[0] = i;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (ranksBelow(a, b) ? 1 : -1));
}
