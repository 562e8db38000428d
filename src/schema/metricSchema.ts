import { z } from 'zod';
import { METRIC_UNITS } from '../vocabulary.js';
import { kebabIdSchema } from './kebabIdSchema.js';

/**
 * A metric: what is measured, in which unit, against which base.
 *
 * @example
 * ```ts
 * import { metricSchema } from 'ai-investment-facts/schema';
 * metricSchema.parse({
 *   id: 'ai-unicorn-count',
 *   name: 'AI unicorns',
 *   unit: 'count',
 *   definition: 'Number of AI startups valued at USD 1 billion or more based in the ecosystem.',
 * });
 * ```
 * @category Schemas
 */
export const metricSchema = z
  .strictObject({
    id: kebabIdSchema,
    name: z.string().min(1),
    unit: z.enum(METRIC_UNITS),
    definition: z.string().min(1),
  })
  .readonly();
