import { requireFields, requirePeriod } from '../dataset/checkOptions.js';
import type { FactChoice } from '../dataset/Dataset.js';
import type { RecordIndex } from '../dataset/indexRecords.js';
import { METRIC, PERIOD, requireAlike, SOURCE, STATUS, UNIT } from '../dataset/requireAlike.js';
import { requireRecord } from '../dataset/requireRecord.js';
import { describeValue } from '../helpers/checkArguments.js';
import { parsePeriod, type PeriodYears } from '../period.js';
import type { Fact } from '../types.js';

/** A fact whose value is known. */
export type ValuedFact = Fact & { readonly value: number };

/**
 * The fact with ID `id`, which must have a value.
 *
 * @throws {TypeError} if `id` is not a string.
 * @throws {RangeError} if there is no such fact, or its value is `null`.
 * @internal
 */
export function requireValuedFact(index: RecordIndex, fn: string, name: string, id: unknown): ValuedFact {
  const fact = requireRecord(index, 'fact', fn, name, id);
  if (fact.value === null) {
    throw new RangeError(
      `${fn}: expected \`${name}\` to be a fact with a value, received "${fact.id}", whose value is null (${fact.missingReason ?? 'no reason given'})`,
    );
  }
  return fact as ValuedFact;
}

const CURRENCY_CONSEQUENCE = 'different units are never combined, and the package converts no currency';

/**
 * Throws unless the facts can be combined into one figure: one metric (an
 * AI-native share is not an AI-related amount), one unit (no currency is
 * converted), one status (a plan is not an estimate), and where `samePeriod`,
 * one period that is known.
 *
 * @throws {RangeError} naming what differs.
 * @internal
 */
export function requireCombinable(index: RecordIndex, fn: string, facts: readonly Fact[], samePeriod: boolean): void {
  requireAlike(fn, index, facts, METRIC, 'facts of different metrics are not comparable, however alike their names');
  requireAlike(fn, index, facts, UNIT, CURRENCY_CONSEQUENCE);
  requireAlike(fn, index, facts, STATUS, 'a plan, an estimate and a reported figure are not combined');
  if (!samePeriod) return;
  requireAlike(fn, index, facts, PERIOD, 'figures of different periods are not combined');
  const undated = facts.find((fact) => fact.period === null);
  if (undated !== undefined) {
    throw new RangeError(
      `${fn}: expected facts of a known period, received "${undated.id}", whose period is null (${undated.periodMissingReason ?? 'no reason given'}); two unknown periods need not be the same`,
    );
  }
}

/**
 * Throws unless the metric's figures add up across entities.
 *
 * @throws {RangeError} if the metric is not additive.
 * @internal
 */
export function requireAdditive(index: RecordIndex, fn: string, metricId: string): void {
  const metric = requireRecord(index, 'metric', fn, 'metricId', metricId);
  if (!metric.additive) {
    throw new RangeError(
      `${fn}: expected facts of an additive metric, received "${metric.id}", whose figures are not additive across entities (${metric.name})`,
    );
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
 * @throws {TypeError} if an argument has the wrong type.
 * @throws {RangeError} if any of that does not hold, saying which and why.
 * @internal
 */
export function requireGrowthPair(
  index: RecordIndex,
  fn: string,
  entityId: unknown,
  metricId: unknown,
  fromPeriod: unknown,
  toPeriod: unknown,
  choice: FactChoice | undefined,
): GrowthPair {
  const entity = requireRecord(index, 'entity', fn, 'entityId', entityId);
  const metric = requireRecord(index, 'metric', fn, 'metricId', metricId);
  requirePeriod(fn, 'fromPeriod', fromPeriod);
  requirePeriod(fn, 'toPeriod', toPeriod);
  const chosen = requireFields(index, fn, 'choice', choice, ['unit', 'status', 'sourceId']);

  const from = parsePeriod(fromPeriod as string) as PeriodYears;
  const to = parsePeriod(toPeriod as string) as PeriodYears;
  if (to.start <= from.end) {
    throw new RangeError(`${fn}: expected \`toPeriod\` to start after \`fromPeriod\` (${describeValue(fromPeriod)}) ends, received ${describeValue(toPeriod)}`);
  }
  const length = (years: PeriodYears) => years.end - years.start + 1;
  if (length(to) !== length(from)) {
    throw new RangeError(
      `${fn}: expected \`toPeriod\` to be as long as \`fromPeriod\` (${describeValue(fromPeriod)}, ${length(from)} years), received ${describeValue(toPeriod)} (${length(to)} years); totals over periods of different lengths do not show growth`,
    );
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
      ? 'it has no facts of this metric'
      : ofEntityAndMetric.length === 0
        ? `none of its facts of this metric matches \`choice\` ${JSON.stringify(chosen)}`
        : `it has facts in ${[...new Set(ofEntityAndMetric.map((fact) => JSON.stringify(fact.period ?? 'no period')))].join(', ')}`;
  const inPeriod = (name: string, period: string): ValuedFact => {
    const found = ofEntityAndMetric.filter((fact) => fact.period === period);
    if (found.length === 0) {
      throw new RangeError(
        `${fn}: expected a fact of "${entity.id}" for metric "${metric.id}" in \`${name}\` ${describeValue(period)}, received none; ${available}`,
      );
    }
    if (found.length > 1) {
      requireAlike(fn, index, found, UNIT, 'choose one with `choice.unit`');
      requireAlike(fn, index, found, STATUS, 'choose one with `choice.status`');
      requireAlike(fn, index, found, SOURCE, 'choose one with `choice.sourceId`');
      throw new RangeError(`${fn}: expected one fact in \`${name}\` ${describeValue(period)}, received ${found.map((fact) => `"${fact.id}"`).join(', ')}`);
    }
    return requireValuedFact(index, fn, name, found[0]!.id);
  };
  const pair = { from: inPeriod('fromPeriod', fromPeriod as string), to: inPeriod('toPeriod', toPeriod as string) };
  requireCombinable(index, fn, [pair.from, pair.to], false);
  if (pair.from.value <= 0) {
    throw new RangeError(`${fn}: expected the value in \`fromPeriod\` to be > 0, received ${pair.from.value} (${pair.from.id}); no growth can be measured from it`);
  }
  return { ...pair, years: to.start - from.start };
}
