import { z } from 'zod';
import { METRIC_UNITS } from '../vocabulary.js';
import { kebabIdSchema, requirePresentExactlyWhen, textSchema } from './fieldSchemas.js';

/**
 * A metric: what is measured, in which unit, against which base; whether its
 * figures add up across entities; and, for a share of one entity's total, that
 * entity (`baseEntityId`, only on an additive percentage), with
 * `baseInferredReason` where the source does not state that base. Whether
 * `baseEntityId` names an entity is checked by {@link datasetSchema}.
 *
 * @example
 * ```ts
 * import { metricSchema } from 'ai-investment-facts/schema';
 * metricSchema.parse({
 *   id: 'ai-unicorn-count',
 *   name: 'AI unicorns',
 *   unit: 'count',
 *   definition: 'Number of AI startups valued at USD 1 billion or more based in the ecosystem.',
 *   additive: true,
 * });
 * ```
 * @category Schemas
 */
export const metricSchema = z
  .strictObject({
    id: kebabIdSchema,
    name: textSchema,
    unit: z.enum(METRIC_UNITS),
    definition: textSchema,
    additive: z.boolean(),
    baseEntityId: kebabIdSchema.exactOptional(),
    baseInferredReason: textSchema.exactOptional(),
  })
  .superRefine((metric, ctx) => {
    if (metric.baseEntityId === undefined) requirePresentExactlyWhen(ctx, metric, 'baseInferredReason', false, '`baseEntityId` is given');
    if (metric.baseEntityId !== undefined && !(metric.unit === 'percent' && metric.additive)) {
      ctx.addIssue({
        code: 'custom',
        path: ['baseEntityId'],
        message: `Expected no baseEntityId on a metric that is not an additive percentage, received "${metric.baseEntityId}"`,
      });
    }
  })
  .readonly();
