import { describe, expectTypeOf, it } from 'vitest';
import { topN } from '../../src/index.js';

type City = { name: string; share: number };
declare const cities: City[];
declare const readonlyCities: readonly City[];
declare const numbers: number[];
declare const readonlyNumbers: readonly number[];

describe('topN(items, n, by) types', () => {
  it('topN(numbers, n) needs no `by` and returns number[]', () => {
    expectTypeOf(topN(numbers, 2)).toEqualTypeOf<number[]>();
    expectTypeOf(topN([3, 1, 4, 1, 5], 2)).toEqualTypeOf<number[]>();
    // Literal types widen to number.
    expectTypeOf(topN([65, 10, 4.3] as const, 2)).toEqualTypeOf<number[]>();
    expectTypeOf(topN).toBeCallableWith(numbers, 2);
  });

  it('topN(numbers, n, by) also accepts a `by` for numbers', () => {
    expectTypeOf(topN(numbers, 2, (x) => -x)).toEqualTypeOf<number[]>();
  });

  it('topN(items, n, by) returns T[] for T items', () => {
    expectTypeOf(topN(cities, 2, (city) => city.share)).toEqualTypeOf<City[]>();
    const ecosystems = [
      { name: 'Silicon Valley', share: 65 },
      { name: 'Beijing', share: 10 },
    ] as const;
    expectTypeOf(topN(ecosystems, 1, (e) => e.share)).toEqualTypeOf<
      ({ readonly name: 'Silicon Valley'; readonly share: 65 } | { readonly name: 'Beijing'; readonly share: 10 })[]
    >();
  });

  it('topN(items, n, by) calls `by` with the item and its index', () => {
    topN(cities, 2, (city, index) => {
      expectTypeOf(city).toEqualTypeOf<City>();
      expectTypeOf(index).toEqualTypeOf<number>();
      return city.share;
    });
  });

  it('topN(readonly items, n) accepts readonly arrays and returns a mutable array', () => {
    expectTypeOf(topN(readonlyNumbers, 2)).toEqualTypeOf<number[]>();
    expectTypeOf(topN(readonlyCities, 2, (city) => city.share)).toEqualTypeOf<City[]>();
    expectTypeOf(topN(Object.freeze([3, 1, 2]), 2)).toEqualTypeOf<number[]>();
  });

  it('topN(objects, n) requires `by`', () => {
    // @ts-expect-error TS2345: Argument of type 'City[]' is not assignable to parameter of type 'readonly number[]'.
    topN(cities, 2);
    // @ts-expect-error TS2345: Argument of type 'readonly City[]' is not assignable to parameter of type 'readonly number[]'.
    topN(readonlyCities, 2);
  });

  it('topN(items, n, by) requires `by` to return a number', () => {
    // @ts-expect-error TS2322: Type 'string' is not assignable to type 'number'.
    topN(cities, 2, (city) => city.name);
  });

  it('topN(items, n, by) requires `n` to be a number', () => {
    // @ts-expect-error TS2345: Argument of type 'string' is not assignable to parameter of type 'number'.
    topN(numbers, '2');
  });

  it('topN(items, n, by) requires `by` to be a function', () => {
    // @ts-expect-error TS2345: Argument of type 'string' is not assignable to parameter of type '(item: number, index: number) => number'.
    topN(numbers, 2, 'score');
  });
});
