import type { RecordIndex } from '../dataset/indexRecords.js';
import { deriveFigure } from './deriveFigure.js';
import type { DerivedFigure } from './DerivedFigure.js';
import { requireCombinable, requireValuedFact } from './requireInputs.js';

const FN = 'ratioOf';

/**
 * The ratio of two entities' facts, with lineage. See {@link Dataset.ratioOf}.
 *
 * @internal
 */
export function ratioOf(index: RecordIndex, numeratorFactId: string, denominatorFactId: string): DerivedFigure {
  const numerator = requireValuedFact(index, FN, 'numeratorFactId', numeratorFactId);
  const denominator = requireValuedFact(index, FN, 'denominatorFactId', denominatorFactId);
  if (numerator.entityId === denominator.entityId) {
    throw new RangeError(
      `${FN}: expected facts of two entities, received two of "${numerator.entityId}" (${numerator.id}, ${denominator.id})${numerator.metricId === denominator.metricId && numerator.period !== denominator.period ? '; for one entity over time, use growthOf' : ''}`,
    );
  }
  requireCombinable(index, FN, [numerator, denominator], true);
  if (denominator.value === 0) {
    throw new RangeError(`${FN}: expected the denominator to be > 0, received 0 (${denominator.id})`);
  }
  return deriveFigure({
    derivation: 'ratio',
    value: numerator.value / denominator.value,
    unit: 'ratio',
    formula: `${numerator.entityId} / ${denominator.entityId} = ${numerator.value} / ${denominator.value}`,
    inputs: [
      { fact: numerator, direction: 'rises' },
      { fact: denominator, direction: 'falls' },
    ],
  });
}
