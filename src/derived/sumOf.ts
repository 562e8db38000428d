import { decimalSum } from '../arithmetic/decimalSum.js';
import type { RecordIndex } from '../dataset/indexRecords.js';
import { requireRecord } from '../dataset/requireRecord.js';
import { describeValue } from '../helpers/checkArguments.js';
import type { Entity } from '../types.js';
import { deriveFigure } from './deriveFigure.js';
import type { DerivedFigure } from './DerivedFigure.js';
import { requireAdditive, requireCombinable, requireValuedFact } from './requireInputs.js';

const FN = 'sumOf';

/**
 * The sum of facts of different entities, with lineage. See
 * {@link Dataset.sumOf}.
 *
 * @internal
 */
export function sumOf(index: RecordIndex, factIds: readonly string[]): DerivedFigure {
  if (!Array.isArray(factIds)) {
    throw new TypeError(`${FN}: expected \`factIds\` to be an array of fact IDs, received ${describeValue(factIds)}`);
  }
  if (factIds.length === 0) throw new RangeError(`${FN}: expected \`factIds\` to name at least one fact, received an empty array`);
  const facts = factIds.map((id, i) => requireValuedFact(index, FN, `factIds[${i}]`, id));
  const seen = new Set<string>();
  for (const id of factIds) {
    if (seen.has(id)) throw new RangeError(`${FN}: expected each fact once, received "${id}" twice`);
    seen.add(id);
  }
  requireCombinable(index, FN, facts, true);
  requireAdditive(index, FN, facts[0]!.metricId);

  requireDistinctEntities(facts.map((fact) => requireRecord(index, 'entity', FN, 'entityId', fact.entityId)));
  return deriveFigure({
    derivation: 'sum',
    value: decimalSum(facts.map((fact) => fact.value)),
    unit: facts[0]!.unit,
    formula: `${terms(facts.map((fact) => fact.entityId))} = ${terms(facts.map((fact) => String(fact.value)))}`,
    inputs: facts.map((fact) => ({ fact, direction: 'rises' as const })),
  });
}

/**
 * Throws if an entity comes twice, or with a group that contains it (as a
 * listed member, or as a subgroup): its figure would be counted twice. Linear
 * in the entities and the members of the groups among them.
 */
function requireDistinctEntities(entities: readonly Entity[]): void {
  const byId = new Map<string, Entity>();
  const subgroupOf = new Map<string, string>();
  for (const entity of entities) {
    if (byId.has(entity.id)) {
      throw new RangeError(`${FN}: expected facts of distinct entities, received two of "${entity.id}"; its figure would be counted twice`);
    }
    byId.set(entity.id, entity);
    if (entity.subsetOf !== undefined && !subgroupOf.has(entity.subsetOf)) subgroupOf.set(entity.subsetOf, entity.id);
  }
  for (const outer of entities) {
    const inner = outer.members?.find((member) => byId.has(member)) ?? subgroupOf.get(outer.id);
    if (inner !== undefined) {
      throw new RangeError(
        `${FN}: expected facts of distinct entities, received "${inner}" together with "${outer.id}", which contains it; its figure would be counted twice`,
      );
    }
  }
}

/** The terms of a sum, `a + b + c`; past twelve, the first ten, the last, and how many: `a + ... + z (1000 terms)`. */
function terms(items: readonly string[]): string {
  if (items.length <= 12) return items.join(' + ');
  return `${items.slice(0, 10).join(' + ')} + ... + ${items.at(-1)} (${items.length} terms)`;
}
