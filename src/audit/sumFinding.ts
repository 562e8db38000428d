import { decimalSum } from '../arithmetic/decimalSum.js';
import type { ValuedFact } from '../derived/requireInputs.js';
import { boundNotes } from './boundNotes.js';
import type { ConsistencyCheck, ConsistencyFinding, ValueInterval } from './ConsistencyFinding.js';
import { describeAmount, describeInterval } from './describeAmount.js';
import type { Expected } from './expectedFor.js';
import { factInterval, intervalsMeet, sumOfIntervals } from './factInterval.js';

/** The pieces of a sum check, for {@link sumFinding}. */
export interface SumCheck {
  readonly check: ConsistencyCheck;
  readonly id: string;
  readonly parts: readonly ValuedFact[];
  readonly expected: Expected;
  /** `equal`: the parts make the whole; `at-most`: the parts are some of the whole, so may only be smaller. */
  readonly relation: 'equal' | 'at-most';
  readonly notes?: readonly string[];
}

const EXACTLY_100: ValueInterval = { low: 100, high: 100 };

/**
 * A finding that compares the sum of `parts` with what they should make,
 * judged on intervals: the sum's, from the parts' printed digits and
 * qualifiers, and the expected figure's.
 *
 * @internal
 */
export function sumFinding({ check, id, parts, expected, relation, notes = [] }: SumCheck): ConsistencyFinding {
  const unit = parts[0]!.unit;
  const computed = decimalSum(parts.map((fact) => fact.value));
  const computedInterval = sumOfIntervals(parts.map(factInterval));
  const expectedValue = expected.basis === 'fact' ? expected.fact.value : expected.value;
  const expectedInterval = expected.basis === 'fact' ? factInterval(expected.fact) : EXACTLY_100;
  const holds =
    relation === 'equal' ? intervalsMeet(computedInterval, expectedInterval) : (computedInterval.low ?? -Infinity) <= (expectedInterval.high ?? Infinity);
  const outcome = holds ? 'consistent' : 'inconsistent';
  const difference = decimalSum([computed, -expectedValue]);
  const factsUsed = [...parts, ...(expected.basis === 'fact' ? [expected.fact] : [])];
  const precision = boundNotes(factsUsed);

  const whole = expected.basis === 'fact' ? expected.fact.entityId : expected.entityId;
  const against =
    expected.basis === 'fact'
      ? `${describeAmount(expectedValue, unit)} stated for ${whole} (${describeInterval(expectedInterval, unit)})`
      : `${describeAmount(expectedValue, unit)} for ${whole}, by the metric's definition`;
  const summary =
    `${parts.map((fact) => fact.entityId).join(' + ')} = ${parts.map((fact) => describeAmount(fact.value, unit)).join(' + ')} = ` +
    `${describeAmount(computed, unit)} (${describeInterval(computedInterval, unit)} within the printed digits and qualifiers), ` +
    `${relation === 'equal' ? 'against' : 'at most'} ${against}: ${outcome}.`;

  const roundingExplains = holds && relation === 'equal' && difference !== 0 && !precision.oneSided;
  return {
    id,
    check,
    outcome,
    oneSided: precision.oneSided || relation === 'at-most',
    summary,
    factIds: factsUsed.map((fact) => fact.id),
    unit,
    computed,
    computedInterval,
    expected: expectedValue,
    expectedInterval,
    expectedBasis: expected.basis,
    difference,
    notes: [
      ...notes,
      ...(roundingExplains ? [`The difference of ${describeAmount(difference, unit)} is within the rounding of the printed digits.`] : []),
      ...precision.notes,
    ],
  };
}
