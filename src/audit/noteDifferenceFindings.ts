import { decimalSum } from '../arithmetic/decimalSum.js';
import type { ValuedFact } from '../derived/requireInputs.js';
import type { Note } from '../types.js';
import type { ConsistencyFinding } from './ConsistencyFinding.js';
import { describeAmount, describeComputed, type FactTable, factInterval, notCheckable, sumOfIntervals } from './findings.js';

/**
 * For each difference a note names: the minuend's value minus the
 * subtrahend's, with the interval their printed digits and qualifiers allow,
 * and the note's statement beside it. A note weighs records that do not
 * contradict each other, so there is nothing to check the difference
 * against: each is `not-checkable`, shown for the note. A difference of two
 * percentages is in percentage points.
 *
 * @internal
 */
export function noteDifferenceFindings({ index }: FactTable): ConsistencyFinding[] {
  // The map of every fact by ID, only where some note names a difference: a million facts without notes build none.
  return (index.records.notes ?? []).flatMap((note) =>
    note.differences.flatMap((difference) => {
      const [minuend, subtrahend] = [difference.minuendId, difference.subtrahendId].map((id) => index.factsById().get(id));
      return minuend?.value == null || subtrahend?.value == null ? [] : [differenceFinding(note, minuend as ValuedFact, subtrahend as ValuedFact)];
    }),
  );
}

function differenceFinding(note: Note, minuend: ValuedFact, subtrahend: ValuedFact): ConsistencyFinding {
  const unit = minuend.unit === 'percent' ? 'percentage points' : minuend.unit;
  const computed = decimalSum([minuend.value, -subtrahend.value]);
  // The interval of a difference: the minuend's less the subtrahend's negated (its high end to its low end).
  const { low, high } = factInterval(subtrahend);
  const computedInterval = sumOfIntervals([factInterval(minuend), { low: high === null ? null : -high, high: low === null ? null : -low }]);
  const periods = minuend.period === subtrahend.period ? minuend.period : `${minuend.period} - ${subtrahend.period}`;
  return notCheckable(
    'note-difference',
    [note.id, minuend.id, subtrahend.id],
    [minuend, subtrahend],
    unit,
    computed,
    computedInterval,
    `${minuend.entityId} - ${subtrahend.entityId} ${minuend.metricId} ${periods}: ` +
      `${describeAmount(minuend.value, minuend.unit)} - ${describeAmount(subtrahend.value, subtrahend.unit)} = ` +
      `${describeComputed(computed, computedInterval, unit)}, for the ${note.kind} ${note.id}.`,
    note.statement,
  );
}
