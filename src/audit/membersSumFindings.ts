import type { RecordIndex } from '../dataset/indexRecords.js';
import type { ValuedFact } from '../derived/requireInputs.js';
import { appendTo, getOrInsert } from '../grouping.js';
import type { Entity } from '../types.js';
import type { ConsistencyFinding } from './ConsistencyFinding.js';
import { expectedFor } from './expectedFor.js';
import { type Cell, cellKey, cellOf, cellParts, type FactTable } from './factTable.js';
import { factsInCells } from './factsInCells.js';
import { sumFinding } from './sumFinding.js';

/**
 * For each group and each cell (metric, period, unit, status, source) of an
 * additive metric: the sum of its members' facts against the group's own
 * fact, or against 100% where the metric is a share of the group. With a
 * complete member list the two must agree; with an incomplete one the sum may
 * only be smaller. A cell where a member of a complete group has no fact, or
 * where anyone has two, is not checked.
 *
 * Near-linear in the facts and the member lists: each member's figures meet
 * the group's cells once (see {@link factsInCells}), never one lookup per
 * member and cell.
 *
 * @internal
 */
export function membersSumFindings(index: RecordIndex, table: FactTable): ConsistencyFinding[] {
  const metrics = index.metricsById();
  const sharesOf = sharesByBase(index, table);
  return index.records.entities.flatMap((group) => {
    const members = group.members ?? [];
    if (group.kind !== 'group' || members.length === 0) return [];
    const complete = group.membersComplete === true;
    const cells = cellsOf(group, table, sharesOf(group.id));
    const membersIn = factsInCells(table, cells, members);
    return [...cells].flatMap(([key, cell]) => {
      if (metrics.get(cell.metricId)?.additive !== true) return [];
      const expected = expectedFor(group.id, cell, index, table);
      const present = membersIn.get(key) ?? [];
      if (expected === undefined || present.some((at) => at.facts.length > 1)) return [];
      if (present.length === 0 || (complete && present.length < members.length)) return [];
      return [
        sumFinding({
          check: 'members-sum',
          id: ['members-sum', group.id, ...cellParts(cell)].join(':'),
          parts: present.map((at) => at.facts[0]!),
          expected,
          relation: complete ? 'equal' : 'at-most',
          notes: complete ? [] : [`The member list of ${group.id} is incomplete, so its listed members' sum may only be smaller than its figure.`],
        }),
      ];
    });
  });
}

/** For each entity, its usable facts of metrics that are shares of another entity, by that entity: built once, only where some group has members. */
function sharesByBase(index: RecordIndex, table: FactTable): (baseEntityId: string) => ReadonlyMap<string, readonly ValuedFact[]> {
  let byBase: Map<string, Map<string, ValuedFact[]>> | undefined;
  return (baseEntityId) => {
    if (byBase === undefined) {
      byBase = new Map();
      const metrics = index.metricsById();
      for (const fact of table.facts) {
        const base = metrics.get(fact.metricId)?.baseEntityId;
        if (base === undefined) continue;
        appendTo(
          getOrInsert(byBase, base, () => new Map()),
          fact.entityId,
          fact,
        );
      }
    }
    return byBase.get(baseEntityId) ?? new Map();
  };
}

/** The cells of the group's own facts, then of its members' facts of metrics that are shares of the group; each once, in that order, by {@link cellKey}. */
function cellsOf(group: Entity, table: FactTable, shares: ReadonlyMap<string, readonly ValuedFact[]>): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  const add = (fact: ValuedFact) => {
    const cell = cellOf(fact);
    const key = cellKey(cell);
    if (!cells.has(key)) cells.set(key, cell);
  };
  for (const fact of table.ofEntity(group.id)) add(fact);
  for (const member of new Set(group.members ?? [])) for (const fact of shares.get(member) ?? []) add(fact);
  return cells;
}
