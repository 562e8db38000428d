import { appendTo } from '../grouping.js';
import type { Entity } from '../types.js';
import type { ConsistencyFinding } from './ConsistencyFinding.js';
import { expectedFor, type FactTable, factsInCells, sumFinding } from './findings.js';

/**
 * For each remainder, a group defined as a larger group less some entities
 * (`rest-of-top-40` is `top-40-startup-ecosystems` less Beijing, Silicon Valley
 * and Paris): its fact plus the facts of what it excludes, against the larger
 * group's fact or 100% where the metric is a share of it. What it excludes may
 * be counted entity by entity, or by a group whose complete member list is
 * exactly those entities (`big-three`); each way that has facts is a finding.
 * A cell where the remainder, or anything it is summed with, has two facts is
 * not checked.
 *
 * Near-linear in the facts and the entities' lists: the groups that cover a
 * remainder are found by their member lists' keys, and the excluded entities'
 * and covering groups' figures meet the remainder's cells once each (see
 * {@link factsInCells}).
 *
 * @internal
 */
export function remainderSumFindings(table: FactTable): ConsistencyFinding[] {
  const metrics = table.index.metricsById();
  const entities = table.index.records.entities;
  // The groups whose member list is complete, by the key of their members, in the entities' order.
  const groupsByMembers = new Map<string, Entity[]>();
  for (const group of entities) {
    if (group.kind === 'group' && group.membersComplete === true && Array.isArray(group.members) && group.members.length > 0) {
      appendTo(groupsByMembers, membersKey(group.members), group);
    }
  }
  return entities.flatMap((remainder) => {
    const { subsetOf: whole, excludes = [] } = remainder;
    if (whole === undefined || excludes.length === 0) return [];
    const cells = table.cellsOf(remainder.id);
    // What the remainder excludes, entity by entity, then each group that covers it.
    const coveringGroups = (groupsByMembers.get(membersKey(excludes)) ?? []).filter((group) => group.id !== remainder.id);
    const covers = [excludes, ...coveringGroups.map((group) => [group.id])];
    const coversIn = covers.map((cover) => factsInCells(table, cells, cover));
    return [...cells].flatMap(([key, own]) => {
      const fact = own[0]!;
      const expected = own.length > 1 ? undefined : expectedFor(whole, fact, table);
      if (expected === undefined || metrics.get(fact.metricId)?.additive !== true) return [];
      return covers.flatMap((cover, c) => {
        const parts = coversIn[c]!.get(key);
        return parts?.length === cover.length ? [sumFinding('remainder-sum', `${remainder.id}+${cover.join('+')}`, [fact, ...parts], whole, expected)] : [];
      });
    });
  });
}

/** A key for a list of entity IDs that is the same for the same IDs in any order. */
function membersKey(ids: readonly string[]): string {
  return [...ids].sort().join('\u0000');
}
