import { decimalSum } from '../arithmetic/decimalSum.js';
import { containedIn } from '../dataset/containment.js';
import type { RecordIndex } from '../dataset/indexRecords.js';
import type { Comparison } from '../dataset/requireAlike.js';
import { requireRecord } from '../dataset/requireRecord.js';
import { requireArray } from '../arguments.js';
import { arg, ArgumentRangeError, parts } from '../errors.js';
import { deriveFigure } from './deriveFigure.js';
import type { DerivedFigure } from './DerivedFigure.js';
import { requireAdditive, requireCombinable, requireValuedFact } from './requireInputs.js';

const FN = 'sumOf';
const DISTINCT = 'facts of distinct entities';
const TWICE = 'its figure would be counted twice';

/**
 * The sum of facts of different entities, with lineage. See
 * {@link Dataset.sumOf}.
 *
 * @internal
 */
export function sumOf(index: RecordIndex, factIds: readonly string[]): DerivedFigure {
  const ids = requireArray(FN, 'factIds', factIds, 'an array of fact IDs');
  const comparison = { method: FN, argument: 'factIds', value: factIds };
  if (ids.length === 0)
    throw new ArgumentRangeError({ ...comparison, expected: parts`${arg('factIds')} to name at least one fact`, received: ['an empty array'] });
  const facts = ids.map((id, i) => requireValuedFact(index, FN, `factIds[${i}]`, id));
  const seen = new Set<string>();
  for (const { id } of facts) {
    if (seen.has(id)) throw new ArgumentRangeError({ ...comparison, expected: ['each fact once'], received: [`"${id}" twice`] });
    seen.add(id);
  }
  requireCombinable(index, comparison, facts, true);
  requireAdditive(index, comparison, facts[0]!.metricId);

  requireDistinctEntities(
    comparison,
    index,
    facts.map((fact) => requireRecord(index, 'entity', FN, 'entityId', fact.entityId).id),
  );
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
function requireDistinctEntities(comparison: Comparison, index: RecordIndex, entityIds: readonly string[]): void {
  const countedBy = new Map<string, string>();
  for (const id of entityIds) {
    if (countedBy.get(id) === id) {
      throw new ArgumentRangeError({ ...comparison, expected: [DISTINCT], received: [`two of "${id}"`], remedy: [TWICE] });
    }
    for (const counted of [id, ...containedIn(index, id)]) {
      const other = countedBy.get(counted);
      if (other !== undefined) {
        const [outer, inner] = other === counted ? [id, counted] : counted === id ? [other, id] : [undefined, counted];
        const received =
          outer === undefined ? `"${other}" and "${id}", which both contain "${inner}"` : `"${inner}" together with "${outer}", which contains it`;
        throw new ArgumentRangeError({ ...comparison, expected: [DISTINCT], received: [received], remedy: [TWICE] });
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
