import { requireCount } from '../helpers/checkArguments.js';
import { topN } from '../helpers/topN.js';
import type { Fact } from '../types.js';
import { requireEntityKind, requireFactUnit, requireOptions, requirePeriod, requireStatus } from './checkOptions.js';
import type { RankingOptions } from './Dataset.js';
import type { RecordIndex } from './indexRecords.js';
import { ENTITY_KIND, PERIOD, requireAlike, UNIT } from './requireAlike.js';
import { requireRecord } from './requireRecord.js';

const OPTION_CHECKS = {
  period: requirePeriod,
  unit: requireFactUnit,
  kind: requireEntityKind,
  status: requireStatus,
} as const;

/**
 * The `n` facts of a metric with the largest values, after `options`, once it
 * has checked that they are comparable: one period, one unit, one entity kind.
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
  const allowed = Object.keys(OPTION_CHECKS).filter((key) => !(key in fixed));
  const given = { ...requireOptions(fn, 'options', options, allowed), ...fixed };
  for (const [key, value] of Object.entries(given)) {
    if (value !== undefined) OPTION_CHECKS[key as keyof typeof OPTION_CHECKS](fn, `options.${key}`, value);
  }

  const entities = index.entitiesById();
  const matching = (index.factsBy('metricId').get(metric.id) ?? []).filter(
    (fact) =>
      fact.value !== null &&
      (given.period === undefined || fact.period === given.period) &&
      (given.unit === undefined || fact.unit === given.unit) &&
      (given.status === undefined || fact.status === given.status) &&
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
  return topN(matching, n, (fact) => fact.value as number);
}
