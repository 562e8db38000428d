import { decimalSum } from '../arithmetic/decimalSum.js';
import type { RecordIndex } from '../dataset/indexRecords.js';
import type { ValuedFact } from '../derived/requireInputs.js';
import type { FactDifference, Note } from '../types.js';
import { boundNotes } from './boundNotes.js';
import { type ConsistencyFinding, NOTHING_TO_CHECK_AGAINST, type ValueInterval } from './ConsistencyFinding.js';
import { describeAmount, describeInterval } from './describeAmount.js';
import { factInterval } from './factInterval.js';

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
export function noteDifferenceFindings(index: RecordIndex): ConsistencyFinding[] {
  // The map of every fact by ID, only where some note names a difference: a million facts without notes build none.
  const valued = (id: string) => {
    const fact = index.factsById().get(id);
    return fact === undefined || fact.value === null ? undefined : (fact as ValuedFact);
  };
  return (index.records.notes ?? []).flatMap((note) =>
    note.differences.flatMap((difference) => {
      const [minuend, subtrahend] = [valued(difference.minuendId), valued(difference.subtrahendId)];
      return minuend === undefined || subtrahend === undefined ? [] : [differenceFinding(note, difference, minuend, subtrahend)];
    }),
  );
}

/** The interval of `a - b`. */
function differenceOfIntervals(a: ValueInterval, b: ValueInterval): ValueInterval {
  return {
    low: a.low === null || b.high === null ? null : decimalSum([a.low, -b.high]),
    high: a.high === null || b.low === null ? null : decimalSum([a.high, -b.low]),
  };
}

function differenceFinding(note: Note, difference: FactDifference, minuend: ValuedFact, subtrahend: ValuedFact): ConsistencyFinding {
  const unit = minuend.unit === 'percent' ? 'percentage points' : minuend.unit;
  const computed = decimalSum([minuend.value, -subtrahend.value]);
  const computedInterval = differenceOfIntervals(factInterval(minuend), factInterval(subtrahend));
  const precision = boundNotes([minuend, subtrahend]);
  return {
    id: ['note-difference', note.id, difference.minuendId, difference.subtrahendId].join(':'),
    check: 'note-difference',
    outcome: 'not-checkable',
    oneSided: precision.oneSided,
    summary:
      `${minuend.entityId} - ${subtrahend.entityId} ${minuend.metricId} ${minuend.period === subtrahend.period ? minuend.period : `${minuend.period} - ${subtrahend.period}`}: ` +
      `${describeAmount(minuend.value, minuend.unit)} - ${describeAmount(subtrahend.value, subtrahend.unit)} = ${describeAmount(computed, unit)} ` +
      `(${describeInterval(computedInterval, unit)} within the printed digits and qualifiers), for the ${note.kind} ${note.id}.`,
    factIds: [minuend.id, subtrahend.id],
    unit,
    computed,
    computedInterval,
    ...NOTHING_TO_CHECK_AGAINST,
    notes: [note.statement, ...precision.notes],
  };
}
