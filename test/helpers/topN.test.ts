import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notANumber, notFinite, offenders, outcome } from './badInput.js';
import { describeValue } from '../../src/errors.js';
import { topN } from '../../src/index.js';

/** `topN` without its parameter types, to pass the wrong kind of value on purpose. */
const untypedTopN = topN as (items: unknown, n: unknown, by?: unknown) => unknown[];

/** The reference: a stable sort by key, largest first and earlier index first among equal keys, then the first `n`. */
function sortThenSlice<T>(items: readonly T[], n: number, key: (item: T, index: number) => number): T[] {
  return items
    .map((item, index) => ({ item, index, key: key(item, index) }))
    .sort((a, b) => (a.key === b.key ? a.index - b.index : b.key > a.key ? 1 : -1))
    .slice(0, n)
    .map(({ item }) => item);
}

/**
 * Keys with many ties: mostly small integers, also -0, negative and fractional values that tie with each other,
 * and now and then any finite double.
 */
const key = fc.oneof(
  { arbitrary: fc.integer({ min: -3, max: 3 }), weight: 6 },
  { arbitrary: fc.constantFrom(-0, 0.5, -0.5, 1.25, -2.75), weight: 3 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 1 },
);
const keys = fc.array(key, { maxLength: 40 });
/** A list of keys and an `n`: from 0 to a little past the length, or far beyond it. */
const keysAndN = keys.chain((list) =>
  fc.tuple(
    fc.constant(list),
    fc.oneof({ arbitrary: fc.nat({ max: list.length + 2 }), weight: 9 }, { arbitrary: fc.constant(Number.MAX_SAFE_INTEGER), weight: 1 }),
  ),
);

type Item = { readonly id: number; readonly score: number };
const toItems = (list: readonly number[]): Item[] => list.map((score, id) => ({ id, score }));

describe('topN(items, n, by)', () => {
  it('topN(items, n, by) returns the TSDoc examples exactly', () => {
    expect(topN([3, 1, 4, 1, 5], 2)).toEqual([5, 4]);
    const cities = [
      { name: 'Beijing', share: 10 },
      { name: 'Silicon Valley', share: 65 },
      { name: 'Paris', share: 4.3 },
    ];
    expect(topN(cities, 2, (city) => city.share).map((city) => city.name)).toEqual(['Silicon Valley', 'Beijing']);
    expect(outcome(() => topN([1, 2], -1))).toEqual({
      threw: 'RangeError',
      message: 'topN: expected `n` to be a non-negative integer, received -1',
    });
  });

  it('topN(ecosystems, n, share) ranks the leading ecosystems by share of AI-native funding', () => {
    const ecosystems = [
      { name: 'Paris', share: 4.3 },
      { name: 'Beijing', share: 10 },
      { name: 'Silicon Valley', share: 65 },
    ];
    expect(topN(ecosystems, 3, (e) => e.share).map((e) => e.name)).toEqual(['Silicon Valley', 'Beijing', 'Paris']);
    expect(topN(ecosystems, 1, (e) => e.share).map((e) => e.name)).toEqual(['Silicon Valley']);
    expect(topN([10, 65, 4.3], 3)).toEqual([65, 10, 4.3]);
  });

  it('topN(items, n) keeps the input order among equal keys', () => {
    const items = [
      { id: 'a', v: 1 },
      { id: 'b', v: 2 },
      { id: 'c', v: 1 },
      { id: 'd', v: 2 },
      { id: 'e', v: 1 },
    ];
    expect(topN(items, 5, (x) => x.v).map((x) => x.id)).toEqual(['b', 'd', 'a', 'c', 'e']);
    expect(topN(items, 3, (x) => x.v).map((x) => x.id)).toEqual(['b', 'd', 'a']);
    expect(topN(items, 1, (x) => x.v).map((x) => x.id)).toEqual(['b']);
    // All keys equal: the first n, in input order.
    expect(topN(items, 3, () => 7).map((x) => x.id)).toEqual(['a', 'b', 'c']);
    // 0 and -0 are the same key, so they stay in input order.
    expect(topN([0, -0, 0, -0], 3)).toEqual([0, -0, 0]);
    expect(topN([-0, 0], 1)).toEqual([-0]);
  });

  it('topN(items, n) ranks negative and fractional keys', () => {
    expect(topN([-1, -0.5, -3, 0.25, -2], 3)).toEqual([0.25, -0.5, -1]);
    expect(topN([Number.MIN_VALUE, -Number.MAX_VALUE, Number.MAX_VALUE, 0], 4)).toEqual([Number.MAX_VALUE, Number.MIN_VALUE, 0, -Number.MAX_VALUE]);
  });

  it('topN(items, n) with n > items.length returns the whole list, ranked', () => {
    expect(topN([3, 1, 2], 3)).toEqual([3, 2, 1]);
    expect(topN([3, 1, 2], 10)).toEqual([3, 2, 1]);
    expect(topN([3, 1, 2], Number.MAX_SAFE_INTEGER)).toEqual([3, 2, 1]);
  });

  it('topN(items, 0) and topN([], n) return []', () => {
    expect(topN([], 3)).toEqual([]);
    expect(topN([], 0)).toEqual([]);
    expect(topN([3, 1, 2], 0)).toEqual([]);
    expect(topN([3, 1, 2], -0)).toEqual([]);
    expect(topN([{ v: 1 }], 0, (x) => x.v)).toEqual([]);
  });

  it('topN(items, n) does not modify a frozen input and returns a new, mutable array', () => {
    const items = Object.freeze([3, 1, 2]);
    const result = topN(items, 3);
    expect(result).toEqual([3, 2, 1]);
    expect(result).not.toBe(items);
    expect(Object.isFrozen(result)).toBe(false);
    expect(items).toEqual([3, 1, 2]);
  });

  it('topN(items, n, by) with `by` undefined ranks number items by themselves', () => {
    expect(topN([3, 1, 2], 2, undefined as unknown as (x: number) => number)).toEqual([3, 2]);
  });

  it('topN(items, n, by) still checks every key when n is 0', () => {
    expect(outcome(() => topN([1, NaN], 0))).toEqual({
      threw: 'RangeError',
      message: 'topN: expected `items[1]` to be a finite number, received NaN',
    });
  });

  it('topN(items, n, by) checks `items`, then `n`, then `by`, then each key in order, naming the index of the first bad key', () => {
    // One worked example of each error; the properties under "bad input" check every kind of bad value.
    const items = [{ v: 1 }, { v: 2 }, { v: 3 }];
    const returning = (bad: unknown) => (_: unknown, index: number) => (index === 1 ? bad : 0);
    expect(
      offenders(untypedTopN, [
        [new Set([1]), 1, 'TypeError', 'topN: expected `items` to be an array, received a Set (object)'],
        [[1], '2', 'TypeError', 'topN: expected `n` to be a number, received "2" (string)'],
        [[1, 2], -0.5, 'RangeError', 'topN: expected `n` to be a non-negative integer, received -0.5'],
        [[1], 1, {}, 'TypeError', 'topN: expected `by` to be a function, received an object'],
        [items, 2, returning(-Infinity), 'RangeError', 'topN: expected `by` to return, for the item at index 1, a finite number, received -Infinity'],
        [items, 2, returning({ valueOf: () => 2 }), 'TypeError', 'topN: expected `by` to return, for the item at index 1, a finite number, received an object'],
        [[1, NaN, 3], 2, 'RangeError', 'topN: expected `items[1]` to be a finite number, received NaN'],
        [[1, '2'], 1, 'TypeError', 'topN: expected `items[1]` to be a finite number, received "2"'],
        // `items` is checked before `n` and `by`, `n` before `by` and the keys, `by` before the keys (even of an empty list).
        [null, -1, 'x', 'TypeError', 'topN: expected `items` to be an array, received null (object)'],
        [[NaN], -1, 'x', 'RangeError', 'topN: expected `n` to be a non-negative integer, received -1'],
        [[NaN], 1, 'x', 'TypeError', 'topN: expected `by` to be a function, received "x"'],
        [[], 0, false, 'TypeError', 'topN: expected `by` to be a function, received false'],
        // The first bad key is the one named.
        [items, 2, () => NaN, 'RangeError', 'topN: expected `by` to return, for the item at index 0, a finite number, received NaN'],
      ]),
    ).toEqual([]);
  });
});

describe('topN(items, n, by) properties', () => {
  it('topN(numbers, n) agrees with a stable sort-then-slice, on lists with many ties', () => {
    fc.assert(
      fc.property(keysAndN, ([list, n]) => {
        expect(topN(list, n)).toEqual(sortThenSlice(list, n, (x) => x));
      }),
      { numRuns: 3000 },
    );
  });

  it('topN(items, n, by) agrees with a stable sort-then-slice and returns the input objects themselves', () => {
    fc.assert(
      fc.property(keysAndN, ([list, n]) => {
        const items = toItems(list);
        const result = topN(items, n, (item) => item.score);
        // indexOf compares by reference, so this checks both the order and that no item was copied.
        expect(result.map((item) => items.indexOf(item))).toEqual(sortThenSlice(items, n, (item) => item.score).map((item) => item.id));
      }),
      { numRuns: 3000 },
    );
  });

  it('topN(items, n, by) returns at most n items, largest key first', () => {
    fc.assert(
      fc.property(keysAndN, ([list, n]) => {
        const result = topN(list, n);
        expect(result.length).toBe(Math.min(n, list.length));
        const outOfOrder = result.flatMap((x, i) => (i > 0 && x > result[i - 1]! ? [i] : []));
        expect(outOfOrder).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('topN(items, n, by) never modifies the input and returns a new array, even when n >= items.length', () => {
    fc.assert(
      fc.property(keysAndN, ([list, n]) => {
        const items = toItems(list);
        const copy = structuredClone(items);
        const references = [...items];
        const result = topN(items, n, (item) => item.score);
        expect(items).toEqual(copy);
        expect(items.every((item, i) => item === references[i])).toBe(true);
        expect(result).not.toBe(items);
        const numbers = [...list];
        const numberResult = topN(numbers, n);
        expect(numbers).toEqual(list);
        expect(numberResult).not.toBe(numbers);
      }),
      { numRuns: 1000 },
    );
  });

  it('topN(items, n, by) calls `by` exactly once per item, in order, with (item, index)', () => {
    fc.assert(
      fc.property(keysAndN, ([list, n]) => {
        const items = toItems(list);
        const calls: unknown[][] = [];
        topN(items, n, (...args: [Item, number]) => {
          calls.push(args);
          return args[0].score;
        });
        expect(calls.length).toBe(items.length);
        const wrong = calls.flatMap((args, i) => (args.length === 2 && args[0] === items[i] && args[1] === i ? [] : [{ i, args }]));
        expect(wrong).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('topN(items, n, by) bad input', () => {
  const badCount = fc.oneof(
    fc.integer({ max: -1 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Number.isInteger(x)),
    notFinite,
  );

  it('topN(bad, n) throws a TypeError when `items` is not an array', () => {
    const notAnArray = fc.oneof(
      notANumber.filter((x) => !Array.isArray(x)),
      fc.double(),
      fc.constant(new Set([1])),
    );
    fc.assert(
      fc.property(notAnArray, fc.nat(5), (items, n) => {
        expect(outcome(() => untypedTopN(items, n))).toEqual({
          threw: 'TypeError',
          message: `topN: expected \`items\` to be an array, received ${describeValue(items)} (${typeof items})`,
        });
      }),
      { numRuns: 500 },
    );
  });

  it('topN(items, bad) throws a TypeError for a non-number and a RangeError for a negative, fractional or non-finite `n`', () => {
    fc.assert(
      fc.property(keys, fc.oneof(notANumber, badCount), (list, n) => {
        expect(outcome(() => untypedTopN(list, n))).toEqual(
          typeof n === 'number'
            ? { threw: 'RangeError', message: `topN: expected \`n\` to be a non-negative integer, received ${describeValue(n)}` }
            : { threw: 'TypeError', message: `topN: expected \`n\` to be a number, received ${describeValue(n)} (${typeof n})` },
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('topN(items, n, bad) throws a TypeError when `by` is given and is not a function', () => {
    const notAFunction = fc.oneof(
      notANumber.filter((x) => x !== undefined),
      fc.double(),
    );
    fc.assert(
      fc.property(keys, fc.nat(5), notAFunction, (list, n, by) => {
        expect(outcome(() => untypedTopN(toItems(list), n, by))).toEqual({
          threw: 'TypeError',
          message: `topN: expected \`by\` to be a function, received ${describeValue(by)}`,
        });
      }),
      { numRuns: 1000 },
    );
  });

  /** A non-empty list of keys, an index in it and a bad key to put there. */
  const badKeyAt = fc
    .array(key, { minLength: 1, maxLength: 20 })
    .chain((list) => fc.tuple(fc.constant(list), fc.nat(list.length - 1), fc.oneof(notANumber, notFinite)));

  it('topN(items, n, by) throws an error naming the index of the first key `by` returns that is not a finite number', () => {
    fc.assert(
      fc.property(badKeyAt, fc.nat(25), ([list, at, bad], n) => {
        expect(outcome(() => untypedTopN(toItems(list), n, (item: Item, index: number) => (index === at ? bad : item.score)))).toEqual({
          threw: typeof bad === 'number' ? 'RangeError' : 'TypeError',
          message: `topN: expected \`by\` to return, for the item at index ${at}, a finite number, received ${describeValue(bad)}`,
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('topN(items, n) throws, naming the index of the first bad item, a RangeError for NaN or an infinity and a TypeError for a non-number', () => {
    fc.assert(
      fc.property(badKeyAt, fc.nat(25), ([list, at, bad], n) => {
        const items = list.map((x, i): unknown => (i === at ? bad : x));
        expect(outcome(() => untypedTopN(items, n))).toEqual({
          threw: typeof bad === 'number' ? 'RangeError' : 'TypeError',
          message: `topN: expected \`items[${at}]\` to be a finite number, received ${describeValue(bad)}`,
        });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('topN(items, n) with an n beyond the safe integers', () => {
  it('topN(items, 2 ** 53) is the whole list, ranked: any non-negative integer is a valid n', () => {
    expect(topN([1, 3, 2], 2 ** 53)).toEqual([3, 2, 1]);
    expect(topN([1], Number.MAX_VALUE)).toEqual([1]);
  });
});

describe('topN(items, n, by) with hostile input: re-reads, revoked proxies, huge lengths', () => {
  it('property: topN reads each item once and ranks what it read, even from a Proxy that answers something else on every later read', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -100, max: 100 }), { maxLength: 30 }), fc.nat({ max: 32 }), (values, n) => {
        const reads = new Map<string, number>();
        const shifty = new Proxy(values, {
          get(target, key) {
            if (typeof key !== 'string' || !/^\d+$/.test(key)) return Reflect.get(target, key);
            reads.set(key, (reads.get(key) ?? 0) + 1);
            return reads.get(key)! > 1 ? Number.NaN : Reflect.get(target, key);
          },
        });
        expect(topN(shifty, n)).toEqual(sortThenSlice(values, n, (value) => value));
        expect([...reads.values()].every((count) => count === 1)).toBe(true);
      }),
    );
  });

  it('topN(a revoked Proxy, n) is the TypeError for items that are not an array, not a TypeError naming nothing', () => {
    const revoked = Proxy.revocable([], {});
    revoked.revoke();
    expect(() => untypedTopN(revoked.proxy, 1)).toThrow(new TypeError('topN: expected `items` to be an array, received an object (object)'));
  });

  it('topN(an array of length 2 ** 32 - 1, n) is refused by its length before anything is allocated or read', () => {
    expect(() => topN(new Array<number>(2 ** 32 - 1), 3)).toThrow(
      new RangeError('topN: expected `items` to hold at most 10000000 items, received an array of 4294967295'),
    );
  });
});
