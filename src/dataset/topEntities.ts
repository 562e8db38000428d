import { requireCount } from '../helpers/checkArguments.js';
import { topN } from '../helpers/topN.js';
import type { Fact } from '../types.js';
import { type Field, requireFields } from './checkOptions.js';
import type { RankingOptions } from './Dataset.js';
import { containedIn } from './containedIn.js';
import type { RecordIndex } from './indexRecords.js';
import { ENTITY_KIND, PERIOD, requireAlike, UNIT } from './requireAlike.js';
import { requireRecord } from './requireRecord.js';

const OPTION_FIELDS: readonly Field[] = ['period', 'unit', 'kind', 'status', 'sourceId'];

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
  fn: string,
  metricId: string,
  n: number,
  options: RankingOptions | undefined,
  fixed: RankingOptions = {},
): Fact[] {
  const metric = requireRecord(index, 'metric', fn, 'metricId', metricId);
  requireCount(fn, 'n', n);
  const allowed = OPTION_FIELDS.filter((key) => !(key in fixed));
  const given = { ...requireFields(index, fn, 'options', options, allowed), ...fixed };

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
  if (matching.length === 0) {
    const filters = Object.entries(given).filter(([, value]) => value !== undefined);
    const matched = filters.length === 0 ? '' : ` and ${filters.map(([key, value]) => `${key} "${value}"`).join(', ')}`;
    throw new RangeError(`${fn}: expected facts with a value of metric "${metric.id}"${matched}, received none`);
  }
  const hint = (option: string) => `facts of different ${option}s are not ranked together: pass \`options.${option}\``;
  requireAlike(fn, index, matching, PERIOD, hint('period'));
  requireAlike(fn, index, matching, UNIT, hint('unit'));
  requireAlike(fn, index, matching, ENTITY_KIND, 'facts of entities of different kinds are not ranked together: pass `options.kind`');
  requireOneFactPerEntity(fn, matching);
  requireNoneContainsAnother(fn, index, matching);
  return topN(matching, n, (fact) => fact.value as number);
}

/** Throws if an entity has two facts in the ranking (two sources, or a plan and an estimate): it would be ranked twice. */
function requireOneFactPerEntity(fn: string, facts: readonly Fact[]): void {
  const byEntity = new Map<string, Fact>();
  for (const fact of facts) {
    const other = byEntity.get(fact.entityId);
    if (other !== undefined) {
      throw new RangeError(
        `${fn}: expected one fact for each entity, received two for "${fact.entityId}" (${other.id}, ${fact.id}); an entity is not ranked twice: pass \`options.sourceId\` or \`options.status\``,
      );
    }
    byEntity.set(fact.entityId, fact);
  }
}

/** Throws if a ranked group contains another ranked entity: a group is never ranked beside its own members. */
function requireNoneContainsAnother(fn: string, index: RecordIndex, facts: readonly Fact[]): void {
  const ranked = new Set(facts.map((fact) => fact.entityId));
  for (const entityId of ranked) {
    for (const inner of containedIn(index, entityId)) {
      if (ranked.has(inner)) {
        throw new RangeError(`${fn}: expected entities that do not contain one another, received "${entityId}", which contains "${inner}"; a group is not ranked beside its members`);
      }
    }
  }
}
