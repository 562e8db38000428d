import { describe, expectTypeOf, it } from 'vitest';
import { share } from '../../src/index.js';

describe('share(part, whole) types', () => {
  it('takes two numbers and returns a number', () => {
    expectTypeOf(share).parameters.toEqualTypeOf<[part: number, whole: number]>();
    expectTypeOf(share(10, 40)).toEqualTypeOf<number>();
    // @ts-expect-error TS2345: Argument of type 'string' is not assignable to parameter of type 'number'.
    share('10', 40);
  });
});
