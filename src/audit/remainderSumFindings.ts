import type { RecordIndex } from '../dataset/indexRecords.js';
import type { ValuedFact } from '../derived/requireInputs.js';
import type { Entity } from '../types.js';
import type { ConsistencyFinding } from './ConsistencyFinding.js';
import { cellOf, cellParts, type FactTable } from './factTable.js';
import { expectedFor } from './expectedFor.js';
import { sumFinding } from './sumFinding.js';

/**
 * For each remainder, a group defined as a larger group less some entities
 * (`rest-of-top-40` is `top-40-startup-ecosystems` less Beijing, Silicon Valley
 * and Paris): its fact plus the facts of what it excludes, against the larger
 * group's fact or 100% where the metric is a share of it. What it excludes may
 * be counted entity by entity, or by a group whose complete member list is
 * exactly those entities (`big-three`); each way that has facts is a finding.
 *
 * @internal
 */
export function remainderSumFindings(index: RecordIndex, table: FactTable): ConsistencyFinding[] {
  const metrics = index.metricsById();
  const entities = index.records.entities;
  return entities.flatMap((remainder) => {
    const { subsetOf: whole, excludes = [] } = remainder;
    if (whole === undefined || excludes.length === 0) return [];
    const coveringGroups = entities.filter((group) => group.id !== remainder.id && hasExactlyMembers(group, excludes));
    return table.ofEntity(remainder.id).flatMap((fact) => {
      const cell = cellOf(fact);
      const expected = expectedFor(whole, cell, index, table);
      if (expected === undefined || metrics.get(cell.metricId)?.additive !== true) return [];
      const covers: { label: string; facts: readonly ValuedFact[] }[] = [];
      const oneByOne = excludes.map((id) => table.at(id, cell));
      if (oneByOne.every((list) => list.length === 1)) covers.push({ label: excludes.join('+'), facts: oneByOne.flat() });
      for (const group of coveringGroups) {
        const groupFacts = table.at(group.id, cell);
        if (groupFacts.length === 1) covers.push({ label: group.id, facts: groupFacts });
      }
      return covers.map((cover) =>
        sumFinding({
          check: 'remainder-sum',
          id: ['remainder-sum', `${remainder.id}+${cover.label}`, ...cellParts(cell)].join(':'),
          parts: [fact, ...cover.facts],
          expected,
          relation: 'equal',
        }),
      );
    });
  });
}

function hasExactlyMembers(group: Entity, ids: readonly string[]): boolean {
  const members = group.members ?? [];
  return (
    group.kind === 'group' &&
    group.membersComplete === true &&
    members.length === ids.length &&
    ids.every((id) => members.includes(id))
  );
}
