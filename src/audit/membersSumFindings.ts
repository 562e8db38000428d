import type { ValuedFact } from '../derived/requireInputs.js';
import { appendTo, getOrInsert } from '../grouping.js';
import type { ConsistencyFinding } from './ConsistencyFinding.js';
import { cellKey, expectedFor, type FactTable, factsInCells, sumFinding } from './findings.js';

/**
 * For each group and each cell (metric, period, unit, status, source) of an
 * additive metric: the sum of its members' facts against the group's own
 * fact, or against 100% where the metric is a share of the group. With a
 * complete member list the two must agree; with an incomplete one the sum may
 * only be smaller. A cell where a member of a complete group has no fact, or
 * where anyone has two, is not checked.
 *
 * The cells are those of the group's own facts, then of its members' facts of
 * metrics that are shares of the group; each once, in that order.
 *
 * Near-linear in the facts and the member lists: each member's figures meet
 * the group's cells once (see {@link factsInCells}), never one lookup per
 * member and cell.
 *
 * @internal
 */
export function membersSumFindings(table: FactTable): ConsistencyFinding[] {
  const metrics = table.index.metricsById();
  let shares: ReturnType<typeof sharesByBase> | undefined;
  return table.index.records.entities.flatMap((group) => {
    const members = group.members ?? [];
    if (members.length === 0) return [];
    shares ??= sharesByBase(table);
    const complete = group.membersComplete === true;
    const cells = new Map<string, ValuedFact>();
    for (const [key, facts] of table.cellsOf(group.id)) cells.set(key, facts[0]!);
    for (const member of new Set(members)) {
      for (const fact of shares.get([group.id, member].join(':')) ?? []) getOrInsert(cells, cellKey(fact), () => fact);
    }
    const membersIn = factsInCells(table, cells, members);
    return [...cells].flatMap(([key, cell]) => {
      if (metrics.get(cell.metricId)?.additive !== true) return [];
      const expected = expectedFor(group.id, cell, table);
      const parts = membersIn.get(key);
      if (expected === undefined || parts === undefined || (complete && parts.length < members.length)) return [];
      return [sumFinding('members-sum', group.id, parts, group.id, expected, complete ? undefined : group.id)];
    });
  });
}

/** The usable facts of metrics that are shares of another entity, by that entity's ID and their own entity's, joined by `:`: built only where some group has members. */
function sharesByBase(table: FactTable): Map<string, ValuedFact[]> {
  const byBase = new Map<string, ValuedFact[]>();
  const metrics = table.index.metricsById();
  for (const fact of table.facts) {
    const base = metrics.get(fact.metricId)?.baseEntityId;
    if (base !== undefined) appendTo(byBase, [base, fact.entityId].join(':'), fact);
  }
  return byBase;
}
