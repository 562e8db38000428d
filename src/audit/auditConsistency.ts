import type { RecordIndex } from '../dataset/indexRecords.js';
import type { ConsistencyFinding } from './ConsistencyFinding.js';
import { currencyPairFindings } from './currencyPairFindings.js';
import { factTable } from './factTable.js';
import { freezeFindings } from './freezeFindings.js';
import { membersSumFindings } from './membersSumFindings.js';
import { noteDifferenceFindings } from './noteDifferenceFindings.js';
import { remainderSumFindings } from './remainderSumFindings.js';
import { repeatedFigureFindings } from './repeatedFigureFindings.js';

/**
 * Every cross-check of the dataset's facts, frozen, in a stable order: by
 * check, then by the dataset's order. See {@link Dataset.auditConsistency}.
 *
 * @internal
 */
export function auditConsistency(index: RecordIndex): readonly ConsistencyFinding[] {
  const table = factTable(index);
  return freezeFindings([
    ...membersSumFindings(index, table),
    ...remainderSumFindings(index, table),
    ...currencyPairFindings(index, table),
    ...repeatedFigureFindings(table),
    ...noteDifferenceFindings(index),
  ]);
}
