import { describe, expectTypeOf, it } from 'vitest';
import { cagr } from '../../src/index.js';

describe('cagr(from, to, years) types', () => {
  it('takes three numbers and returns a number', () => {
    expectTypeOf(cagr).parameters.toEqualTypeOf<[from: number, to: number, years: number]>();
    expectTypeOf(cagr(100, 121, 2)).toEqualTypeOf<number>();
    // @ts-expect-error TS2554: Expected 3 arguments, but got 2.
    cagr(100, 121);
  });
});
