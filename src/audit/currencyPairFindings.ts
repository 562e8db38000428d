import { monotoneInterval } from '../arithmetic/intervals.js';
import type { ValuedFact } from '../derived/requireInputs.js';
import { getOrInsert, groupByKey } from '../grouping.js';
import type { ConsistencyFinding } from './ConsistencyFinding.js';
import { describeAmount, describeComputed, type FactTable, factInterval, notCheckable } from './findings.js';

/**
 * For each amount a source states in several currencies (the same entity,
 * metric, period, status and source, different currency units): the exchange
 * rate each currency implies against the statement's first (of those it is
 * stated in once, in the dataset's order), with the interval the printed
 * digits allow, first currency per other. The sources state no rate to check it against, so each is
 * `not-checkable`: shown, never used to convert.
 *
 * One finding per currency but the first, not one per pair of currencies: the
 * rate of any other pair is the quotient of two of these (EUR per CNY is USD
 * per CNY over USD per EUR), so an amount in 162 currencies makes 161
 * findings, not 13,041. The first is the reference, as it is the currency
 * the statement names first, and so an amount in two currencies makes the one
 * finding, with the ID, it always did. A currency the source states the
 * amount in twice makes no finding (as a sum is not checked where anyone has
 * two figures): which of its statements to use is the repeated-figure
 * check's question.
 *
 * Linear in the facts: the metrics with amounts in more than one currency are
 * found in a pass that builds nothing per fact, and only their statements are
 * grouped, once.
 *
 * @internal
 */
export function currencyPairFindings(table: FactTable): ConsistencyFinding[] {
  // Only a currency metric's facts have more than one unit.
  const firstUnit = new Map<string, string>();
  const mixed = new Set<string>();
  for (const fact of table.facts) if (getOrInsert(firstUnit, fact.metricId, () => fact.unit) !== fact.unit) mixed.add(fact.metricId);
  if (mixed.size === 0) return [];
  const money = table.facts.filter((fact) => mixed.has(fact.metricId));
  return groupByKey(money, (fact) => [fact.entityId, fact.metricId, fact.period, fact.status, fact.citation.sourceId].join(':')).flatMap((facts) => {
    const [first, ...others] = groupByKey(facts, (fact) => fact.unit).flatMap((inUnit) => (inUnit.length === 1 ? inUnit : []));
    return others.map((other) => pairFinding(first!, other));
  });
}

function pairFinding(a: ValuedFact, b: ValuedFact): ConsistencyFinding {
  const unit = `${a.unit} per ${b.unit}`;
  const computed = a.value / b.value;
  // A quotient is never below 0, even where the divisor is unbounded.
  const { low, high } = monotoneInterval((divisor, dividend) => dividend / divisor, factInterval(b), factInterval(a));
  const computedInterval = { low: low ?? 0, high };
  return notCheckable(
    'currency-pair',
    [a.entityId, a.metricId, a.period, `${a.unit}/${b.unit}`, a.status, a.citation.sourceId],
    [a, b],
    unit,
    computed,
    computedInterval,
    `${a.entityId} ${a.metricId} ${a.period}: ${describeAmount(a.value, a.unit)} / ${describeAmount(b.value, b.unit)} implies ` +
      `${describeComputed(computed, computedInterval, unit)}; the sources state no exchange rate to check it against.`,
    'An implied rate, shown for checking by hand; the package converts no currency.',
  );
}
