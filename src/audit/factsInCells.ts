import type { ValuedFact } from '../derived/requireInputs.js';
import { appendTo } from '../grouping.js';
import type { FactTable } from './factTable.js';

/** The facts one of the entities asked about has in a cell: its position in their list, and its facts there. */
export interface FactsAt {
  readonly position: number;
  readonly facts: readonly ValuedFact[];
}

/**
 * For each cell of `cellKeys` (by {@link cellKey}), the entities of
 * `entityIds` that have usable facts there, in their order, with those
 * facts; a cell where none has any is absent. An entity listed twice is
 * there twice, at each of its positions.
 *
 * Each entity's cells meet `cellKeys` from whichever side is smaller, so a
 * group of many members, each with a figure or two, costs what those figures
 * do, and so does a member with many figures in a group with few: the work is
 * at most the smaller of the two counts for each entity, never their product.
 *
 * @internal
 */
export function factsInCells(table: FactTable, cellKeys: ReadonlyMap<string, unknown>, entityIds: readonly string[]): Map<string, FactsAt[]> {
  const found = new Map<string, FactsAt[]>();
  entityIds.forEach((entityId, position) => {
    const cells = table.cellsOf(entityId);
    if (cells.size <= cellKeys.size) {
      for (const [key, facts] of cells) if (cellKeys.has(key)) appendTo(found, key, { position, facts });
    } else {
      for (const key of cellKeys.keys()) {
        const facts = cells.get(key);
        if (facts !== undefined) appendTo(found, key, { position, facts });
      }
    }
  });
  return found;
}
