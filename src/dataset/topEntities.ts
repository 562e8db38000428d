import { requireCount } from '../arguments.js';
import { arg, ArgumentRangeError, parts } from '../errors.js';
import { topN } from '../helpers/topN.js';
import type { Fact } from '../types.js';
import { containingPair } from './containment.js';
import type { RankingOptions } from './Dataset.js';
import { type FactField, hasFields, requireAlike, requireFields } from './factFields.js';
import type { RecordIndex } from './indexRecords.js';
import { requireRecord } from './requireRecord.js';

const OPTION_FIELDS: readonly FactField[] = ['period', 'unit', 'kind', 'status', 'sourceId'];

/** The fields whose facts are never ranked together, and which facts differ in each. */
const NEVER_RANKED_TOGETHER = [
  ['period', 'facts of different periods'],
  ['unit', 'facts of different units'],
  ['kind', 'facts of entities of different kinds'],
] as const;

/**
 * The `n` facts of a metric with the largest values, after `options`, once it
 * has checked that they are comparable: one period, one unit, one entity kind,
 * one fact for each entity, and no entity that contains another.
 * `fixed` are options the caller sets and the user may not (`kind` for
 * `topEcosystems`).
 *
 * @internal
 */
export function topEntities(
  index: RecordIndex,
  method: string,
  metricId: string,
  n: number,
  options: RankingOptions | undefined,
  fixed: RankingOptions = {},
): Fact[] {
  const metric = requireRecord(index, 'metric', method, 'metricId', metricId);
  requireCount(method, 'n', n);
  const given = {
    ...requireFields(
      index,
      method,
      'options',
      options,
      OPTION_FIELDS.filter((key) => !(key in fixed)),
    ),
    ...fixed,
  };
  const facts = (index.factsBy('metricId').get(metric.id) ?? []).filter((fact) => fact.value !== null && hasFields(index, fact, given));
  const comparison = { method, argument: 'metricId', value: metric.id };
  if (facts.length === 0) {
    const filters = Object.entries(given).flatMap(([key, value]) => (value === undefined ? [] : [`${key} "${value}"`]));
    const matched = filters.length === 0 ? '' : ` and ${filters.join(', ')}`;
    throw new ArgumentRangeError({ ...comparison, expected: [`facts with a value of metric "${metric.id}"${matched}`], received: ['none'] });
  }
  for (const [field, differing] of NEVER_RANKED_TOGETHER) {
    requireAlike(comparison, index, facts, field, [`${differing} are not ranked together: `, ...parts`pass ${arg(`options.${field}`)}`]);
  }
  const byEntity = new Map<string, Fact>();
  for (const fact of facts) {
    const other = byEntity.get(fact.entityId);
    if (other !== undefined) {
      throw new ArgumentRangeError({
        ...comparison,
        expected: ['one fact for each entity'],
        received: [`two for "${fact.entityId}" (${other.id}, ${fact.id})`],
        remedy: parts`an entity is not ranked twice: pass ${arg('options.sourceId')} or ${arg('options.status')}`,
      });
    }
    byEntity.set(fact.entityId, fact);
  }
  const pair = containingPair(index, byEntity.keys());
  if (pair !== undefined) {
    throw new ArgumentRangeError({
      ...comparison,
      expected: ['entities that do not contain one another'],
      received: [`"${pair[0]}", which contains "${pair[1]}"`],
      remedy: ['a group is not ranked beside its members'],
    });
  }
  return topN(facts, n, (fact) => fact.value as number);
}
