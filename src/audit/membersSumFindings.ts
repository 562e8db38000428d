import type { RecordIndex } from '../dataset/indexRecords.js';
import type { Entity } from '../types.js';
import type { ConsistencyFinding } from './ConsistencyFinding.js';
import { expectedFor } from './expectedFor.js';
import { type Cell, cellOf, cellParts, type FactTable } from './factTable.js';
import { sumFinding } from './sumFinding.js';

/**
 * For each group and each cell (metric, period, unit, status, source) of an
 * additive metric: the sum of its members' facts against the group's own
 * fact, or against 100% where the metric is a share of the group. With a
 * complete member list the two must agree; with an incomplete one the sum may
 * only be smaller. A cell where a member of a complete group has no fact, or
 * where anyone has two, is not checked.
 *
 * @internal
 */
export function membersSumFindings(index: RecordIndex, table: FactTable): ConsistencyFinding[] {
  const metrics = index.metricsById();
  return index.records.entities.flatMap((group) => {
    const members = group.members ?? [];
    if (group.kind !== 'group' || members.length === 0) return [];
    const complete = group.membersComplete === true;
    return cellsOf(group, index, table).flatMap((cell) => {
      if (metrics.get(cell.metricId)?.additive !== true) return [];
      const expected = expectedFor(group.id, cell, index, table);
      const partLists = members.map((member) => table.at(member, cell));
      if (expected === undefined || partLists.some((list) => list.length > 1)) return [];
      const parts = partLists.flat();
      if (parts.length === 0 || (complete && parts.length < members.length)) return [];
      return [
        sumFinding({
          check: 'members-sum',
          id: ['members-sum', group.id, ...cellParts(cell)].join(':'),
          parts,
          expected,
          relation: complete ? 'equal' : 'at-most',
          notes: complete ? [] : [`The member list of ${group.id} is incomplete, so its listed members' sum may only be smaller than its figure.`],
        }),
      ];
    });
  });
}

/** The cells of the group's own facts, then of its members' facts of metrics that are shares of the group; each once, in that order. */
function cellsOf(group: Entity, index: RecordIndex, table: FactTable): Cell[] {
  const metrics = index.metricsById();
  const facts = [
    ...table.ofEntity(group.id),
    ...(group.members ?? []).flatMap((member) =>
      table.ofEntity(member).filter((fact) => metrics.get(fact.metricId)?.baseEntityId === group.id),
    ),
  ];
  const cells = new Map<string, Cell>();
  for (const fact of facts) {
    const cell = cellOf(fact);
    cells.set(cellParts(cell).join('\u0000'), cell);
  }
  return [...cells.values()];
}
