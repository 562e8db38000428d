import { z } from 'zod';
import { CURRENCY_CODES } from '../vocabulary.js';
import { claimSchema } from './claimSchema.js';
import { entitySchema } from './entitySchema.js';
import { factSchema } from './factSchema.js';
import { metricSchema } from './metricSchema.js';
import { sourceSchema } from './sourceSchema.js';

type Path = readonly PropertyKey[];

/**
 * A whole dataset: sources, entities, metrics, facts and claims, each record
 * valid on its own, and together consistent: IDs unique within each
 * collection; every `entityId`, `metricId`, `sourceId`, group member,
 * `subsetOf`, `excludes` and metric `baseEntityId` resolving to a record; every fact's unit suiting
 * its metric (a currency code for a `currency` metric, the metric's own unit
 * otherwise). Every problem is reported with its path, not only the first.
 *
 * @example
 * ```ts
 * import { datasetSchema } from 'ai-investment-facts/schema';
 * import { sources, entities, metrics, facts, claims } from 'ai-investment-facts';
 * datasetSchema.safeParse({ sources, entities, metrics, facts, claims }).success; // true
 * ```
 * @category Schemas
 */
export const datasetSchema = z
  .strictObject({
    sources: z.array(sourceSchema).readonly(),
    entities: z.array(entitySchema).readonly(),
    metrics: z.array(metricSchema).readonly(),
    facts: z.array(factSchema).readonly(),
    claims: z.array(claimSchema).readonly(),
  })
  .superRefine((dataset, ctx) => {
    const report = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path: [...path], message });

    const sourceIds = uniqueIds(dataset.sources, 'sources', report);
    const entityIds = uniqueIds(dataset.entities, 'entities', report);
    const metricUnits = new Map(dataset.metrics.map((metric) => [metric.id, metric.unit]));
    uniqueIds(dataset.metrics, 'metrics', report);
    uniqueIds(dataset.facts, 'facts', report);
    uniqueIds(dataset.claims, 'claims', report);

    const resolve = (ids: ReadonlySet<string>, collection: string, id: string, path: Path) => {
      if (!ids.has(id)) report(path, `Expected an ID of ${collection}, received "${id}"`);
    };

    dataset.entities.forEach((entity, i) => {
      entity.members?.forEach((member, j) => resolve(entityIds, 'entities', member, ['entities', i, 'members', j]));
      if (entity.subsetOf !== undefined) {
        resolve(entityIds, 'entities', entity.subsetOf, ['entities', i, 'subsetOf']);
      }
      entity.excludes?.forEach((excluded, j) => resolve(entityIds, 'entities', excluded, ['entities', i, 'excludes', j]));
    });

    dataset.metrics.forEach((metric, i) => {
      if (metric.baseEntityId !== undefined) {
        resolve(entityIds, 'entities', metric.baseEntityId, ['metrics', i, 'baseEntityId']);
      }
    });

    dataset.facts.forEach((fact, i) => {
      resolve(entityIds, 'entities', fact.entityId, ['facts', i, 'entityId']);
      resolve(sourceIds, 'sources', fact.citation.sourceId, ['facts', i, 'citation', 'sourceId']);
      const metricUnit = metricUnits.get(fact.metricId);
      if (metricUnit === undefined) {
        report(['facts', i, 'metricId'], `Expected an ID of metrics, received "${fact.metricId}"`);
      } else if (!unitSuitsMetric(fact.unit, metricUnit)) {
        report(
          ['facts', i, 'unit'],
          `Expected ${metricUnit === 'currency' ? 'a currency code' : `"${metricUnit}"`} for metric "${fact.metricId}", received "${fact.unit}"`,
        );
      }
    });

    dataset.claims.forEach((claim, i) => {
      claim.entityIds.forEach((id, j) => resolve(entityIds, 'entities', id, ['claims', i, 'entityIds', j]));
      resolve(sourceIds, 'sources', claim.citation.sourceId, ['claims', i, 'citation', 'sourceId']);
    });
  })
  .readonly();

function uniqueIds(
  records: readonly { readonly id: string }[],
  collection: string,
  report: (path: Path, message: string) => void,
): ReadonlySet<string> {
  const seen = new Set<string>();
  records.forEach((record, i) => {
    if (seen.has(record.id)) report([collection, i, 'id'], `Expected a unique ID in ${collection}, received "${record.id}" again`);
    seen.add(record.id);
  });
  return seen;
}

const CURRENCY_CODE_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(CURRENCY_CODES);

function unitSuitsMetric(unit: string, metricUnit: string): boolean {
  return metricUnit === 'currency' ? CURRENCY_CODE_SET.has(unit) : unit === metricUnit;
}
