import type { RecordIndex } from '../dataset/indexRecords.js';
import type { ValuedFact } from '../derived/requireInputs.js';
import { type ConsistencyFinding, NOTHING_TO_CHECK_AGAINST } from './ConsistencyFinding.js';
import { describeAmount, describeInterval } from './describeAmount.js';
import { factInterval, quotientOfIntervals } from './factInterval.js';
import { boundNotes } from './boundNotes.js';
import type { FactTable } from './factTable.js';
import { groupByKeys } from '../grouping.js';

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
  // Only an entity and metric with amounts in more than one currency can hold a pair: find those first, cheaply.
  const currencies = new Map<string, Map<string, string | null>>();
  for (const fact of table.facts) {
    if (metrics.get(fact.metricId)?.unit !== 'currency') continue;
    let ofEntity = currencies.get(fact.entityId);
    if (ofEntity === undefined) currencies.set(fact.entityId, (ofEntity = new Map()));
    const seen = ofEntity.get(fact.metricId);
    if (seen === undefined) ofEntity.set(fact.metricId, fact.unit);
    else if (seen !== fact.unit) ofEntity.set(fact.metricId, null);
  }
  const money = table.facts.filter((fact) => currencies.get(fact.entityId)?.get(fact.metricId) === null);
  const statements = groupByKeys(money, (fact) => [fact.entityId, fact.metricId, fact.period, fact.status, fact.citation.sourceId]);
  return statements.flatMap((facts) =>
    facts.flatMap((a, i) =>
      facts.slice(i + 1).flatMap((b) => (a.unit === b.unit ? [] : [pairFinding(a, b)])),
    ),
  );
}

function pairFinding(a: ValuedFact, b: ValuedFact): ConsistencyFinding {
  const unit = `${a.unit} per ${b.unit}`;
  const computed = a.value / b.value;
  const computedInterval = quotientOfIntervals(factInterval(a), factInterval(b));
  const precision = boundNotes([a, b]);
  return {
    id: ['currency-pair', a.entityId, a.metricId, a.period, `${a.unit}/${b.unit}`, a.status, a.citation.sourceId].join(':'),
    check: 'currency-pair',
    outcome: 'not-checkable',
    oneSided: precision.oneSided,
    summary:
      `${a.entityId} ${a.metricId} ${a.period}: ${describeAmount(a.value, a.unit)} / ${describeAmount(b.value, b.unit)} implies ` +
      `${describeAmount(computed, unit)} (${describeInterval(computedInterval, unit)} within the printed digits and qualifiers); ` +
      'the sources state no exchange rate to check it against.',
    factIds: [a.id, b.id],
    unit,
    computed,
    computedInterval,
    ...NOTHING_TO_CHECK_AGAINST,
    notes: ['An implied rate, shown for checking by hand; the package converts no currency.', ...precision.notes],
  };
}
