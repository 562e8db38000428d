import { requireCount } from '../arguments.js';
import { arg, ArgumentRangeError, type MessagePart, parts } from '../errors.js';
import { topN } from '../helpers/topN.js';
import type { Fact } from '../types.js';
import { containingPair } from './containment.js';
import type { RankingOptions } from './Dataset.js';
import type { RecordIndex } from './indexRecords.js';
import { type Comparison, ENTITY_KIND, PERIOD, requireAlike, UNIT } from './requireAlike.js';
import { type Field, requireFields } from './requireFields.js';
import { requireRecord } from './requireRecord.js';

const OPTION_FIELDS: readonly Field[] = ['period', 'unit', 'kind', 'status', 'sourceId'];

/** The option that chooses among facts that differ in it. */
const pass = (option: string): MessagePart[] => parts`pass ${arg(`options.${option}`)}`;

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
  const allowed = OPTION_FIELDS.filter((key) => !(key in fixed));
  const given = { ...requireFields(index, method, 'options', options, allowed), ...fixed };

  const entities = index.entitiesById();
  const matching = (index.factsBy('metricId').get(metric.id) ?? []).filter(
    (fact) =>
      fact.value !== null &&
      (given.period === undefined || fact.period === given.period) &&
      (given.unit === undefined || fact.unit === given.unit) &&
      (given.status === undefined || fact.status === given.status) &&
      (given.sourceId === undefined || fact.citation.sourceId === given.sourceId) &&
      (given.kind === undefined || entities.get(fact.entityId)?.kind === given.kind),
  );
  const comparison: Comparison = { method, argument: 'metricId', value: metric.id };
  if (matching.length === 0) {
    const filters = Object.entries(given).filter(([, value]) => value !== undefined);
    const matched = filters.length === 0 ? '' : ` and ${filters.map(([key, value]) => `${key} "${value}"`).join(', ')}`;
    throw new ArgumentRangeError({ ...comparison, expected: [`facts with a value of metric "${metric.id}"${matched}`], received: ['none'] });
  }
  requireAlike(comparison, index, matching, PERIOD, ['facts of different periods are not ranked together: ', ...pass('period')]);
  requireAlike(comparison, index, matching, UNIT, ['facts of different units are not ranked together: ', ...pass('unit')]);
  requireAlike(comparison, index, matching, ENTITY_KIND, ['facts of entities of different kinds are not ranked together: ', ...pass('kind')]);
  requireOneFactPerEntity(comparison, matching);
  requireNoneContainsAnother(comparison, index, matching);
  return topN(matching, n, (fact) => fact.value as number);
}

/** Throws if an entity has two facts in the ranking (two sources, or a plan and an estimate): it would be ranked twice. */
function requireOneFactPerEntity(comparison: Comparison, facts: readonly Fact[]): void {
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
}

/** Throws if a ranked group contains another ranked entity: a group is never ranked beside its own members. */
function requireNoneContainsAnother(comparison: Comparison, index: RecordIndex, facts: readonly Fact[]): void {
  const pair = containingPair(
    index,
    facts.map((fact) => fact.entityId),
  );
  if (pair === undefined) return;
  const [outer, inner] = pair;
  throw new ArgumentRangeError({
    ...comparison,
    expected: ['entities that do not contain one another'],
    received: [`"${outer}", which contains "${inner}"`],
    remedy: ['a group is not ranked beside its members'],
  });
}
