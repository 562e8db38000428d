import type { FactChoice } from '../dataset/Dataset.js';
import type { RecordIndex } from '../dataset/indexRecords.js';
import { growthRate } from '../helpers/growthRate.js';
import { deriveFigure } from './deriveFigure.js';
import type { DerivedFigure } from './DerivedFigure.js';
import { requireGrowthPair } from './requireInputs.js';

/**
 * The growth rate of an entity's metric between two periods, with lineage.
 * See {@link Dataset.growthOf}.
 *
 * @internal
 */
export function growthOf(index: RecordIndex, entityId: string, metricId: string, fromPeriod: string, toPeriod: string, choice?: FactChoice): DerivedFigure {
  const { from, to } = requireGrowthPair(index, 'growthOf', entityId, metricId, fromPeriod, toPeriod, choice);
  return deriveFigure({
    derivation: 'growth-rate',
    value: growthRate(from.value, to.value),
    unit: 'fraction',
    formula: `(value in ${to.period} - value in ${from.period}) / value in ${from.period} = (${to.value} - ${from.value}) / ${from.value}`,
    inputs: [
      { fact: from, direction: 'falls' },
      { fact: to, direction: 'rises' },
    ],
  });
}
