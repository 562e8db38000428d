import { decimalSum } from '../arithmetic/decimalSum.js';
import type { ValuedFact } from '../derived/requireInputs.js';
import type { ConsistencyFinding } from './ConsistencyFinding.js';
import { describeAmount, describeInterval } from './describeAmount.js';
import { factInterval, intervalsMeet } from './factInterval.js';
import { cellOf, type FactTable } from './factTable.js';

/**
 * For each two facts of different sources with the same entity, metric,
 * period, unit and status: whether the two figures agree within their printed
 * digits and qualifiers.
 *
 * @internal
 */
export function crossSourceFindings(table: FactTable): ConsistencyFinding[] {
  const seen = new Set<ValuedFact>();
  return table.facts.flatMap((fact) => {
    if (seen.has(fact)) return [];
    const same = table.at(fact.entityId, cellOf(fact));
    same.forEach((other) => seen.add(other));
    return same.flatMap((a, i) =>
      same.slice(i + 1).flatMap((b) => (a.citation.sourceId === b.citation.sourceId ? [] : [crossFinding(a, b)])),
    );
  });
}

function crossFinding(a: ValuedFact, b: ValuedFact): ConsistencyFinding {
  const computedInterval = factInterval(a);
  const expectedInterval = factInterval(b);
  const outcome = intervalsMeet(computedInterval, expectedInterval) ? 'consistent' : 'inconsistent';
  const difference = decimalSum([a.value, -b.value]);
  return {
    id: `cross-source:${a.entityId}:${a.metricId}:${a.period}:${a.citation.sourceId}+${b.citation.sourceId}`,
    check: 'cross-source',
    outcome,
    summary:
      `${a.entityId} ${a.metricId} ${a.period}: ${describeAmount(a.value, a.unit)} in ${a.citation.sourceId} ` +
      `(${describeInterval(computedInterval, a.unit)}) against ${describeAmount(b.value, b.unit)} in ${b.citation.sourceId} ` +
      `(${describeInterval(expectedInterval, b.unit)}): ${outcome}.`,
    factIds: [a.id, b.id],
    unit: a.unit,
    computed: a.value,
    computedInterval,
    expected: b.value,
    expectedInterval,
    expectedBasis: 'fact',
    difference,
    notes: [],
  };
}
