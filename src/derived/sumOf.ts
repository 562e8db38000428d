import { requireArray } from '../arguments.js';
import { containedIn } from '../dataset/containment.js';
import type { RecordIndex } from '../dataset/indexRecords.js';
import { arg, ArgumentRangeError, parts } from '../errors.js';
import { deriveFigure } from './deriveFigure.js';
import type { DerivedFigure } from './DerivedFigure.js';
import { requireAdditive, requireCombinable, requireValuedFact } from './requireInputs.js';

/**
 * The sum of facts of different entities, with lineage. See
 * {@link Dataset.sumOf}.
 *
 * @internal
 */
export function sumOf(index: RecordIndex, factIds: readonly string[]): DerivedFigure {
  const comparison = { method: 'sumOf', argument: 'factIds', value: factIds };
  const ids = requireArray('sumOf', 'factIds', factIds, 'an array of fact IDs');
  if (ids.length === 0)
    throw new ArgumentRangeError({ ...comparison, expected: parts`${arg('factIds')} to name at least one fact`, received: ['an empty array'] });
  const facts = ids.map((id, i) => requireValuedFact(index, 'sumOf', `factIds[${i}]`, id));
  const seen = new Set<string>();
  for (const { id } of facts) {
    if (seen.has(id)) throw new ArgumentRangeError({ ...comparison, expected: ['each fact once'], received: [`"${id}" twice`] });
    seen.add(id);
  }
  requireCombinable(index, comparison, facts, true);
  requireAdditive(index, comparison, facts);
  // No entity counted twice: given twice, with a group that contains it, or in two of the groups given.
  // Linear in the entities and what the groups contain.
  const countedBy = new Map<string, string>();
  for (const { entityId: id } of facts) {
    for (const counted of [id, ...containedIn(index, id)]) {
      const other = countedBy.get(counted);
      if (other !== undefined) {
        const received =
          other === id
            ? `two of "${id}"`
            : other === counted
              ? `"${counted}" together with "${id}", which contains it`
              : counted === id
                ? `"${id}" together with "${other}", which contains it`
                : `"${other}" and "${id}", which both contain "${counted}"`;
        throw new ArgumentRangeError({
          ...comparison,
          expected: ['facts of distinct entities'],
          received: [received],
          remedy: ['its figure would be counted twice'],
        });
      }
      countedBy.set(counted, id);
    }
  }
  return deriveFigure({
    method: 'sumOf',
    argument: 'factIds',
    derivation: 'sum',
    unit: facts[0]!.unit,
    formula: `${terms(facts.map((fact) => fact.entityId))} = ${terms(facts.map((fact) => String(fact.value)))}`,
    facts,
  });
}

/** The terms of a sum, `a + b + c`; past twelve, the first ten, the last, and how many: `a + ... + z (1000 terms)`. */
function terms(items: readonly string[]): string {
  if (items.length <= 12) return items.join(' + ');
  return `${items.slice(0, 10).join(' + ')} + ... + ${items.at(-1)} (${items.length} terms)`;
}
