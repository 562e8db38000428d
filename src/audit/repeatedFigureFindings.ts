import { decimalSum } from '../arithmetic/decimalSum.js';
import type { ValuedFact } from '../derived/requireInputs.js';
import { boundNotes } from './boundNotes.js';
import type { ConsistencyFinding, ValueInterval } from './ConsistencyFinding.js';
import { describeAmount, describeInterval } from './describeAmount.js';
import { factInterval } from './factInterval.js';
import type { FactTable } from './factTable.js';
import { groupByKeys } from '../grouping.js';

/**
 * For each figure stated more than once (the same entity, metric, period,
 * unit and status, by two sources or twice by one): one finding, consistent
 * where some value lies within every statement's interval. Linear in the
 * facts: the statements are grouped once, and each group is judged by its
 * greatest low end against its least high end.
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
  const intervals = facts.map(factInterval);
  const greatestLow = intervals.reduce((most, interval) => Math.max(most, interval.low ?? -Infinity), -Infinity);
  const leastHigh = intervals.reduce((least, interval) => Math.min(least, interval.high ?? Infinity), Infinity);
  const outcome = greatestLow <= leastHigh ? 'consistent' : 'inconsistent';
  const lowest = indexOfExtreme(facts, (a, b) => a < b);
  const highest = indexOfExtreme(facts, (a, b) => a > b);
  const precision = boundNotes(facts);
  const statement = (fact: ValuedFact, interval: ValueInterval) =>
    `${describeAmount(fact.value, fact.unit)} in ${fact.citation.sourceId} (${describeInterval(interval, fact.unit)})`;
  const statements = facts.slice(0, SHOWN).map((fact, i) => statement(fact, intervals[i]!));
  const shown = facts.length > SHOWN ? `${statements.join(', ')} and ${facts.length - SHOWN} more` : statements.join(', ');
  return {
    id: ['repeated-figure', first.entityId, first.metricId, first.period, first.unit, first.status].join(':'),
    check: 'repeated-figure',
    outcome,
    oneSided: precision.oneSided,
    summary: `${first.entityId} ${first.metricId} ${first.period} is stated ${facts.length} times: ${shown}: ${outcome}.`,
    factIds: facts.map((fact) => fact.id),
    unit: first.unit,
    computed: facts[lowest]!.value,
    computedInterval: intervals[lowest]!,
    expected: facts[highest]!.value,
    expectedInterval: intervals[highest]!,
    expectedBasis: 'fact',
    difference: decimalSum([facts[lowest]!.value, -facts[highest]!.value]),
    notes: precision.notes,
  };
}

/** The index of the first fact whose value beats every other by `beats`. */
function indexOfExtreme(facts: readonly ValuedFact[], beats: (a: number, b: number) => boolean): number {
  let best = 0;
  facts.forEach((fact, i) => {
    if (beats(fact.value, facts[best]!.value)) best = i;
  });
  return best;
}
