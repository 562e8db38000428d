import type { ValuedFact } from '../derived/requireInputs.js';
import { appendTo, getOrInsert } from '../grouping.js';
import type { ConsistencyFinding } from './ConsistencyFinding.js';
import { expectedFor, type FactTable, factsInCells, sumFinding } from './findings.js';

/**
 * For each remainder, a group defined as a larger group less some entities
 * (`rest-of-top-40` is `top-40-startup-ecosystems` less Beijing, Silicon Valley
 * and Paris): its fact plus the facts of what it excludes, against the larger
 * group's fact or 100% where the metric is a share of it. What it excludes may
 * be counted entity by entity, or by a group whose complete member list is
 * exactly those entities (`big-three`): the first remainder of those entities
 * checked in a cell (in the entities' order) is checked against each such
 * group with a fact there, and a later one against the first such group only.
 * The checks left out are redundant: the difference of a later remainder and
 * a later group is that of the later remainder and the first group, plus that
 * of the first remainder and the later group, less that of the first two. So
 * a thousand remainders and a thousand groups of the same entities make two
 * thousand findings in a cell, not a million. A cell where the remainder, or
 * anything it is summed with, has two facts is not checked.
 *
 * Near-linear in the facts and the entities' lists: the groups' figures are
 * sorted by their member lists' keys and cells once, for every remainder they
 * cover, and the excluded entities' figures meet the remainder's cells once
 * (see {@link factsInCells}).
 *
 * @internal
 */
export function remainderSumFindings(table: FactTable): ConsistencyFinding[] {
  const metrics = table.index.metricsById();
  const entities = table.index.records.entities;
  // By the key of a list of entities, then by cell: the one fact there of each group whose complete member list it is, in the entities' order.
  const groupsIn = new Map<string, Map<string, ValuedFact[]>>();
  for (const group of entities) {
    if (group.membersComplete !== true || !group.members?.length) continue;
    const byCell = getOrInsert(groupsIn, membersKey(group.members), () => new Map());
    for (const [cell, facts] of table.cellsOf(group.id)) if (facts.length === 1) appendTo(byCell, cell, facts[0]!);
  }
  const checkedAgainstAll = new Set<readonly ValuedFact[]>();
  return entities.flatMap((remainder) => {
    const { subsetOf: whole, excludes = [] } = remainder;
    if (whole === undefined || excludes.length === 0) return [];
    const cells = table.cellsOf(remainder.id);
    const excludedIn = factsInCells(table, cells, excludes);
    const covering = groupsIn.get(membersKey(excludes));
    const notSelf = (groupFact: ValuedFact) => groupFact.entityId !== remainder.id;
    return [...cells].flatMap(([cell, own]) => {
      const fact = own[0]!;
      const expected = own.length > 1 ? undefined : expectedFor(whole, fact, table);
      if (expected === undefined || metrics.get(fact.metricId)?.additive !== true) return [];
      const groupFacts = covering?.get(cell) ?? [];
      // Every group, or only the first that is not the remainder itself (an entity may be both).
      const groups = checkedAgainstAll.has(groupFacts) ? groupFacts.slice(0, 2).filter(notSelf).slice(0, 1) : groupFacts.filter(notSelf);
      checkedAgainstAll.add(groupFacts);
      const parts = excludedIn.get(cell);
      const finding = (ids: readonly string[], summed: readonly ValuedFact[]) =>
        sumFinding('remainder-sum', [remainder.id, ...ids].join('+'), [fact, ...summed], whole, expected);
      return [...(parts?.length === excludes.length ? [finding(excludes, parts)] : []), ...groups.map((group) => finding([group.entityId], [group]))];
    });
  });
}

/** A key for a list of entity IDs that is the same for the same IDs in any order. */
function membersKey(ids: readonly string[]): string {
  return [...ids].sort().join(':');
}
