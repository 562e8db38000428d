import { describe, expectTypeOf, it } from 'vitest';
import { growthRate } from '../../src/index.js';

describe('growthRate(from, to) types', () => {
  it('takes two numbers and returns a number', () => {
    expectTypeOf(growthRate).parameters.toEqualTypeOf<[from: number, to: number]>();
    expectTypeOf(growthRate(40, 76)).toEqualTypeOf<number>();
    // @ts-expect-error TS2554: Expected 2 arguments, but got 1.
    growthRate(40);
  });
});
