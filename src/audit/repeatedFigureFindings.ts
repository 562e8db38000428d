import { decimalSum } from '../arithmetic/decimalSum.js';
import type { ValuedFact } from '../derived/requireInputs.js';
import { boundNotes } from './boundNotes.js';
import type { ConsistencyFinding } from './ConsistencyFinding.js';
import { describeAmount, describeInterval } from './describeAmount.js';
import { factInterval } from './factInterval.js';
import type { FactTable } from './factTable.js';
import { groupByKeys } from '../grouping.js';

/**
 * For each figure stated more than once (the same entity, metric, period,
 * unit and status, by two sources or twice by one): one finding, consistent
 * where some value lies within every statement's interval. Linear in the
 * facts: the statements are grouped once, and each group is judged in one
 * pass, by its greatest low end against its least high end.
 *
 * @internal
 */
export function repeatedFigureFindings(table: FactTable): ConsistencyFinding[] {
  return groupByKeys(table.facts, (fact) => [fact.entityId, fact.metricId, fact.period, fact.unit, fact.status])
    .filter((facts) => facts.length > 1)
    .map(repeatedFinding);
}

/** The statements a summary lists; the rest are counted, and all are in `factIds`. */
const SHOWN = 5;

function repeatedFinding(facts: readonly ValuedFact[]): ConsistencyFinding {
  const [first] = facts as [ValuedFact, ...ValuedFact[]];
  // One pass: each statement's interval is needed once, for the ends, and kept only for the few the summary shows.
  let [greatestLow, leastHigh, lowest, highest] = [-Infinity, Infinity, 0, 0];
  const statements: string[] = [];
  facts.forEach((fact, i) => {
    const interval = factInterval(fact);
    greatestLow = Math.max(greatestLow, interval.low ?? -Infinity);
    leastHigh = Math.min(leastHigh, interval.high ?? Infinity);
    if (fact.value < facts[lowest]!.value) lowest = i;
    if (fact.value > facts[highest]!.value) highest = i;
    if (i < SHOWN) statements.push(`${describeAmount(fact.value, fact.unit)} in ${fact.citation.sourceId} (${describeInterval(interval, fact.unit)})`);
  });
  const outcome = greatestLow <= leastHigh ? 'consistent' : 'inconsistent';
  const [low, high] = [facts[lowest]!, facts[highest]!];
  const precision = boundNotes(facts);
  const shown = facts.length > SHOWN ? `${statements.join(', ')} and ${facts.length - SHOWN} more` : statements.join(', ');
  return {
    id: ['repeated-figure', first.entityId, first.metricId, first.period, first.unit, first.status].join(':'),
    check: 'repeated-figure',
    outcome,
    oneSided: precision.oneSided,
    summary: `${first.entityId} ${first.metricId} ${first.period} is stated ${facts.length} times: ${shown}: ${outcome}.`,
    factIds: facts.map((fact) => fact.id),
    unit: first.unit,
    computed: low.value,
    computedInterval: factInterval(low),
    expected: high.value,
    expectedInterval: factInterval(high),
    expectedBasis: 'fact',
    difference: decimalSum([low.value, -high.value]),
    notes: precision.notes,
  };
}
