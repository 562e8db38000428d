import { requirePeriod } from '../arguments.js';
import type { FactChoice } from '../dataset/Dataset.js';
import { hasFields, requireAlike, requireFields } from '../dataset/factFields.js';
import type { RecordIndex } from '../dataset/indexRecords.js';
import { requireRecord } from '../dataset/requireRecord.js';
import { arg, ArgumentRangeError, describeValue, parts } from '../errors.js';
import { cagr } from '../helpers/cagr.js';
import { growthRate } from '../helpers/growthRate.js';
import { parsePeriod, type PeriodYears } from '../period.js';
import { deriveFigure } from './deriveFigure.js';
import type { DerivedFigure } from './DerivedFigure.js';
import { requireCombinable, requireValuedFact, type ValuedFact } from './requireInputs.js';

/**
 * The growth rate (`growthOf`) or compound annual growth rate (`cagrOf`) of
 * an entity's metric between two periods, with lineage (see
 * {@link Dataset.growthOf} and {@link Dataset.cagrOf}), once it has checked
 * its facts: the periods well-formed, the later after the earlier and as
 * long; in each, exactly one fact after `choice`, with a value; the two in one
 * unit and status, the earlier above 0.
 *
 * @throws {ArgumentTypeError} if an argument has the wrong type.
 * @throws {ArgumentRangeError} if any of that does not hold, saying which and why.
 * @internal
 */
export function growthOf(
  index: RecordIndex,
  method: 'growthOf' | 'cagrOf',
  entityId: string,
  metricId: string,
  fromPeriod: string,
  toPeriod: string,
  choice?: FactChoice,
): DerivedFigure {
  requireRecord(index, 'entity', method, 'entityId', entityId);
  requireRecord(index, 'metric', method, 'metricId', metricId);
  requirePeriod(method, 'fromPeriod', fromPeriod);
  requirePeriod(method, 'toPeriod', toPeriod);
  const chosen = requireFields(index, method, 'choice', choice, ['unit', 'status', 'sourceId']);

  const [start, end] = [parsePeriod(fromPeriod)!, parsePeriod(toPeriod)!];
  const later = { method, argument: 'toPeriod', value: toPeriod };
  if (end.start <= start.end) {
    throw new ArgumentRangeError({ ...later, expected: parts`${arg('toPeriod')} to start after ${arg('fromPeriod')} (${describeValue(fromPeriod)}) ends` });
  }
  const length = (years: PeriodYears) => years.end - years.start + 1;
  if (length(end) !== length(start)) {
    throw new ArgumentRangeError({
      ...later,
      expected: parts`${arg('toPeriod')} to be as long as ${arg('fromPeriod')} (${describeValue(fromPeriod)}, ${length(start)} years)`,
      received: [`${describeValue(toPeriod)} (${length(end)} years)`],
      remedy: ['totals over periods of different lengths do not show growth'],
    });
  }

  const ofMetric = (index.factsBy('entityId').get(entityId) ?? []).filter((fact) => fact.metricId === metricId);
  const candidates = ofMetric.filter((fact) => hasFields(index, fact, chosen));
  const available =
    ofMetric.length === 0
      ? ['it has no facts of this metric']
      : candidates.length === 0
        ? parts`none of its facts of this metric matches ${arg('choice', chosen)}`
        : [`it has facts in ${[...new Set(candidates.map((fact) => JSON.stringify(fact.period ?? 'no period')))].join(', ')}`];
  const inPeriod = (name: string, period: string): ValuedFact => {
    const found = candidates.filter((fact) => fact.period === period);
    const comparison = { method, argument: name, value: period };
    if (found.length === 0) {
      throw new ArgumentRangeError({
        ...comparison,
        expected: parts`a fact of "${entityId}" for metric "${metricId}" in ${arg(name)} ${describeValue(period)}`,
        received: ['none'],
        remedy: available,
      });
    }
    for (const field of ['unit', 'status', 'sourceId'] as const)
      requireAlike(comparison, index, found, field, parts`choose one with ${arg(`choice.${field}`)}`);
    if (found.length > 1) {
      throw new ArgumentRangeError({
        ...comparison,
        expected: parts`one fact in ${arg(name)} ${describeValue(period)}`,
        received: [found.map((fact) => `"${fact.id}"`).join(', ')],
      });
    }
    return requireValuedFact(index, method, name, found[0]!.id);
  };
  const [from, to] = [inPeriod('fromPeriod', fromPeriod), inPeriod('toPeriod', toPeriod)];
  requireCombinable(index, { method, argument: 'metricId', value: metricId }, [from, to], false);
  if (from.value <= 0) {
    throw new ArgumentRangeError({
      method,
      argument: 'fromPeriod',
      value: fromPeriod,
      expected: parts`the value in ${arg('fromPeriod')} to be > 0`,
      received: [`${from.value} (${from.id})`],
      remedy: ['no growth can be measured from it'],
    });
  }

  const [a, b, years] = [from.value, to.value, end.start - start.start];
  const compound = method === 'cagrOf';
  return deriveFigure({
    method,
    argument: 'fromPeriod, toPeriod',
    derivation: compound ? 'cagr' : 'growth-rate',
    unit: 'fraction',
    formula: compound
      ? `(value in ${toPeriod} / value in ${fromPeriod}) ^ (1 / years between them) - 1 = (${b} / ${a}) ^ (1 / ${years}) - 1`
      : `(value in ${toPeriod} - value in ${fromPeriod}) / value in ${fromPeriod} = (${b} - ${a}) / ${a}`,
    facts: [from, to],
    divisor: from,
    of: compound ? (earlier, later) => cagr(earlier, later, years) : growthRate,
  });
}
