import { z } from 'zod';
import { checkDatasetReferences } from './checkDatasetReferences.js';
import { claimSchema } from './claimSchema.js';
import { entitySchema } from './entitySchema.js';
import { factSchema } from './factSchema.js';
import { metricSchema } from './metricSchema.js';
import { noteSchema } from './noteSchema.js';
import { sourceSchema } from './sourceSchema.js';

/** The collections of {@link datasetSchema}, each an array of its record schema (named, so that the declarations name each schema once). */
type DatasetShape = {
  sources: z.ZodReadonly<z.ZodArray<typeof sourceSchema>>;
  entities: z.ZodReadonly<z.ZodArray<typeof entitySchema>>;
  metrics: z.ZodReadonly<z.ZodArray<typeof metricSchema>>;
  facts: z.ZodReadonly<z.ZodArray<typeof factSchema>>;
  claims: z.ZodReadonly<z.ZodArray<typeof claimSchema>>;
  notes: z.ZodExactOptional<z.ZodReadonly<z.ZodArray<typeof noteSchema>>>;
};

/**
 * A whole dataset: sources, entities, metrics, facts and claims (and notes
 * across them, optionally), each record
 * valid on its own, and together consistent: IDs unique within each
 * collection; every `entityId`, `metricId`, `sourceId`, group member,
 * `subsetOf`, `excludes`, metric `baseEntityId` and note ID resolving to a record; every fact's unit suiting
 * its metric (a currency code for a `currency` metric, the metric's own unit
 * otherwise); each note's differences of two valued facts of one unit; no group containing itself. Every problem is reported with its
 * path, not only the first: the checks across records run even where a record
 * fails its own schema.
 *
 * @example
 * ```ts
 * import { datasetSchema } from 'ai-investment-facts/schema';
 * import { sources, entities, metrics, facts, claims } from 'ai-investment-facts';
 * datasetSchema.safeParse({ sources, entities, metrics, facts, claims }).success; // true
 * ```
 * @category Schemas
 */
export const datasetSchema: z.ZodReadonly<z.ZodObject<DatasetShape, z.core.$strict>> = z
  .strictObject({
    sources: z.array(sourceSchema).readonly(),
    entities: z.array(entitySchema).readonly(),
    metrics: z.array(metricSchema).readonly(),
    facts: z.array(factSchema).readonly(),
    claims: z.array(claimSchema).readonly(),
    notes: z.array(noteSchema).readonly().exactOptional(),
  })
  .superRefine(
    (dataset, ctx) => checkDatasetReferences(dataset, (path, message) => ctx.addIssue({ code: 'custom', path: [...path], message })),
    // Run even when a record fails its own schema, so that every problem is reported, not only the first kind.
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  )
  .readonly();
