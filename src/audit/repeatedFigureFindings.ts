import { decimalSum } from '../arithmetic/decimalSum.js';
import type { ValuedFact } from '../derived/requireInputs.js';
import { groupByKeys } from '../grouping.js';
import type { ConsistencyFinding } from './ConsistencyFinding.js';
import { boundNotes, describeAmount, describeInterval, type FactTable, factInterval } from './findings.js';

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
  return groupByKeys(table.facts, figureOf)
    .filter((facts) => facts.length > 1)
    .map(repeatedFinding);
}

/** What makes two statements one figure's, in the order finding IDs name them. */
function figureOf(fact: ValuedFact): unknown[] {
  return [fact.entityId, fact.metricId, fact.period, fact.unit, fact.status];
}

/** The statements a summary lists; the rest are counted, and all are in `factIds`. */
const SHOWN = 5;

function repeatedFinding(facts: readonly ValuedFact[]): ConsistencyFinding {
  const [first] = facts as [ValuedFact, ...ValuedFact[]];
  // One pass: each statement's interval is needed once, for the ends, and kept only for the few the summary shows.
  let [greatestLow, leastHigh, lowest, highest] = [-Infinity, Infinity, first, first];
  const statements: string[] = [];
  facts.forEach((fact, i) => {
    const interval = factInterval(fact);
    greatestLow = Math.max(greatestLow, interval.low ?? -Infinity);
    leastHigh = Math.min(leastHigh, interval.high ?? Infinity);
    if (fact.value < lowest.value) lowest = fact;
    if (fact.value > highest.value) highest = fact;
    if (i < SHOWN) statements.push(`${describeAmount(fact.value, fact.unit)} in ${fact.citation.sourceId} (${describeInterval(interval, fact.unit)})`);
  });
  const outcome = greatestLow <= leastHigh ? 'consistent' : 'inconsistent';
  const precision = boundNotes(facts);
  const more = facts.length > SHOWN ? ` and ${facts.length - SHOWN} more` : '';
  return {
    id: ['repeated-figure', ...figureOf(first)].join(':'),
    check: 'repeated-figure',
    outcome,
    oneSided: precision.oneSided,
    summary: `${first.entityId} ${first.metricId} ${first.period} is stated ${facts.length} times: ${statements.join(', ')}${more}: ${outcome}.`,
    factIds: facts.map((fact) => fact.id),
    unit: first.unit,
    computed: lowest.value,
    computedInterval: factInterval(lowest),
    expected: highest.value,
    expectedInterval: factInterval(highest),
    expectedBasis: 'fact',
    difference: decimalSum([lowest.value, -highest.value]),
    notes: precision.notes,
  };
}
