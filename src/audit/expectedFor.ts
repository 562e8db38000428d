import type { RecordIndex } from '../dataset/indexRecords.js';
import type { ValuedFact } from '../derived/requireInputs.js';
import type { Cell, FactTable } from './factTable.js';

/** What a sum is checked against: a fact of the whole, or 100% by the metric's definition. */
export type Expected = { readonly basis: 'fact'; readonly fact: ValuedFact } | { readonly basis: 'definition'; readonly entityId: string; readonly value: 100 };

/**
 * What a sum for `entityId` in `cell` is checked against: the entity's one
 * fact there, or else 100% if the metric is a share of the entity's total; or
 * nothing, where the entity has two facts there or neither applies.
 *
 * @internal
 */
export function expectedFor(entityId: string, cell: Cell, index: RecordIndex, table: FactTable): Expected | undefined {
  const own = table.at(entityId, cell);
  if (own.length === 1) return { basis: 'fact', fact: own[0]! };
  if (own.length > 1) return undefined;
  const metric = index.metricsById().get(cell.metricId);
  return metric?.baseEntityId === entityId && cell.unit === 'percent' ? { basis: 'definition', entityId, value: 100 } : undefined;
}
