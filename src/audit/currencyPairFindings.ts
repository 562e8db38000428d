import type { RecordIndex } from '../dataset/indexRecords.js';
import type { ValuedFact } from '../derived/requireInputs.js';
import { type ConsistencyFinding, NOTHING_TO_CHECK_AGAINST } from './ConsistencyFinding.js';
import { describeAmount, describeInterval } from './describeAmount.js';
import { factInterval, quotientOfIntervals } from './factInterval.js';
import { boundNotes } from './boundNotes.js';
import type { FactTable } from './factTable.js';
import { getOrInsert, groupByKeys } from '../grouping.js';

/**
 * For each amount a source states in two currencies (the same entity, metric,
 * period, status and source, different currency units): the exchange rate the
 * pair implies, first currency per second, with the interval the printed
 * digits allow. The sources state no rate to check it against, so each is
 * `not-checkable`: shown, never used to convert. A currency the source states
 * the amount in twice makes no pair (as a sum is not checked where anyone has
 * two figures): which of its statements to use is the repeated-figure check's
 * question, and so each finding's ID names one pair of currencies once.
 *
 * Linear in the facts: the statements are grouped once, and only the
 * currencies stated once in a group are paired, so a group's pairs are at
 * most those of the ISO 4217 codes, however many facts it holds.
 *
 * @internal
 */
export function currencyPairFindings(index: RecordIndex, table: FactTable): ConsistencyFinding[] {
  // Only an entity and metric with amounts in more than one currency can hold a pair: find those first, cheaply,
  // and before them the metrics with amounts in more than one currency, in a pass that builds nothing per fact.
  const mixed = metricsInSeveralCurrencies(index, table);
  if (mixed.size === 0) return [];
  const currencies = new Map<string, Map<string, string | null>>();
  for (const fact of table.facts) {
    if (!mixed.has(fact.metricId)) continue;
    const ofEntity = getOrInsert(currencies, fact.entityId, () => new Map<string, string | null>());
    const seen = ofEntity.get(fact.metricId);
    if (seen === undefined) ofEntity.set(fact.metricId, fact.unit);
    else if (seen !== fact.unit) ofEntity.set(fact.metricId, null);
  }
  const money = table.facts.filter((fact) => currencies.get(fact.entityId)?.get(fact.metricId) === null);
  const statements = groupByKeys(money, (fact) => [fact.entityId, fact.metricId, fact.period, fact.status, fact.citation.sourceId]);
  return statements.flatMap((facts) => {
    const once = groupByKeys(facts, (fact) => [fact.unit]).flatMap((inUnit) => (inUnit.length === 1 ? inUnit : []));
    return once.flatMap((a, i) => once.slice(i + 1).map((b) => pairFinding(a, b)));
  });
}

/** The IDs of the currency metrics whose facts name more than one currency. */
function metricsInSeveralCurrencies(index: RecordIndex, table: FactTable): Set<string> {
  const metrics = index.metricsById();
  const firstCurrency = new Map<string, string | undefined>(); // undefined: not a currency metric
  const mixed = new Set<string>();
  for (const fact of table.facts) {
    if (!firstCurrency.has(fact.metricId)) firstCurrency.set(fact.metricId, metrics.get(fact.metricId)?.unit === 'currency' ? fact.unit : undefined);
    const first = firstCurrency.get(fact.metricId);
    if (first !== undefined && first !== fact.unit) mixed.add(fact.metricId);
  }
  return mixed;
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
