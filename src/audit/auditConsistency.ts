import type { RecordIndex } from '../dataset/indexRecords.js';
import type { ConsistencyFinding } from './ConsistencyFinding.js';
import { factTable } from './findings.js';
import { currencyPairFindings } from './currencyPairFindings.js';
import { membersSumFindings } from './membersSumFindings.js';
import { noteDifferenceFindings } from './noteDifferenceFindings.js';
import { remainderSumFindings } from './remainderSumFindings.js';
import { repeatedFigureFindings } from './repeatedFigureFindings.js';

/**
 * Every cross-check of the dataset's facts, frozen, in a stable order: by
 * check, then by the dataset's order. See {@link Dataset.auditConsistency}.
 *
 * Each finding is frozen with each list and interval in it: all a finding
 * holds, since its fields are strings, numbers, and lists of strings or
 * intervals of numbers. The same as `deepFreeze`, without visiting each fact
 * ID of a finding of a hundred thousand statements.
 *
 * @internal
 */
export function auditConsistency(index: RecordIndex): readonly ConsistencyFinding[] {
  const table = factTable(index);
  const checks = [membersSumFindings, remainderSumFindings, currencyPairFindings, repeatedFigureFindings, noteDifferenceFindings];
  const findings = checks.flatMap((check) => check(table));
  for (const finding of findings) {
    // Freezing a string, number or null leaves it as it is.
    Object.values(finding).forEach(Object.freeze);
    Object.freeze(finding);
  }
  return Object.freeze(findings);
}
