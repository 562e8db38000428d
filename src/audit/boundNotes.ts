import type { ValuedFact } from '../derived/requireInputs.js';
import { listed } from '../text/listed.js';

/**
 * What a finding must say about the precision of the facts it uses: that a
 * check with a bound among its figures ("nearly", "topped") is one-sided, and
 * that an approximate figure ("around") may lie outside the interval of its
 * printed digits.
 *
 * @internal
 */
export function boundNotes(facts: readonly ValuedFact[]): { oneSided: boolean; notes: string[] } {
  const bounds = facts.filter((fact) => fact.precision === 'lower-bound' || fact.precision === 'upper-bound');
  const approximate = facts.filter((fact) => fact.precision === 'approximate').map((fact) => fact.id);
  const notes: string[] = [];
  if (bounds.length > 0) {
    const described = bounds.map((fact) => `${fact.id} is ${fact.precision === 'lower-bound' ? 'a lower bound' : 'an upper bound'}`);
    notes.push(
      `One-sided: ${listed(described)}, and the source does not say how far from the bound the true value lies, so this check can catch a figure beyond the bound but not one far short of it.`,
    );
  }
  if (approximate.length > 0) {
    notes.push(
      `${listed(approximate)} ${approximate.length === 1 ? 'is' : 'are'} approximate: the interval used is only that of the printed digits, and the source allows more.`,
    );
  }
  return { oneSided: bounds.length > 0, notes };
}
