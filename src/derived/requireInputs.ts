/**
 * The checks on the facts a derived figure is computed from.
 *
 * @internal
 * @module
 */
import { type Comparison, requireAlike } from '../dataset/factFields.js';
import type { RecordIndex } from '../dataset/indexRecords.js';
import { requireRecord } from '../dataset/requireRecord.js';
import { arg, ArgumentRangeError, parts } from '../errors.js';
import type { Fact } from '../types.js';

/** A fact whose value is known. */
export type ValuedFact = Fact & { readonly value: number };

/**
 * The fact with ID `id`, which must have a value.
 *
 * @throws {ArgumentTypeError} if `id` is not a string.
 * @throws {UnknownIdError} if there is no such fact.
 * @throws {ArgumentRangeError} if its value is `null`.
 */
export function requireValuedFact(index: RecordIndex, method: string, name: string, id: unknown): ValuedFact {
  const fact = requireRecord(index, 'fact', method, name, id);
  if (fact.value !== null) return fact as ValuedFact;
  throw new ArgumentRangeError({
    method,
    argument: name,
    value: id,
    expected: parts`${arg(name)} to be a fact with a value`,
    received: [`"${fact.id}", whose value is null (${fact.missingReason ?? 'no reason given'})`],
  });
}

/** Why facts that differ in each field are not combined. */
const NEVER_COMBINED = [
  ['metricId', 'facts of different metrics are not comparable, however alike their names'],
  ['unit', 'different units are never combined, and the package converts no currency'],
  ['status', 'a plan, an estimate and a reported figure are not combined'],
  ['period', 'figures of different periods are not combined'],
] as const;

/**
 * Throws unless the facts can be combined into one figure: one metric (an
 * AI-native share is not an AI-related amount), one unit (no currency is
 * converted), one status (a plan is not an estimate), and where `samePeriod`,
 * one period that is known.
 *
 * @throws {ArgumentRangeError} naming what differs.
 */
export function requireCombinable(index: RecordIndex, comparison: Comparison, facts: readonly Fact[], samePeriod: boolean): void {
  for (const [field, reason] of NEVER_COMBINED.slice(0, samePeriod ? 4 : 3)) requireAlike(comparison, index, facts, field, [reason]);
  const undated = samePeriod ? facts.find((fact) => fact.period === null) : undefined;
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
 * Throws unless the facts' metric adds up across entities.
 *
 * @throws {ArgumentRangeError} if the metric is not additive.
 */
export function requireAdditive(index: RecordIndex, comparison: Comparison, facts: readonly Fact[]): void {
  const metric = index.metricsById().get(facts[0]!.metricId)!;
  if (!metric.additive) {
    throw new ArgumentRangeError({
      ...comparison,
      expected: ['facts of an additive metric'],
      received: [`"${metric.id}", whose figures are not additive across entities (${metric.name})`],
    });
  }
}
