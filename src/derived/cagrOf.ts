import type { FactChoice } from '../dataset/Dataset.js';
import type { RecordIndex } from '../dataset/indexRecords.js';
import { cagr } from '../helpers/cagr.js';
import { deriveFigure } from './deriveFigure.js';
import type { DerivedFigure } from './DerivedFigure.js';
import { requireGrowthPair } from './requireInputs.js';

/**
 * The compound annual growth rate of an entity's metric between two periods,
 * with lineage. See {@link Dataset.cagrOf}.
 *
 * @internal
 */
export function cagrOf(index: RecordIndex, entityId: string, metricId: string, fromPeriod: string, toPeriod: string, choice?: FactChoice): DerivedFigure {
  const { from, to, years } = requireGrowthPair(index, 'cagrOf', entityId, metricId, fromPeriod, toPeriod, choice);
  return deriveFigure({
    derivation: 'cagr',
    value: cagr(from.value, to.value, years),
    unit: 'fraction',
    formula: `(value in ${to.period} / value in ${from.period}) ^ (1 / years between them) - 1 = (${to.value} / ${from.value}) ^ (1 / ${years}) - 1`,
    inputs: [
      { fact: from, direction: 'falls' },
      { fact: to, direction: 'rises' },
    ],
  });
}
