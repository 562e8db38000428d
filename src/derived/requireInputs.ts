import { requirePeriod } from '../arguments.js';
import { arg, ArgumentRangeError, describeValue, parts } from '../errors.js';
import type { FactChoice } from '../dataset/Dataset.js';
import type { RecordIndex } from '../dataset/indexRecords.js';
import { type Comparison, METRIC, PERIOD, requireAlike, SOURCE, STATUS, UNIT } from '../dataset/requireAlike.js';
import { requireFields } from '../dataset/requireFields.js';
import { requireRecord } from '../dataset/requireRecord.js';
import { parsePeriod, type PeriodYears } from '../period.js';
import type { Fact } from '../types.js';

/** A fact whose value is known. */
export type ValuedFact = Fact & { readonly value: number };

/**
 * The fact with ID `id`, which must have a value.
 *
 * @throws {ArgumentTypeError} if `id` is not a string.
 * @throws {UnknownIdError} if there is no such fact.
 * @throws {ArgumentRangeError} if its value is `null`.
 * @internal
 */
export function requireValuedFact(index: RecordIndex, method: string, name: string, id: unknown): ValuedFact {
  const fact = requireRecord(index, 'fact', method, name, id);
  if (fact.value === null) {
    throw new ArgumentRangeError({
      method,
      argument: name,
      value: id,
      expected: parts`${arg(name)} to be a fact with a value`,
      received: [`"${fact.id}", whose value is null (${fact.missingReason ?? 'no reason given'})`],
    });
  }
  return fact as ValuedFact;
}

/**
 * Throws unless the facts can be combined into one figure: one metric (an
 * AI-native share is not an AI-related amount), one unit (no currency is
 * converted), one status (a plan is not an estimate), and where `samePeriod`,
 * one period that is known.
 *
 * @throws {ArgumentRangeError} naming what differs.
 * @internal
 */
export function requireCombinable(index: RecordIndex, comparison: Comparison, facts: readonly Fact[], samePeriod: boolean): void {
  requireAlike(comparison, index, facts, METRIC, ['facts of different metrics are not comparable, however alike their names']);
  requireAlike(comparison, index, facts, UNIT, ['different units are never combined, and the package converts no currency']);
  requireAlike(comparison, index, facts, STATUS, ['a plan, an estimate and a reported figure are not combined']);
  if (!samePeriod) return;
  requireAlike(comparison, index, facts, PERIOD, ['figures of different periods are not combined']);
  const undated = facts.find((fact) => fact.period === null);
  if (undated !== undefined) {
    throw new ArgumentRangeError({
      ...comparison,
      expected: ['facts of a known period'],
      received: [`"${undated.id}", whose period is null (${undated.periodMissingReason ?? 'no reason given'})`],
      remedy: ['two unknown periods need not be the same'],
    });
  }
}

/**
 * Throws unless the metric's figures add up across entities.
 *
 * @throws {ArgumentRangeError} if the metric is not additive.
 * @internal
 */
export function requireAdditive(index: RecordIndex, comparison: Comparison, metricId: string): void {
  const metric = requireRecord(index, 'metric', comparison.method, 'metricId', metricId);
  if (!metric.additive) {
    throw new ArgumentRangeError({
      ...comparison,
      expected: ['facts of an additive metric'],
      received: [`"${metric.id}", whose figures are not additive across entities (${metric.name})`],
    });
  }
}

/** The two facts of a growth rate or CAGR, and the years between their periods' starts. */
export interface GrowthPair {
  readonly from: ValuedFact;
  readonly to: ValuedFact;
  readonly years: number;
}

/**
 * The facts of an entity's metric in two periods, for a growth rate or CAGR:
 * the periods well-formed, the later after the earlier and as long; in each,
 * exactly one fact after `choice`, with a value; the two in one unit and
 * status.
 *
 * @throws {ArgumentTypeError} if an argument has the wrong type.
 * @throws {ArgumentRangeError} if any of that does not hold, saying which and why.
 * @internal
 */
export function requireGrowthPair(
  index: RecordIndex,
  method: string,
  entityId: unknown,
  metricId: unknown,
  fromPeriod: unknown,
  toPeriod: unknown,
  choice: FactChoice | undefined,
): GrowthPair {
  const entity = requireRecord(index, 'entity', method, 'entityId', entityId);
  const metric = requireRecord(index, 'metric', method, 'metricId', metricId);
  requirePeriod(method, 'fromPeriod', fromPeriod);
  requirePeriod(method, 'toPeriod', toPeriod);
  const chosen = requireFields(index, method, 'choice', choice, ['unit', 'status', 'sourceId']);

  const from = parsePeriod(fromPeriod) as PeriodYears;
  const to = parsePeriod(toPeriod) as PeriodYears;
  const laterPeriod = { method, argument: 'toPeriod', value: toPeriod };
  if (to.start <= from.end) {
    throw new ArgumentRangeError({
      ...laterPeriod,
      expected: parts`${arg('toPeriod')} to start after ${arg('fromPeriod')} (${describeValue(fromPeriod)}) ends`,
    });
  }
  const length = (years: PeriodYears) => years.end - years.start + 1;
  if (length(to) !== length(from)) {
    throw new ArgumentRangeError({
      ...laterPeriod,
      expected: parts`${arg('toPeriod')} to be as long as ${arg('fromPeriod')} (${describeValue(fromPeriod)}, ${length(from)} years)`,
      received: [`${describeValue(toPeriod)} (${length(to)} years)`],
      remedy: ['totals over periods of different lengths do not show growth'],
    });
  }

  const ofMetric = (index.factsBy('entityId').get(entity.id) ?? []).filter((fact) => fact.metricId === metric.id);
  const ofEntityAndMetric = ofMetric.filter(
    (fact) =>
      (chosen.unit === undefined || fact.unit === chosen.unit) &&
      (chosen.status === undefined || fact.status === chosen.status) &&
      (chosen.sourceId === undefined || fact.citation.sourceId === chosen.sourceId),
  );
  const available =
    ofMetric.length === 0
      ? ['it has no facts of this metric']
      : ofEntityAndMetric.length === 0
        ? parts`none of its facts of this metric matches ${arg('choice', chosen)}`
        : [`it has facts in ${[...new Set(ofEntityAndMetric.map((fact) => JSON.stringify(fact.period ?? 'no period')))].join(', ')}`];
  const inPeriod = (name: string, period: string): ValuedFact => {
    const found = ofEntityAndMetric.filter((fact) => fact.period === period);
    const comparison = { method, argument: name, value: period };
    if (found.length === 0) {
      throw new ArgumentRangeError({
        ...comparison,
        expected: parts`a fact of "${entity.id}" for metric "${metric.id}" in ${arg(name)} ${describeValue(period)}`,
        received: ['none'],
        remedy: available,
      });
    }
    if (found.length > 1) {
      requireAlike(comparison, index, found, UNIT, parts`choose one with ${arg('choice.unit')}`);
      requireAlike(comparison, index, found, STATUS, parts`choose one with ${arg('choice.status')}`);
      requireAlike(comparison, index, found, SOURCE, parts`choose one with ${arg('choice.sourceId')}`);
      throw new ArgumentRangeError({
        ...comparison,
        expected: parts`one fact in ${arg(name)} ${describeValue(period)}`,
        received: [found.map((fact) => `"${fact.id}"`).join(', ')],
      });
    }
    return requireValuedFact(index, method, name, found[0]!.id);
  };
  const pair = { from: inPeriod('fromPeriod', fromPeriod), to: inPeriod('toPeriod', toPeriod) };
  requireCombinable(index, { method, argument: 'metricId', value: metric.id }, [pair.from, pair.to], false);
  if (pair.from.value <= 0) {
    throw new ArgumentRangeError({
      method,
      argument: 'fromPeriod',
      value: fromPeriod,
      expected: parts`the value in ${arg('fromPeriod')} to be > 0`,
      received: [`${pair.from.value} (${pair.from.id})`],
      remedy: ['no growth can be measured from it'],
    });
  }
  return { ...pair, years: to.start - from.start };
}
