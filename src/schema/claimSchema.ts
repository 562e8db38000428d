import { z } from 'zod';
import { citationSchema } from './citationSchema.js';
import { idListSchema, kebabIdSchema, listSchema, textSchema } from './fieldSchemas.js';

/**
 * A claim: a statement of a source without a figure, in our words, with the
 * entities it is about and its citation.
 *
 * @example
 * ```ts
 * import { claimSchema } from 'ai-investment-facts/schema';
 * claimSchema.parse({
 *   id: 'europe-rising-stars-lag-paris',
 *   entityIds: ['london', 'berlin', 'paris'],
 *   statement: 'London and Berlin lag behind Paris in AI-specific funding.',
 *   citation: { sourceId: 'my-source', section: 'body', quote: 'they lag behind Paris in AI-specific funding' },
 *   caveats: [],
 * });
 * ```
 * @category Schemas
 */
export const claimSchema = z
  .strictObject({
    id: kebabIdSchema,
    entityIds: idListSchema.readonly(),
    statement: textSchema,
    citation: citationSchema,
    caveats: listSchema(textSchema).readonly(),
  })
  .readonly();
