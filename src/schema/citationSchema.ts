import { z } from 'zod';
import { kebabIdSchema } from './kebabIdSchema.js';
import { quoteSchema } from './quoteSchema.js';

/**
 * A citation: the source's ID, a verbatim quote of at most 300 characters,
 * optional further quotes of the same source, and who produced or said it.
 *
 * @example
 * ```ts
 * import { citationSchema } from 'ai-investment-facts/schema';
 * citationSchema.parse({
 *   sourceId: '2025-03-26-yicai-china-ai-vc-lags-us',
 *   quote: 'US venture capital investment in AI topped USD76 billion last year',
 *   attributedTo: 'CB Insights',
 * });
 * ```
 * @category Schemas
 */
export const citationSchema = z
  .strictObject({
    sourceId: kebabIdSchema,
    quote: quoteSchema,
    otherQuotes: z.array(quoteSchema).min(1).readonly().optional(),
    attributedTo: z.string().min(1).optional(),
    statedBy: z.string().min(1).optional(),
  })
  .readonly();
