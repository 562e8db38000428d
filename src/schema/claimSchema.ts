import { z } from 'zod';
import { STANCES } from '../vocabulary.js';
import { citationSchema } from './citationSchema.js';
import { idListSchema, kebabIdSchema, listSchema, textSchema } from './fieldSchemas.js';

/**
 * A claim: a statement of a source without a figure, in our words, with the
 * entities it is about, its stance (report, view or forecast) and its citation.
 *
 * @example
 * ```ts
 * import { claimSchema } from 'ai-investment-facts/schema';
 * claimSchema.parse({
 *   id: 'europe-rising-stars-lag-paris',
 *   entityIds: ['london', 'berlin', 'paris'],
 *   statement: 'London and Berlin lag behind Paris in AI-specific funding.',
 *   stance: 'report',
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
    stance: z.enum(STANCES),
    citation: citationSchema,
    caveats: listSchema(textSchema).readonly(),
  })
  .readonly();
