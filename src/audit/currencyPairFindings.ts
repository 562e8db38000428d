import type { RecordIndex } from '../dataset/indexRecords.js';
import type { ValuedFact } from '../derived/requireInputs.js';
import type { ConsistencyFinding } from './ConsistencyFinding.js';
import { describeAmount, describeInterval } from './describeAmount.js';
import { factInterval, quotientOfIntervals } from './factInterval.js';
import type { FactTable } from './factTable.js';

/**
 * For each amount a source states in two currencies (the same entity, metric,
 * period, status and source, different currency units): the exchange rate the
 * pair implies, first currency per second, with the interval the printed
 * digits allow. The sources state no rate to check it against, so each is
 * `not-checkable`: shown, never used to convert.
 *
 * @internal
 */
export function currencyPairFindings(index: RecordIndex, table: FactTable): ConsistencyFinding[] {
  const metrics = index.metricsById();
  const statements = new Map<string, ValuedFact[]>();
  for (const fact of table.facts) {
    if (metrics.get(fact.metricId)?.unit !== 'currency') continue;
    const key = [fact.entityId, fact.metricId, fact.period, fact.status, fact.citation.sourceId].join('\u0000');
    const list = statements.get(key);
    if (list === undefined) statements.set(key, [fact]);
    else list.push(fact);
  }
  return [...statements.values()].flatMap((facts) =>
    facts.flatMap((a, i) =>
      facts.slice(i + 1).flatMap((b) => (a.unit === b.unit ? [] : [pairFinding(a, b)])),
    ),
  );
}

function pairFinding(a: ValuedFact, b: ValuedFact): ConsistencyFinding {
  const unit = `${a.unit} per ${b.unit}`;
  const computed = a.value / b.value;
  const computedInterval = quotientOfIntervals(factInterval(a), factInterval(b));
  return {
    id: `currency-pair:${a.entityId}:${a.metricId}:${a.period}:${a.unit}/${b.unit}`,
    check: 'currency-pair',
    outcome: 'not-checkable',
    summary:
      `${a.entityId} ${a.metricId} ${a.period}: ${describeAmount(a.value, a.unit)} / ${describeAmount(b.value, b.unit)} implies ` +
      `${describeAmount(computed, unit)} (${describeInterval(computedInterval, unit)} within the printed digits and qualifiers); ` +
      'the sources state no exchange rate to check it against.',
    factIds: [a.id, b.id],
    unit,
    computed,
    computedInterval,
    expected: null,
    expectedInterval: null,
    expectedBasis: null,
    difference: null,
    notes: ['An implied rate, shown for checking by hand; the package converts no currency.'],
  };
}
