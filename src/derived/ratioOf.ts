import type { RecordIndex } from '../dataset/indexRecords.js';
import { ArgumentRangeError, method, parts } from '../errors.js';
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
  const comparison = { method: FN, argument: 'denominatorFactId', value: denominatorFactId };
  if (numerator.entityId === denominator.entityId) {
    const overTime = numerator.metricId === denominator.metricId && numerator.period !== denominator.period;
    throw new ArgumentRangeError({
      ...comparison,
      expected: ['facts of two entities'],
      received: [`two of "${numerator.entityId}" (${numerator.id}, ${denominator.id})`],
      ...(overTime ? { remedy: parts`for one entity over time, use ${method('growthOf')}` } : {}),
    });
  }
  requireCombinable(index, comparison, [numerator, denominator], true);
  if (denominator.value === 0) {
    throw new ArgumentRangeError({ ...comparison, expected: ['the denominator to be > 0'], received: [`0 (${denominator.id})`] });
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
