import { decimalSum } from '../arithmetic/decimalSum.js';
import { containedIn } from '../dataset/containedIn.js';
import type { RecordIndex } from '../dataset/indexRecords.js';
import { requireRecord } from '../dataset/requireRecord.js';
import { describeValue } from '../helpers/checkArguments.js';
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

  requireDistinctEntities(index, facts.map((fact) => requireRecord(index, 'entity', FN, 'entityId', fact.entityId).id));
  return deriveFigure({
    derivation: 'sum',
    value: decimalSum(facts.map((fact) => fact.value)),
    unit: facts[0]!.unit,
    formula: `${terms(facts.map((fact) => fact.entityId))} = ${terms(facts.map((fact) => String(fact.value)))}`,
    inputs: facts.map((fact) => ({ fact, direction: 'rises' as const })),
  });
}

/**
 * Throws if any entity would be counted twice: an entity given twice, with a
 * group that contains it (directly or through subgroups), or contained in two
 * of the groups given. Linear in the entities and what the groups contain.
 */
function requireDistinctEntities(index: RecordIndex, entityIds: readonly string[]): void {
  const countedBy = new Map<string, string>();
  for (const id of entityIds) {
    if (countedBy.get(id) === id) {
      throw new RangeError(`${FN}: expected facts of distinct entities, received two of "${id}"; its figure would be counted twice`);
    }
    for (const counted of [id, ...containedIn(index, id)]) {
      const other = countedBy.get(counted);
      if (other !== undefined) {
        const [outer, inner] = other === counted ? [id, counted] : counted === id ? [other, id] : [undefined, counted];
        throw new RangeError(
          outer === undefined
            ? `${FN}: expected facts of distinct entities, received "${other}" and "${id}", which both contain "${inner}"; its figure would be counted twice`
            : `${FN}: expected facts of distinct entities, received "${inner}" together with "${outer}", which contains it; its figure would be counted twice`,
        );
      }
      countedBy.set(counted, id);
    }
  }
}

/** The terms of a sum, `a + b + c`; past twelve, the first ten, the last, and how many: `a + ... + z (1000 terms)`. */
function terms(items: readonly string[]): string {
  if (items.length <= 12) return items.join(' + ');
  return `${items.slice(0, 10).join(' + ')} + ... + ${items.at(-1)} (${items.length} terms)`;
}
