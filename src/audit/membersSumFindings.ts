import type { RecordIndex } from '../dataset/indexRecords.js';
import type { Entity } from '../types.js';
import type { ConsistencyFinding } from './ConsistencyFinding.js';
import { type Cell, cellKey, cellOf, type FactTable } from './factTable.js';
import { type Expected, sumFinding } from './sumFinding.js';

/**
 * For each group and each cell (metric, period, unit, status) of an additive
 * metric: the sum of its members' facts against the group's own fact, or
 * against 100% where the metric is a share of the group. With a complete
 * member list the two must agree; with an incomplete one the sum may only be
 * smaller. A cell where a member has no fact (of a complete group), or where
 * anyone has two, is not checked.
 *
 * @internal
 */
export function membersSumFindings(index: RecordIndex, table: FactTable): ConsistencyFinding[] {
  const metrics = index.metricsById();
  return index.records.entities.flatMap((group) => {
    const members = group.members ?? [];
    if (group.kind !== 'group' || members.length === 0) return [];
    return cellsOf(group, index, table).flatMap((cell) => {
      const expected = expectedFor(group.id, cell, index, table);
      const partLists = members.map((member) => table.at(member, cell));
      if (expected === undefined || partLists.some((list) => list.length > 1)) return [];
      const parts = partLists.flat();
      if (parts.length === 0 || (group.membersComplete === true && parts.length < members.length)) return [];
      if (metrics.get(cell.metricId)?.additive !== true) return [];
      return [
        sumFinding({
          check: 'members-sum',
          id: `members-sum:${group.id}:${cell.metricId}:${cell.period}`,
          parts,
          expected,
          relation: group.membersComplete === true ? 'equal' : 'at-most',
          notes:
            group.membersComplete === true
              ? []
              : [`The member list of ${group.id} is incomplete, so its listed members' sum may only be smaller than its figure.`],
        }),
      ];
    });
  });
}

/**
 * What a sum for `entityId` in `cell` is checked against: the entity's one
 * fact there, or else 100% if the metric is a share of the entity's total.
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

/** The cells of the group's own facts, and of its members' facts of metrics that are shares of the group; each once, in the dataset's order. */
function cellsOf(group: Entity, index: RecordIndex, table: FactTable): Cell[] {
  const metrics = index.metricsById();
  const facts = [
    ...table.ofEntity(group.id),
    ...(group.members ?? []).flatMap((member) =>
      table.ofEntity(member).filter((fact) => metrics.get(fact.metricId)?.baseEntityId === group.id),
    ),
  ].sort((a, b) => table.position(a) - table.position(b));
  const cells = new Map<string, Cell>();
  for (const fact of facts) {
    const cell = cellOf(fact);
    cells.set(cellKey(cell), cell);
  }
  return [...cells.values()];
}
