import { decimalSum } from '../arithmetic/decimalSum.js';
import type { ValuedFact } from '../derived/requireInputs.js';
import { groupByKey } from '../grouping.js';
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
  return groupByKey(table.facts, findingId)
    .filter((facts) => facts.length > 1)
    .map(repeatedFinding);
}

/** The ID of the finding of a statement's figure, which names what makes two statements one figure's: the key the statements are grouped by. */
function findingId(fact: ValuedFact): string {
  return ['repeated-figure', fact.entityId, fact.metricId, fact.period, fact.unit, fact.status].join(':');
}

/** The statements a summary lists; the rest are counted, and all are in `factIds`. */
const SHOWN = 5;

function repeatedFinding(facts: readonly ValuedFact[]): ConsistencyFinding {
  const [first] = facts as [ValuedFact, ...ValuedFact[]];
  // One pass: a statement's interval is needed once, for the ends, and kept only for the few the summary shows.
  let [greatestLow, leastHigh, lowest, highest] = [-Infinity, Infinity, first, first];
  const statements: string[] = [];
  facts.forEach((fact, i) => {
    if (fact.value < lowest.value) lowest = fact;
    if (fact.value > highest.value) highest = fact;
    // A statement whose value lies within both ends so far moves neither, as its interval holds its value: only the summary needs its interval.
    if (i >= SHOWN && fact.value <= greatestLow && fact.value >= leastHigh) return;
    const interval = factInterval(fact);
    greatestLow = Math.max(greatestLow, interval.low ?? -Infinity);
    leastHigh = Math.min(leastHigh, interval.high ?? Infinity);
    if (i < SHOWN) statements.push(`${describeAmount(fact.value, fact.unit)} in ${fact.citation.sourceId} (${describeInterval(interval, fact.unit)})`);
  });
  const outcome = greatestLow <= leastHigh ? 'consistent' : 'inconsistent';
  const precision = boundNotes(facts);
  const more = facts.length > SHOWN ? ` and ${facts.length - SHOWN} more` : '';
  return {
    id: findingId(first),
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
