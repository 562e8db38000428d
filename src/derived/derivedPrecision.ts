import { listed } from '../text/listed.js';
import type { Fact, Precision } from '../types.js';

/** Whether a derived figure rises or falls as an input rises: a growth rate rises with `to` and falls with `from`. */
export type Direction = 'rises' | 'falls';

/** An input of a derivation, and how the result moves with it. */
export interface DerivationInput {
  readonly fact: Fact;
  readonly direction: Direction;
}

/** The precision of a derived figure, and the caveats that explain it. */
export interface DerivedPrecision {
  readonly precision: Precision;
  readonly caveats: readonly string[];
}

type Bound = 'lower-bound' | 'upper-bound';

const OPPOSITE: Readonly<Record<Bound, Bound>> = { 'lower-bound': 'upper-bound', 'upper-bound': 'lower-bound' };
const IN_WORDS: Readonly<Record<Bound, string>> = { 'lower-bound': 'a lower bound', 'upper-bound': 'an upper bound' };

/**
 * The precision a derived figure inherits from its inputs:
 *
 * - all inputs `exact`: `exact`;
 * - any input `approximate`: `approximate`;
 * - otherwise each bound carries over in the direction the result moves with
 *   its input: a result that rises with a lower bound is a lower bound (40 to
 *   "over 76" grows at least 0.9), one that falls with a lower bound is an
 *   upper bound. Bounds pulling both ways leave the result unbounded, which
 *   is recorded as `approximate` with a caveat that says so.
 *
 * @internal
 */
export function derivedPrecision(inputs: readonly DerivationInput[]): DerivedPrecision {
  const approximate = inputs.filter(({ fact }) => fact.precision === 'approximate').map(({ fact }) => fact.id);
  if (approximate.length > 0) {
    return {
      precision: 'approximate',
      caveats: [`Approximate, because ${listed(approximate)} ${approximate.length === 1 ? 'is' : 'are'} approximate.`],
    };
  }
  const bounds = inputs.flatMap(({ fact, direction }) => {
    if (fact.precision !== 'lower-bound' && fact.precision !== 'upper-bound') return [];
    const result = direction === 'rises' ? fact.precision : OPPOSITE[fact.precision];
    return [{ id: fact.id, bound: fact.precision, direction, result }];
  });
  if (bounds.length === 0) return { precision: 'exact', caveats: [] };
  const reasons = bounds.map(({ id, bound, direction }) => `${id} is ${IN_WORDS[bound]} and the result ${direction} with it`);
  const [result, ...others] = new Set(bounds.map((bound) => bound.result));
  if (result !== undefined && others.length === 0) {
    return { precision: result, caveats: [`${capitalized(IN_WORDS[result])}, because ${listed(reasons)}.`] };
  }
  return {
    precision: 'approximate',
    caveats: [`Neither a lower nor an upper bound, so recorded as approximate: ${listed(reasons)}, so the true value may lie on either side.`],
  };
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
