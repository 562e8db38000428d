import { z } from 'zod';
import { CITATION_SECTIONS } from '../vocabulary.js';
import { kebabIdSchema } from './kebabIdSchema.js';
import { requirePresentExactlyWhen } from './presenceRules.js';
import { quoteSchema } from './quoteSchema.js';

/**
 * A citation: the source's ID, where on its page the passage sits, a verbatim
 * quote of at most 300 characters, optional further quotes of the same source,
 * and who produced or said it. A passage from a related-article teaser names
 * the teased article by its title (and its publisher, where the page gives one).
 *
 * @example
 * ```ts
 * import { citationSchema } from 'ai-investment-facts/schema';
 * citationSchema.parse({
 *   sourceId: '2025-03-26-yicai-china-ai-vc-lags-us',
 *   section: 'body',
 *   quote: 'US venture capital investment in AI topped USD76 billion last year',
 *   attributedTo: 'CB Insights',
 * });
 * ```
 * @category Schemas
 */
export const citationSchema = z
  .strictObject({
    sourceId: kebabIdSchema,
    section: z.enum(CITATION_SECTIONS),
    teasedTitle: z.string().min(1).optional(),
    teasedPublisher: z.string().min(1).optional(),
    quote: quoteSchema,
    otherQuotes: z.array(quoteSchema).min(1).readonly().optional(),
    attributedTo: z.string().min(1).optional(),
    statedBy: z.string().min(1).optional(),
  })
  .superRefine((citation, ctx) => {
    const isTeaser = citation.section === 'related-article-teaser';
    requirePresentExactlyWhen(ctx, citation, 'teasedTitle', isTeaser, '`section` is "related-article-teaser"');
    if (!isTeaser) requirePresentExactlyWhen(ctx, citation, 'teasedPublisher', false, '`section` is "related-article-teaser"');
  })
  .readonly();
